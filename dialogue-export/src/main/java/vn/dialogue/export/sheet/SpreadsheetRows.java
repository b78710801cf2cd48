package vn.dialogue.export.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import vn.dialogue.text.Bilingual;

/**
 * Reads the first sheet of a workbook as a stream, never building the workbook: XLSX through POI's SAX event API
 * (the sheet's XML is parsed as it is inflated), XLS through the HSSF record events. The first row past
 * {@link TableFiles#MAX_ROWS}, the first cell past {@link TableFiles#MAX_CELLS} and shared strings past
 * {@link TableFiles#MAX_BYTES} characters stop the reading there with a {@link CsvRows.TooMuch}; memory is bounded
 * by what is kept, not by what the file claims. Not thread-safe; one instance per file.
 */
final class SpreadsheetRows {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");

    private final List<List<String>> rows = new ArrayList<>();
    private long cells;

    private SpreadsheetRows() {
    }

    /** Whether the workbook has at least one sheet (false: it has none). */
    private boolean sheet = true;

    List<List<String>> rows() {
        return rows;
    }

    boolean hasSheet() {
        return sheet;
    }

    /** The first sheet of the XLSX package in {@code file}. */
    static SpreadsheetRows xlsx(Path file) throws IOException, SAXException,
            org.apache.poi.openxml4j.exceptions.OpenXML4JException {
        SpreadsheetRows r = new SpreadsheetRows();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            BoundedStrings strings = new BoundedStrings(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                r.sheet = false;
                return r;
            }
            try (InputStream in = sheets.next()) {
                XMLReader parser;
                try {
                    parser = XMLHelper.newXMLReader();
                } catch (javax.xml.parsers.ParserConfigurationException e) {
                    throw new IllegalStateException("no XML parser", e);
                }
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, r.new Contents(),
                        new Formatter(), false));
                parser.parse(new InputSource(in));
            }
        }
        return r;
    }

    /** The first worksheet of the XLS workbook in {@code in}. */
    static SpreadsheetRows xls(InputStream in) throws IOException {
        SpreadsheetRows r = new SpreadsheetRows();
        try (POIFSFileSystem fs = new POIFSFileSystem(in)) {
            XlsListener listener = r.new XlsListener();
            // the listener feeds the format tracker itself: only an abortable listener can end the events early
            listener.formats = new FormatTrackingHSSFListener(record -> { }, Locale.ROOT);
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(listener);
            try {
                new HSSFEventFactory().abortableProcessWorkbookEvents(request, fs);
            } catch (HSSFUserException e) {
                // the first sheet is read: the rest of the workbook is not needed
            }
            if (listener.sheets == 0) {
                r.sheet = false;
            }
        }
        return r;
    }

    /** Puts {@code value} at row {@code row} (0-based), column {@code column}, padding what is missing. */
    private void put(int row, int column, String value) {
        if (row >= TableFiles.MAX_ROWS) {
            throw new CsvRows.TooMuch(Bilingual.of("trang tính có hơn " + TableFiles.MAX_ROWS + " dòng",
                    "the sheet has more than " + TableFiles.MAX_ROWS + " rows"));
        }
        while (rows.size() <= row) {
            rows.add(new ArrayList<>());
        }
        List<String> cells = rows.get(row);
        if (column < cells.size()) {
            cells.set(column, value);
            return;
        }
        while (cells.size() < column) {
            count();
            cells.add("");
        }
        count();
        cells.add(value);
    }

    private void row(int row) {
        if (row >= TableFiles.MAX_ROWS) {
            put(row, 0, "");
        }
        while (rows.size() <= row) {
            rows.add(new ArrayList<>());
        }
    }

    private void count() {
        if (++cells > TableFiles.MAX_CELLS) {
            throw new CsvRows.TooMuch(Bilingual.of("trang tính có hơn " + TableFiles.MAX_CELLS + " ô",
                    "the sheet has more than " + TableFiles.MAX_CELLS + " cells"));
        }
    }

    /** The rows of the XLSX sheet, as the SAX handler gives them. */
    private final class Contents implements XSSFSheetXMLHandler.SheetContentsHandler {
        private int row = -1;
        private int column = -1;

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            column = -1;
            row(rowNum);
        }

        @Override
        public void endRow(int rowNum) {
            // nothing to finish
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int c = reference == null ? column + 1 : new CellReference(reference).getCol();
            column = c;
            put(row < 0 ? 0 : row, c, formattedValue == null ? "" : formattedValue);
        }
    }

    /** The cells of the first worksheet of an XLS workbook; stops the events at its end. */
    private final class XlsListener extends AbortableHSSFListener {
        FormatTrackingHSSFListener formats;
        private SSTRecord strings;
        private int sheets;
        private int depth;
        private FormulaRecord pendingFormula;
        private final Formatter formatter = new Formatter();

        @Override
        public short abortableProcessRecord(Record record) throws HSSFUserException {
            formats.processRecordInternally(record);
            if (record instanceof BOFRecord bof) {
                depth++;
                if (bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                    sheets++;
                }
                return 0;
            }
            if (record.getSid() == org.apache.poi.hssf.record.EOFRecord.sid) {
                depth--;
                if (sheets == 1 && depth == 0) {
                    return 1; // the first worksheet has ended
                }
                return 0;
            }
            if (record instanceof SSTRecord sst) {
                if (sst.getNumUniqueStrings() > TableFiles.MAX_CELLS) {
                    throw new CsvRows.TooMuch(Bilingual.of("bảng tính có hơn " + TableFiles.MAX_CELLS + " chuỗi",
                            "the workbook has more than " + TableFiles.MAX_CELLS + " strings"));
                }
                strings = sst;
                return 0;
            }
            if (sheets != 1) {
                return 0;
            }
            if (record instanceof StringRecord s && pendingFormula != null) {
                put(pendingFormula.getRow(), pendingFormula.getColumn(), s.getString());
                pendingFormula = null;
                return 0;
            }
            if (record instanceof LabelSSTRecord l) {
                String value = strings == null || l.getSSTIndex() < 0 || l.getSSTIndex() >= strings.getNumUniqueStrings()
                        ? "" : strings.getString(l.getSSTIndex()).getString();
                put(l.getRow(), l.getColumn(), value);
            } else if (record instanceof LabelRecord l) {
                put(l.getRow(), l.getColumn(), l.getValue());
            } else if (record instanceof NumberRecord num) {
                put(num.getRow(), num.getColumn(), number(num, num.getValue()));
            } else if (record instanceof BoolErrRecord b) {
                put(b.getRow(), b.getColumn(), b.isBoolean() ? (b.getBooleanValue() ? "TRUE" : "FALSE")
                        : FormulaError.forInt(b.getErrorValue()).getString());
            } else if (record instanceof FormulaRecord f) {
                CellType type = CellType.forInt(f.getCachedResultType());
                switch (type) {
                    case STRING -> pendingFormula = f; // the text follows in a StringRecord
                    case BOOLEAN -> put(f.getRow(), f.getColumn(), f.getCachedBooleanValue() ? "TRUE" : "FALSE");
                    case ERROR -> put(f.getRow(), f.getColumn(), FormulaError.forInt(f.getCachedErrorValue()).getString());
                    default -> put(f.getRow(), f.getColumn(), number(f, f.getValue()));
                }
            } else if (record instanceof CellValueRecordInterface cell) {
                row(cell.getRow());
            }
            return 0;
        }

        private String number(CellValueRecordInterface cell, double value) {
            return formatter.formatRawCellContents(value, formats.getFormatIndex(cell), formats.getFormatString(cell));
        }
    }

    /** Cells as displayed; a date as its day (and time), never in a locale-dependent display format. */
    static final class Formatter extends DataFormatter {
        Formatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904);
                if (at != null) {
                    return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(at) : DAY_AND_TIME.format(at);
                }
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** Shared strings that stop being read past the limits (their count and their characters). */
    private static final class BoundedStrings extends ReadOnlySharedStringsTable {
        // no initialisers: the super constructor parses, before the fields of this class would be initialised
        private long chars;
        private long items;

        BoundedStrings(OPCPackage pkg) throws IOException, SAXException {
            super(pkg, false);
        }

        @Override
        public void startElement(String uri, String localName, String name, org.xml.sax.Attributes attributes)
                throws SAXException {
            if ("si".equals(localName) && ++items > TableFiles.MAX_CELLS) {
                throw new CsvRows.TooMuch(Bilingual.of("bảng tính có hơn " + TableFiles.MAX_CELLS + " chuỗi",
                        "the workbook has more than " + TableFiles.MAX_CELLS + " strings"));
            }
            super.startElement(uri, localName, name, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            chars += length;
            if (chars > TableFiles.MAX_BYTES) {
                throw new CsvRows.TooMuch(Bilingual.of("chữ trong bảng tính dài hơn " + TableFiles.MAX_BYTES
                        + " ký tự", "the workbook's text is longer than " + TableFiles.MAX_BYTES + " characters"));
            }
            super.characters(ch, start, length);
        }
    }
}
