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
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import vn.dialogue.export.internal.OutputText;
import vn.dialogue.text.Bilingual;
import vn.dialogue.text.LegacyVietnamese;

/**
 * Tables of text cells read from CSV and spreadsheet files, and written to them: the file side of the imports whose
 * rows a core table turns into delegates or submissions (each row kept or reported there, by its row number).
 *
 * <p><b>Reading</b> never throws for bad content: a file that cannot be read at all gives an {@link Unreadable}
 * naming the file and saying why in the user's words; otherwise every row comes back as the cells' text, with the
 * rows that could not be read (a quote never closed) reported by number and the encoding found. Nothing is read
 * past a limit: {@value #MAX_BYTES} bytes (checked before reading), {@value #MAX_ROWS} rows, {@value #MAX_CELLS}
 * cells. CSV is read as UTF-8 (a byte-order mark is skipped), UTF-16 (by its byte-order mark or its zero bytes),
 * or, when it is not valid UTF-8, as the legacy Vietnamese encoding that reads it best (Windows-1258, TCVN3, VNI:
 * {@link LegacyVietnamese}), converted to Unicode NFC; the separator is the first line's most frequent of comma,
 * semicolon and tab; an apostrophe put before a formula-like cell on writing is dropped again. Spreadsheets (XLSX,
 * and legacy XLS) are read as a stream from the first sheet, cells as they are displayed, formulas by their saved
 * results, never evaluated; date cells as the day (and time) they hold ({@code dd/MM/yyyy},
 * {@code dd/MM/yyyy HH:mm:ss}), whatever display format the sheet gives them; a sheet typed with a TCVN3 or VNI font
 * is converted to Unicode NFC.
 *
 * <p><b>Writing</b> drops bidirectional controls and zero-width characters ({@link OutputText}), and gives UTF-8 CSV with a byte-order mark (so Excel shows Vietnamese correctly) and CRLF line ends,
 * or an XLSX workbook with one sheet, a bold frozen header row and every cell text. Text a spreadsheet could run as
 * a formula is neutralised ({@link FormulaGuard}): an apostrophe in CSV, the quote-prefix style in XLSX (the value
 * itself unchanged).
 *
 * <p>Thread-safe: stateless.
 */
public final class TableFiles {

    /** Largest file read, in bytes: checked before reading, and no read goes past it. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** Most rows read from one file. */
    public static final int MAX_ROWS = 100_000;
    /** Most cells read from one file (empty cells before the last one of a row included). */
    public static final int MAX_CELLS = 2_000_000;

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private TableFiles() {
    }

    /** What reading a file gave: its rows, or why it could not be read. */
    public sealed interface Read permits Rows, Unreadable {
    }

    /**
     * A row that could not be read (a quote never closed, say): it is left empty in {@link Rows#rows()}, so that
     * the rows after it keep their numbers, and reported here.
     *
     * @param row     the row's number, from 1, as the file's rows count
     * @param problem what is wrong with it, in Vietnamese and English
     */
    public record RowProblem(int row, Bilingual problem) {
        public RowProblem {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /**
     * The rows of a file, each the text of its cells, header included; the rows that could not be read (left
     * empty in {@code rows}); and the encoding the text was found in.
     *
     * @param encoding "UTF-8", "UTF-16LE", "UTF-16BE", or the label of a {@link LegacyVietnamese.Encoding} the text
     *                 was converted from ("TCVN3 (ABC, .VnTime)"); for a spreadsheet "Unicode" or such a label
     */
    public record Rows(List<List<String>> rows, List<RowProblem> problems, String encoding) implements Read {
        public Rows {
            rows = rows.stream().map(List::copyOf).toList();
            problems = List.copyOf(problems);
            Objects.requireNonNull(encoding, "encoding");
        }

        /** Rows read cleanly from UTF-8 text. */
        public Rows(List<List<String>> rows) {
            this(rows, List.of(), "UTF-8");
        }

        /**
         * What a person should know about the encoding: that the text was converted from a legacy Vietnamese
         * encoding (or read as UTF-16), naming it; empty for UTF-8 and Unicode spreadsheets.
         */
        public Optional<Bilingual> encodingNote() {
            if (encoding.equals("UTF-8") || encoding.equals("Unicode")) {
                return Optional.empty();
            }
            boolean legacy = !encoding.startsWith("UTF-16");
            return Optional.of(legacy
                    ? Bilingual.of("Tệp được gõ theo bảng mã " + encoding + "; đã chuyển sang Unicode. Hãy kiểm tra "
                            + "lại dấu tiếng Việt của tên và nội dung.", "The file was typed in the " + encoding
                            + " encoding; it was converted to Unicode. Check the Vietnamese accents of names and texts.")
                    : Bilingual.of("Tệp được lưu theo bảng mã " + encoding + " và đã được đọc đúng.",
                            "The file was saved as " + encoding + " and was read as such."));
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
     * Reads a file by its extension: {@code .csv}, else a spreadsheet ({@code .xlsx}, {@code .xls}). The size is
     * checked before anything is read, and the read itself stops at {@link #MAX_BYTES} (a file that grows while it
     * is read is refused too).
     */
    public static Read read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return unreadable(name, "đây là một thư mục, không phải tệp", "this is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return tooLarge(name, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            return unreadable(name, "không tìm thấy tệp", "the file does not exist");
        } catch (AccessDeniedException e) {
            return unreadable(name, "không có quyền đọc tệp", "the file may not be read (access denied)");
        } catch (IOException e) {
            return unreadable(name, "không đọc được tệp (lỗi của hệ thống tệp)",
                    "cannot read the file (a file system error)");
        }
        if (bytes.length > MAX_BYTES) {
            return unreadable(name, "tệp lớn dần lên trong khi đọc, quá " + MAX_BYTES + " byte",
                    "the file grew while it was read, past " + MAX_BYTES + " bytes");
        }
        return isCsv(file) ? readCsv(name, bytes) : readSpreadsheet(name, bytes);
    }

    /**
     * Reads CSV bytes: UTF-8 (a byte-order mark is skipped), UTF-16 (by its byte-order mark, or by its pattern of
     * zero bytes), or, when they are not valid UTF-8, the legacy Vietnamese encoding that reads them best
     * (Windows-1258, TCVN3 or VNI, see {@link LegacyVietnamese}), converted to Unicode NFC and named in
     * {@link Rows#encoding()}. A row whose quote never closes is reported by its number and left empty; the rows
     * after it are read.
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
        String[] decoded = decode(bytes);
        if (decoded == null) {
            return unreadable(name, "tệp UTF-16 bị hỏng (có ký tự không đọc được); hãy lưu lại tệp dạng "
                    + "\"CSV UTF-8\"", "the UTF-16 file is damaged (it holds characters that cannot be read); save "
                    + "it again as \"CSV UTF-8\"");
        }
        String text = decoded[0];
        try {
            CsvRows csv = CsvRows.read(text, separator(text));
            return new Rows(csv.rows(), csv.problems(), decoded[1]);
        } catch (CsvRows.TooMuch e) {
            return unreadable(name, e.problem.vi(), e.problem.en());
        }
    }

    /**
     * Reads the first sheet of XLSX or XLS bytes, as a stream (the workbook is never built in memory): the reading
     * stops at the first row past {@link #MAX_ROWS} or cell past {@link #MAX_CELLS}. A sheet typed with a TCVN3 or
     * VNI font is converted to Unicode NFC and named in {@link Rows#encoding()}.
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
        SpreadsheetRows sheet;
        try {
            FileMagic magic = FileMagic.valueOf(bytes);
            if (magic == FileMagic.OOXML) {
                Path temp = Files.createTempFile("dialogue-sheet", ".xlsx");
                try {
                    Files.write(temp, bytes);
                    sheet = SpreadsheetRows.xlsx(temp);
                } finally {
                    Files.deleteIfExists(temp);
                }
            } else if (magic == FileMagic.OLE2) {
                if (encrypted(bytes)) {
                    return passwordProtected(name);
                }
                sheet = SpreadsheetRows.xls(new ByteArrayInputStream(bytes));
            } else {
                return unreadable(name, notASpreadsheet(magic).vi(), notASpreadsheet(magic).en());
            }
        } catch (CsvRows.TooMuch e) {
            return unreadable(name, e.problem.vi(), e.problem.en());
        } catch (EncryptedDocumentException e) {
            return passwordProtected(name);
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            Bilingual why = spreadsheetProblem(e);
            return unreadable(name, why.vi(), why.en());
        }
        if (!sheet.hasSheet()) {
            return unreadable(name, "bảng tính không có trang nào", "the workbook has no sheet");
        }
        return legacyCells(sheet.rows());
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
                    // invisible controls dropped first, so that none can hide a formula from the guard
                    seq.write(row.stream().map(c -> FormulaGuard.forCsv(OutputText.of(c))).toArray(String[]::new));
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
                    String value = OutputText.of(cells.get(c));
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

    /** The rows of a sheet, converted when they were typed with a TCVN3 or VNI font. */
    private static Rows legacyCells(List<List<String>> rows) {
        StringBuilder sample = new StringBuilder();
        for (List<String> row : rows) {
            for (String cell : row) {
                if (sample.length() > 1 << 20) {
                    break;
                }
                sample.append(cell).append(' ');
            }
        }
        LegacyVietnamese.Encoding legacy = LegacyVietnamese.detect(sample.toString());
        if (legacy == null) {
            return new Rows(rows, List.of(), "Unicode");
        }
        List<List<String>> converted = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            converted.add(row.stream().map(c -> LegacyVietnamese.convert(c, legacy)).toList());
        }
        return new Rows(converted, List.of(), legacy.label());
    }

    /** {text, encoding name}, or null for UTF-16 that cannot be decoded. */
    private static String @Nullable [] decode(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            String text = strictly(StandardCharsets.UTF_8, bytes, 3);
            if (text != null) {
                return new String[] {text, "UTF-8"};
            }
        } else if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            String text = strictly(StandardCharsets.UTF_16LE, bytes, 2);
            return text == null ? null : new String[] {text, "UTF-16LE"};
        } else if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            String text = strictly(StandardCharsets.UTF_16BE, bytes, 2);
            return text == null ? null : new String[] {text, "UTF-16BE"};
        } else {
            Charset utf16 = utf16Pattern(bytes);
            if (utf16 != null) {
                String text = strictly(utf16, bytes, 0);
                if (text != null) {
                    return new String[] {text, utf16.name()};
                }
            }
            String text = strictly(StandardCharsets.UTF_8, bytes, 0);
            if (text != null) {
                return new String[] {text, "UTF-8"};
            }
        }
        LegacyVietnamese.Encoding legacy = LegacyVietnamese.detect(bytes);
        String text = LegacyVietnamese.decode(bytes, legacy);
        return new String[] {!text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text, legacy.label()};
    }

    /**
     * UTF-16 without a byte-order mark, told by its zero bytes: ASCII text in UTF-16 has a zero in every other
     * byte. Little-endian when at least a third of the odd bytes of the first 4 KB are zero and almost no even
     * byte is, big-endian the other way round; else null.
     */
    private static @Nullable Charset utf16Pattern(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZeros * 3 >= pairs && evenZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 3 >= pairs && oddZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static @Nullable String strictly(Charset charset, byte[] bytes, int from) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Whether OLE2 bytes are a password-protected workbook (an encrypted XLSX, or an XLS with a password). */
    private static boolean encrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Unreadable passwordProtected(String name) {
        return unreadable(name, "tệp có mật khẩu; hãy bỏ mật khẩu rồi thử lại",
                "the file is password-protected; remove the password and try again");
    }

    private static Bilingual notASpreadsheet(FileMagic magic) {
        if (magic == FileMagic.PDF) {
            return Bilingual.of("đây là tệp PDF, không phải bảng tính; hãy dùng tệp XLSX, XLS hoặc CSV",
                    "this is a PDF file, not a spreadsheet; use an XLSX, XLS or CSV file");
        }
        return Bilingual.of("không phải tệp bảng tính XLSX/XLS đọc được; hãy lưu lại từ Excel dạng .xlsx, hoặc "
                + "dạng CSV với đuôi .csv", "not a readable XLSX/XLS spreadsheet; save it again from Excel as .xlsx, "
                + "or as CSV with the .csv extension");
    }

    /** Why a spreadsheet could not be read, in the user's words: no class names, no parser messages. */
    private static Bilingual spreadsheetProblem(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CsvRows.TooMuch tooMuch) {
                return tooMuch.problem;
            }
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("Zip bomb") || m.contains("zip bomb")) {
                return Bilingual.of("tệp nén bất thường (dữ liệu bung ra quá lớn so với tệp, có thể là \"bom nén\"); "
                        + "không đọc", "the file's compression is abnormal (it would expand far beyond its size: a "
                        + "possible zip bomb); it is not read");
            }
            if (m.contains("DOCTYPE") || m.contains("entity") || m.contains("Entity")) {
                return Bilingual.of("trang tính chứa khai báo XML không được phép (DOCTYPE, thực thể); không đọc",
                        "the sheet holds XML declarations that are not allowed (DOCTYPE, entities); it is not read");
            }
        }
        if (e instanceof SAXException || e.getCause() instanceof SAXException
                || e.getClass().getName().contains("XmlException")) {
            return Bilingual.of("nội dung XML bên trong tệp XLSX bị hỏng; hãy mở tệp bằng Excel và lưu lại",
                    "the XML inside the XLSX file is damaged; open the file in Excel and save it again");
        }
        return Bilingual.of("không phải tệp bảng tính XLSX/XLS đọc được (tệp bị hỏng hoặc không đúng định dạng); "
                + "hãy mở tệp bằng Excel và lưu lại", "not a readable XLSX/XLS spreadsheet (the file is damaged or "
                + "not in that format); open it in Excel and save it again");
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

    private static Unreadable tooLarge(String name, long length) {
        return unreadable(name, "tệp quá lớn (" + length + " byte, tối đa " + MAX_BYTES + ")",
                "the file is too large (" + length + " bytes, the limit is " + MAX_BYTES + ")");
    }

    private static Unreadable unreadable(String name, String vi, String en) {
        return new Unreadable(Bilingual.of(name + ": " + vi + ".", name + ": " + en + "."));
    }
}
