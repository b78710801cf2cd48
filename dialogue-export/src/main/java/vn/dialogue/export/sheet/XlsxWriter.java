package vn.dialogue.export.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.dialogue.export.internal.Fonts;
import vn.dialogue.export.internal.TextWidth;
import vn.dialogue.export.internal.ZipTimestamps;

/**
 * Writes a {@link Spreadsheet} as XLSX with POI's streaming workbook (SXSSF), which keeps only a
 * window of rows in memory, and writes the package through a temporary file, so long delegate lists
 * and compiled submissions fit in a small heap (with {@link Sheet#generated} rows are made as they
 * are written: a million rows fit in 256 MB). Each sheet has a
 * bold header row, frozen, with a filter, and prints on A4 landscape scaled to the page's width with the header row
 * repeated on every page; each row is as tall as its wrapped text. Text cells that a spreadsheet program could read as a
 * formula ({@link FormulaGuard}) get the quote-prefix style: the text stays exactly as typed and
 * is shown and kept as text. The package carries the workbook's timestamp as its created and
 * modified dates and every zip entry's time, so the same workbook gives byte-identical files.
 * Stateless and thread-safe.
 */
public final class XlsxWriter {

    private static final int WINDOW = 200;
    private static final int MAX_WIDTH_CHARS = 60;
    /**
     * The sum of the columns' widths, in characters, that prints on A4 landscape at about 75 %: wider sheets have
     * their widest columns narrowed, down to {@link #MIN_CAPPED_CHARS}.
     */
    private static final int PRINTED_CHARS = 190;
    private static final int MIN_CAPPED_CHARS = 14;
    /** Rows measured for the columns' widths. */
    private static final int MEASURED_ROWS = 1000;
    /** The height of a line of 12 pt type in a cell. */
    private static final float LINE_POINTS = 15f;
    private static final float FONT_POINTS = 12f;

    private XlsxWriter() {
    }

    /**
     * The writer.
     *
     * @return the writer
     */
    public static XlsxWriter create() {
        return new XlsxWriter();
    }

    /**
     * Writes {@code spreadsheet} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param out the stream written to; flushed, not closed
     * @param spreadsheet the sheets to write
     * @throws IOException if writing fails
     */
    public void write(Spreadsheet spreadsheet, OutputStream out) throws IOException {
        Objects.requireNonNull(spreadsheet, "spreadsheet");
        Objects.requireNonNull(out, "out");
        // the package goes to a temporary file, not memory: a million rows make tens of megabytes
        Path raw = Files.createTempFile("dialogue-", ".xlsx");
        try {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW); OutputStream file = Files.newOutputStream(raw)) {
                wb.setCompressTempFiles(true);
                Styles styles = new Styles(wb);
                for (Sheet sheet : spreadsheet.sheets()) {
                    sheet(wb, styles, sheet);
                }
                POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
                Date stamp = Date.from(spreadsheet.info().timestamp());
                core.setCreated(Optional.of(stamp));
                core.setModified(Optional.of(stamp));
                core.setTitle(spreadsheet.info().title());
                core.setCreator(spreadsheet.info().author());
                core.setLastModifiedByUser(spreadsheet.info().author());
                wb.getXSSFWorkbook().getProperties().getExtendedProperties().setApplication("dialogue");
                wb.write(file);
            }
            ZipTimestamps.rewrite(raw, spreadsheet.info().timestamp(), out);
        } finally {
            Files.deleteIfExists(raw);
        }
        out.flush();
    }

    private static void sheet(SXSSFWorkbook wb, Styles styles, Sheet sheet) {
        SXSSFSheet s = wb.createSheet(sheet.name());
        int cols = sheet.header().size();
        // the first rows measured for the widths are kept and written as they are: each row is made once
        List<List<SheetCell>> measured = new java.util.ArrayList<>();
        int[] widths = widths(sheet, measured);
        for (int c = 0; c < cols; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        Row head = s.createRow(0);
        for (int c = 0; c < cols; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(sheet.header().get(c));
            cell.setCellStyle(styles.header);
        }
        head.setHeightInPoints(height(sheet.header(), widths));
        int r = 1;
        String[] texts = new String[cols];
        List<List<SheetCell>> rows = sheet.rows();
        int cached = measured.size();
        for (int index = 0; index < rows.size(); index++) {
            List<SheetCell> values = index < cached ? measured.set(index, List.of()) : rows.get(index);
            Row row = s.createRow(r++);
            for (int c = 0; c < cols; c++) {
                SheetCell v = values.get(c);
                Cell cell = row.createCell(c);
                if (v instanceof SheetCell.Text t) {
                    cell.setCellValue(t.value());
                    cell.setCellStyle(FormulaGuard.isRisky(t.value()) ? styles.quoted : styles.text);
                } else if (v instanceof SheetCell.Number n) {
                    cell.setCellValue(n.value().doubleValue());
                    cell.setCellStyle(styles.number);
                } else if (v instanceof SheetCell.Day d) {
                    cell.setCellValue(d.value());
                    cell.setCellStyle(styles.day);
                } else {
                    cell.setCellStyle(styles.text);
                }
                texts[c] = v.asText();
            }
            row.setHeightInPoints(height(java.util.Arrays.asList(texts), widths));
        }
        s.createFreezePane(0, 1);
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, cols - 1));
        print(s);
    }

    /**
     * How the sheet prints: on A4 landscape, scaled to the width of one page (as many pages down as it takes), the
     * header row repeated at the top of every page, narrow margins, the page number and count in the footer.
     */
    private static void print(SXSSFSheet s) {
        PrintSetup ps = s.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setAutobreaks(true);
        s.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        s.setMargin(PageMargin.LEFT, 0.5);
        s.setMargin(PageMargin.RIGHT, 0.5);
        s.setMargin(PageMargin.TOP, 0.6);
        s.setMargin(PageMargin.BOTTOM, 0.6);
        s.setMargin(PageMargin.HEADER, 0.3);
        s.setMargin(PageMargin.FOOTER, 0.3);
        s.getFooter().setCenter("&P/&N");
    }

    /**
     * The width of each column, in characters: as wide as its header and the first {@link #MEASURED_ROWS} rows need,
     * from 6 to {@link #MAX_WIDTH_CHARS}. Known before the rows are written, so that each row's height fits its
     * wrapped text (a streamed row cannot be revisited); later, longer texts wrap.
     */
    private static int[] widths(Sheet sheet, List<List<SheetCell>> measured) {
        int cols = sheet.header().size();
        int[] widths = new int[cols];
        for (int c = 0; c < cols; c++) {
            widths[c] = longestWord(sheet.header().get(c));
        }
        List<List<SheetCell>> rows = sheet.rows();
        int n = Math.min(rows.size(), MEASURED_ROWS);
        for (int i = 0; i < n; i++) {
            List<SheetCell> row = rows.get(i);
            measured.add(row);
            for (int c = 0; c < cols; c++) {
                widths[c] = Math.max(widths[c], longestLine(row.get(c).asText()));
            }
        }
        for (int c = 0; c < cols; c++) {
            widths[c] = Math.min(MAX_WIDTH_CHARS, Math.max(6, widths[c] + 2));
        }
        // the widest columns narrowed (their text wraps) until the sheet fits a landscape page at a readable scale
        int total = java.util.Arrays.stream(widths).sum();
        if (total > PRINTED_CHARS) {
            int cap = MAX_WIDTH_CHARS;
            while (cap > MIN_CAPPED_CHARS && capped(widths, cap) > PRINTED_CHARS) {
                cap--;
            }
            for (int c = 0; c < cols; c++) {
                widths[c] = Math.min(widths[c], cap);
            }
        }
        return widths;
    }

    private static int capped(int[] widths, int cap) {
        int sum = 0;
        for (int w : widths) {
            sum += Math.min(w, cap);
        }
        return sum;
    }

    /**
     * The height in points of a row holding {@code texts} wrapped in columns of {@code widths} characters: the most
     * lines of any cell, measured in the 12 pt serif face the cells print in, each line 15 pt, plus the cell's
     * padding.
     */
    static float height(List<String> texts, int[] widths) {
        int lines = 1;
        for (int c = 0; c < widths.length && c < texts.size(); c++) {
            String t = texts.get(c);
            if (t == null || t.isEmpty()) {
                continue;
            }
            // a column's width counts the default font's digits (7 px) plus 5 px of padding; in points, less margins
            float available = (widths[c] * 7 + 5) * 0.75f - 3f;
            int n = 0;
            for (String line : t.split("\n", -1)) {
                n += wrapped(line, available);
            }
            lines = Math.max(lines, n);
        }
        return Math.min(409f, lines * LINE_POINTS + 3f);
    }

    /** How many lines {@code line} takes when wrapped at spaces into lines {@code available} points wide. */
    private static int wrapped(String line, float available) {
        float space = TextWidth.points(" ", Fonts.Face.REGULAR, FONT_POINTS);
        int lines = 1;
        float used = 0;
        for (String word : line.split(" ")) {
            float w = TextWidth.points(word, Fonts.Face.REGULAR, FONT_POINTS);
            if (used > 0 && used + space + w <= available) {
                used += space + w;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            used = w;
            // a word longer than the column breaks where it must
            while (used > available) {
                lines++;
                used -= available;
            }
        }
        return lines;
    }

    private static int longestLine(String text) {
        int max = 0;
        for (String line : text.split("\n", -1)) {
            max = Math.max(max, line.length());
        }
        return max;
    }

    private static int longestWord(String text) {
        int max = 0;
        for (String word : text.split("[\\s]+")) {
            max = Math.max(max, word.length());
        }
        return Math.max(max, Math.min(text.length(), 12));
    }

    /** The few cell styles of a workbook, created once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle number;
        final CellStyle day;

        Styles(SXSSFWorkbook wb) {
            Font regular = wb.createFont();
            regular.setFontName(Fonts.FAMILY);
            regular.setFontHeightInPoints((short) 12);
            Font bold = wb.createFont();
            bold.setFontName(Fonts.FAMILY);
            bold.setFontHeightInPoints((short) 12);
            bold.setBold(true);
            header = base(wb, bold);
            header.setWrapText(true);
            text = base(wb, regular);
            text.setWrapText(true);
            quoted = base(wb, regular);
            quoted.setWrapText(true);
            quoted.setQuotePrefixed(true);
            number = base(wb, regular);
            day = base(wb, regular);
            day.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        }

        private static CellStyle base(SXSSFWorkbook wb, Font font) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
