package vn.dialogue.export.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import vn.dialogue.text.Bilingual;

/**
 * Tables of text cells read from CSV and spreadsheet files, and written to them: the file side of the imports whose
 * rows a core table turns into delegates or submissions (each row kept or reported there, by its row number).
 *
 * <p><b>Reading</b> never throws for bad content: a file that cannot be read at all gives an {@link Unreadable}
 * naming the file and saying why; otherwise every row comes back as the cells' text. CSV is read as UTF-8 (a
 * byte-order mark is skipped) or, when it is not valid UTF-8, as Windows-1258, the Vietnamese code page older Excel
 * versions save; the separator is the first line's most frequent of comma, semicolon and tab; an apostrophe put
 * before a formula-like cell on writing is dropped again. Spreadsheets (XLSX, and legacy XLS) are read from the
 * first sheet, cells as they are displayed, formulas by their saved results, never evaluated; date cells as the day
 * (and time) they hold ({@code dd/MM/yyyy}, {@code dd/MM/yyyy HH:mm:ss}), whatever display format the sheet gives
 * them.
 *
 * <p><b>Writing</b> gives UTF-8 CSV with a byte-order mark (so Excel shows Vietnamese correctly) and CRLF line ends,
 * or an XLSX workbook with one sheet, a bold frozen header row and every cell text. Text a spreadsheet could run as
 * a formula is neutralised ({@link FormulaGuard}): an apostrophe in CSV, the quote-prefix style in XLSX (the value
 * itself unchanged).
 *
 * <p>Thread-safe: stateless.
 */
public final class TableFiles {

    /** Largest file read, in bytes. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** Most rows read from one file. */
    public static final int MAX_ROWS = 100_000;

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");

    private TableFiles() {
    }

    /** What reading a file gave: its rows, or why it could not be read. */
    public sealed interface Read permits Rows, Unreadable {
    }

    /** The rows of a file, each the text of its cells, header included. */
    public record Rows(List<List<String>> rows) implements Read {
        /**
         * Checks the components and normalises them (collections copied, unmodifiable).
         */
        public Rows {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A file that could not be read at all; the problem starts with the file's name. */
    public record Unreadable(Bilingual problem) implements Read {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if a required component is null
         */
        public Unreadable {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /**
     * Whether {@code file} is read and written as CSV (its name ends in {@code .csv}); else as a spreadsheet.
     *
     * @return whether {@code file} is read and written as CSV (its name ends in {@code .csv}); else as a spreadsheet
     */
    public static boolean isCsv(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /**
     * Reads a file by its extension: {@code .csv}, else a spreadsheet ({@code .xlsx}, {@code .xls}).
     *
     * @param file the file to read
     */
    public static Read read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return unreadable(file.toString(), "không đọc được tệp (" + e.getMessage() + ")",
                    "cannot read the file (" + e.getMessage() + ")");
        }
        return isCsv(file) ? readCsv(file.toString(), bytes) : readSpreadsheet(file.toString(), bytes);
    }

    /**
     * Reads CSV bytes.
     *
     * @param name the file name, for errors
     * @param bytes the file's content
     */
    public static Read readCsv(String name, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > MAX_BYTES) {
            return tooLarge(name, bytes.length);
        }
        String text = decode(bytes);
        List<List<String>> rows = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator(text));
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(schema).readValues(text)) {
            while (it.hasNextValue()) {
                if (rows.size() >= MAX_ROWS) {
                    return unreadable(name, "tệp có hơn " + MAX_ROWS + " dòng",
                            "the file has more than " + MAX_ROWS + " rows");
                }
                rows.add(Arrays.stream(it.nextValue()).map(c -> c == null ? "" : FormulaGuard.fromCsv(c)).toList());
            }
        } catch (JacksonException e) {
            return unreadable(name, "không đọc được dòng " + (rows.size() + 1) + " của tệp CSV: "
                    + e.getOriginalMessage(), "cannot read row " + (rows.size() + 1) + " of the CSV file: "
                    + e.getOriginalMessage());
        }
        return new Rows(rows);
    }

    /**
     * Reads the first sheet of XLSX or XLS bytes.
     *
     * @param name the file name, for errors
     * @param bytes the file's content
     */
    public static Read readSpreadsheet(String name, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > MAX_BYTES) {
            return tooLarge(name, bytes.length);
        }
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(bytes); Workbook book = WorkbookFactory.create(in)) {
            if (book.getNumberOfSheets() == 0) {
                return unreadable(name, "bảng tính không có trang nào", "the workbook has no sheet");
            }
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                return unreadable(name, "trang tính có hơn " + MAX_ROWS + " dòng",
                        "the sheet has more than " + MAX_ROWS + " rows");
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                rows.add(cells);
            }
        } catch (EncryptedDocumentException e) {
            return unreadable(name, "tệp có mật khẩu; hãy bỏ mật khẩu rồi thử lại",
                    "the file is password-protected; remove the password and try again");
        } catch (IOException | RuntimeException e) {
            return unreadable(name, "không phải tệp bảng tính XLSX/XLS đọc được (" + e.getMessage() + ")",
                    "not a readable XLSX/XLS spreadsheet (" + e.getMessage() + ")");
        }
        return new Rows(rows);
    }

    /**
     * The rows as CSV bytes: UTF-8 with a byte-order mark, CRLF, risky cells neutralised.
     *
     * @return the rows as CSV bytes: UTF-8 with a byte-order mark, CRLF, risky cells neutralised
     */
    public static byte[] toCsv(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            try (SequenceWriter seq = CSV.writerFor(String[].class).with(schema).writeValues(writer)) {
                for (List<String> row : rows) {
                    seq.write(row.stream().map(FormulaGuard::forCsv).toArray(String[]::new));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The rows as an XLSX workbook: one sheet named {@code sheetName}, the first row a bold frozen header, every
     * cell text, columns as wide as their longest text (at most 60 characters).
     *
     * @return the rows as an XLSX workbook: one sheet named {@code sheetName}, the first row a bold frozen header,
     *         every cell text, columns as wide as their longest text (at most 60 characters)
     */
    public static byte[] toXlsx(String sheetName, List<List<String>> rows) {
        Objects.requireNonNull(sheetName, "sheetName");
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            short text = book.createDataFormat().getFormat("@");
            CellStyle plain = book.createCellStyle();
            plain.setDataFormat(text);
            CellStyle quoted = book.createCellStyle();
            quoted.setDataFormat(text);
            quoted.setQuotePrefixed(true);
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setDataFormat(text);
            int[] widths = new int[rows.stream().mapToInt(List::size).max().orElse(0)];
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    Cell cell = row.createCell(c);
                    cell.setCellValue(value);
                    cell.setCellStyle(r == 0 ? header : FormulaGuard.isRisky(value) ? quoted : plain);
                    widths[c] = Math.max(widths[c], value.length());
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(60, widths[c] + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code bytes} to {@code file}, the error naming the file.
     *
     * @param file the file to write, replaced if it exists
     * @param bytes the file's content
     */
    public static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A cell as text; a date cell as its day (and time), never in the sheet's locale-dependent display. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime at = cell.getLocalDateTimeCellValue();
            if (at != null) {
                return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(at) : DAY_AND_TIME.format(at);
            }
        }
        return formatter.formatCellValue(cell);
    }

    private static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = Normalizer.normalize(new String(bytes, WINDOWS_1258), Normalizer.Form.NFC);
        }
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = first.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long n = first.chars().filter(x -> x == c).count();
            if (n > most) {
                best = c;
                most = n;
            }
        }
        return best;
    }

    private static Unreadable tooLarge(String name, int length) {
        return unreadable(name, "tệp quá lớn (" + length + " byte, tối đa " + MAX_BYTES + ")",
                "the file is too large (" + length + " bytes, the limit is " + MAX_BYTES + ")");
    }

    private static Unreadable unreadable(String name, String vi, String en) {
        return new Unreadable(Bilingual.of(name + ": " + vi + ".", name + ": " + en + "."));
    }
}
