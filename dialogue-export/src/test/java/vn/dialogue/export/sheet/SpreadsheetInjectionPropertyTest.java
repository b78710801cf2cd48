package vn.dialogue.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.testing.Samples;

/**
 * Text typed by users never runs as a formula in the spreadsheets the library writes, and is not lost: in CSV a
 * cell starting with = + - @ tab or carriage return gains one leading apostrophe and nothing else changes; in XLSX
 * every text cell is a string cell (never a formula), holds the text exactly, and risky text carries the
 * quote-prefix style. Counts what it tried.
 */
class SpreadsheetInjectionPropertyTest {

    private static final String[] PREFIXES = {"=", "+", "-", "@", "\t", "\r", "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")",
            "+1+1", "-2+3", "@SUM(A1)", "=1+1", " =1+1", "\n=1", "＝1+1", "'=1", "", "Nguyễn Văn A", "\"=1\"", ",=1"};
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    @AfterContainer
    static void report() {
        StringBuilder s = new StringBuilder("Spreadsheet formula injection:\n");
        new TreeMap<>(COUNTS).forEach((k, v) -> s.append(String.format("  %-40s %6d%n", k, v.sum())));
        System.out.print(s);
    }

    private static void count(String key) {
        COUNTS.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    @Provide
    Arbitrary<List<String>> cellTexts() {
        Arbitrary<String> text = Combinators.combine(Arbitraries.of(PREFIXES),
                Arbitraries.strings().withChars("abcAĐđếệ,;\"'\n\r\t =+-@|!()").ofMaxLength(20))
                .as((p, rest) -> p + rest);
        return text.list().ofMinSize(1).ofMaxSize(6);
    }

    private static Sheet sheet(List<String> texts) {
        List<List<SheetCell>> rows = new ArrayList<>();
        for (String t : texts) {
            rows.add(List.of(SheetCell.number(rows.size() + 1), SheetCell.text(t)));
        }
        return new Sheet("Ý kiến", List.of("STT", "Nội dung"), rows);
    }

    @Property(tries = 500)
    void should_neutralise_formulas_and_keep_the_text_when_writing_csv(@ForAll("cellTexts") List<String> texts)
            throws IOException {
        // GIVEN cells of user text, WHEN written as CSV and read back by a CSV parser
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.create().write(sheet(texts), out);
        List<List<String>> parsed = parseCsv(out.toString(StandardCharsets.UTF_8));
        // THEN each field is the text, with one apostrophe in front exactly when it could start a formula
        assertThat(parsed).hasSize(texts.size() + 1);
        for (int i = 0; i < texts.size(); i++) {
            String typed = Normalizer.normalize(texts.get(i), Normalizer.Form.NFC);
            String field = parsed.get(i + 1).get(1);
            count("csv cells");
            if (FormulaGuard.isRisky(typed)) {
                count("csv cells neutralised");
                assertThat(field).isEqualTo("'" + typed);
            } else {
                assertThat(field).isEqualTo(typed);
            }
            assertThat(FormulaGuard.isRisky(field)).as("field %s", field).isFalse();
        }
    }

    @Property(tries = 200)
    void should_write_user_text_as_string_cells_when_writing_xlsx(@ForAll("cellTexts") List<String> texts)
            throws IOException {
        // GIVEN cells of user text, WHEN written as XLSX and opened with POI
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.create().write(Spreadsheet.of(DocumentInfo.vietnamese("Ý kiến", "UBND tỉnh", Samples.STAMP),
                sheet(texts)), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (int i = 0; i < texts.size(); i++) {
                String typed = Normalizer.normalize(texts.get(i), Normalizer.Form.NFC);
                Row row = book.getSheetAt(0).getRow(i + 1);
                Cell cell = row.getCell(1);
                count("xlsx cells");
                // THEN the cell is a string, holds the text exactly, and risky text is quote-prefixed
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(typed);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isEqualTo(FormulaGuard.isRisky(typed));
                if (FormulaGuard.isRisky(typed)) {
                    count("xlsx cells quote-prefixed");
                }
            }
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    /** RFC 4180: fields split on commas, quoted fields with doubled quotes and line breaks; a leading BOM skipped. */
    static List<List<String>> parseCsv(String csv) {
        String s = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
