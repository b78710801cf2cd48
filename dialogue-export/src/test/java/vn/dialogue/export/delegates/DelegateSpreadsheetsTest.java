package vn.dialogue.export.delegates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.export.sheet.FormulaGuard;
import vn.dialogue.participant.Delegate;
import vn.dialogue.participant.DelegateImport;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.DelegateTable;
import vn.dialogue.participant.RowError;
import vn.dialogue.participant.SampleDelegates;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.PlanFiles;

class DelegateSpreadsheetsTest {

    static final Plan PLAN = PlanFiles.read(seedPlan());
    static final DelegateList SAMPLE = SampleDelegates.forPlan(PLAN, 11);
    static final DelegateTable.Defaults NONE = DelegateTable.Defaults.none();

    static Path seedPlan() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("examples/plans/kon-tum-2024-phu-nu.yaml"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples/plans/kon-tum-2024-phu-nu.yaml");
    }

    /** A sample delegate whose text a spreadsheet could run as a formula. */
    static DelegateList risky() {
        Delegate d = SAMPLE.delegates().get(5);
        return SAMPLE.with(d.toBuilder().title("=HYPERLINK(\"http://x\",\"bấm\")").phone("+84 905 123 456")
                .note("@chú ý: -đến sớm").build());
    }

    @Test
    void should_read_back_the_same_list_when_round_tripping_csv(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dai-bieu.csv");
        DelegateSpreadsheets.write(PLAN, risky(), file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n").contains("Họ và tên");
        DelegateImport again = DelegateSpreadsheets.read(PLAN, file);
        assertThat(again.errors()).isEmpty();
        assertThat(again.delegates()).isEqualTo(risky());
    }

    @Test
    void should_read_back_the_same_list_when_round_tripping_xlsx(@TempDir Path dir) {
        Path file = dir.resolve("dai-bieu.xlsx");
        DelegateSpreadsheets.write(PLAN, risky(), file);
        DelegateImport again = DelegateSpreadsheets.read(PLAN, file);
        assertThat(again.errors()).isEmpty();
        assertThat(again.delegates()).isEqualTo(risky());
    }

    @Test
    void should_neutralise_formula_text_when_exporting() throws IOException {
        String csv = new String(DelegateSpreadsheets.toCsv(PLAN, risky()), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").contains("'+84 905 123 456").contains("'@chú ý")
                .doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DelegateSpreadsheets.toXlsx(PLAN,
                risky())))) {
            Sheet sheet = book.getSheet(DelegateSpreadsheets.SHEET_NAME);
            Cell title = find(sheet, "=HYPERLINK(\"http://x\",\"bấm\")");
            assertThat(title.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(find(sheet, "Họ và tên").getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    private static Cell find(Sheet sheet, String value) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getStringCellValue().equals(value)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell " + value);
    }

    @Test
    void should_keep_good_rows_and_report_bad_ones_when_reading_a_semicolon_csv() {
        String csv = "DANH SÁCH PHỤ NỮ THAM DỰ;;;;\n"
                + "STT;Họ và tên;Giới tính;Dân tộc;Thành phần;Điện thoại\n"
                + "1;Nguyễn Thị Hoa;Nữ;Kinh;phu-nu-doi-thoai;0905123456\n"
                + "2;Y Mửi;Nu;Xơ Đăng;phu-nu-doi-thoai;09a\n"
                + "\n"
                + "4;\"Rơ Châm H'Hen\";Nữ;Gia Rai;Phụ nữ;\n"
                + "5;'=1+2;Nữ;Kinh;phu-nu-doi-thoai;\n";
        DelegateImport result = DelegateSpreadsheets.readCsv(PLAN, "phu-nu.csv", csv.getBytes(StandardCharsets.UTF_8),
                NONE);
        assertThat(result.delegates().delegates()).extracting(Delegate::fullName)
                .containsExactly("Nguyễn Thị Hoa");
        assertThat(result.badRows()).containsExactly(4, 6, 7);
        assertThat(result.errors()).filteredOn(e -> e.row() == 4).extracting(RowError::column)
                .containsExactly("Điện thoại");
        assertThat(result.errors()).filteredOn(e -> e.row() == 6).extracting(RowError::column)
                .containsExactly("Thành phần");
        assertThat(result.errors()).filteredOn(e -> e.row() == 7).singleElement()
                .satisfies(e -> assertThat(e.value()).isEqualTo("=1+2"));
    }

    @Test
    void should_read_a_csv_saved_in_the_vietnamese_windows_code_page() {
        String csv = "Họ và tên,Giới tính,Thành phần\r\nTrần Thị Ánh,Nữ,phu-nu-doi-thoai\r\n";
        byte[] bytes = windows1258(csv);
        DelegateImport result = DelegateSpreadsheets.readCsv(PLAN, "cu.csv", bytes, NONE);
        assertThat(result.errors()).isEmpty();
        assertThat(result.delegates().delegates()).singleElement()
                .satisfies(d -> assertThat(d.fullName()).isEqualTo("Trần Thị Ánh"));
    }

    /** Text as Windows-1258 holds it: vowels with their shape marks precomposed, tone marks combining after them. */
    static byte[] windows1258(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            for (char x : d.toCharArray()) {
                ("\u0300\u0301\u0303\u0309\u0323".indexOf(x) >= 0 ? tones : base).append(x);
            }
            out.append(java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFC)).append(tones);
        }
        byte[] bytes = out.toString().getBytes(Charset.forName("windows-1258"));
        assertThat(new String(bytes, Charset.forName("windows-1258"))).doesNotContain("?");
        return bytes;
    }

    @Test
    void should_keep_good_rows_and_report_bad_ones_when_reading_a_workbook() throws IOException {
        // GIVEN a workbook as an office keeps it: a title, headers on row 3, a number-typed phone, a formula
        byte[] bytes;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("DS");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐẠI BIỂU");
            row(sheet, 2, "STT", "Họ và tên", "Chức vụ", "Giới tính", "Thành phần", "Điểm cầu", "Điện thoại");
            row(sheet, 3, "1", "Lê Thị Lan", "Phó Chủ tịch", "Nữ", "huyen-lanh-dao", "Đăk Glei", null);
            sheet.getRow(3).createCell(6).setCellValue(905123456d);
            row(sheet, 4, "2", "Phạm Văn Nam", "Trưởng phòng", "Nam", "huyen-lanh-dao", "Đăk Mil", null);
            row(sheet, 5, "3", null, "Hội viên", "Nữ", "huyen-phu-nu", "Sa Thầy", null);
            Cell formula = sheet.getRow(5).createCell(1);
            formula.setCellFormula("\"Đỗ Thị \"&\"Mai\"");
            book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
            row(sheet, 6, "4", "Vũ Thị Yến", "Hội viên", "", "huyen-phu-nu", "Kon Plông", null);
            book.write(out);
            bytes = out.toByteArray();
        }
        // WHEN
        DelegateImport result = DelegateSpreadsheets.readSpreadsheet(PLAN, "ds.xlsx", bytes, NONE);
        // THEN
        assertThat(result.headerRow()).isEqualTo(3);
        assertThat(result.delegates().delegates()).extracting(Delegate::fullName).containsExactly("Đỗ Thị Mai");
        assertThat(result.delegates().delegates().get(0).venue()).isEqualTo("truc-tuyen-sa-thay");
        // the number-typed phone lost its leading 0 in Excel: the row is reported, not kept with a wrong number
        assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "Điện thoại", "905123456"),
                        org.assertj.core.groups.Tuple.tuple(5, "Điểm cầu", "Đăk Mil"),
                        org.assertj.core.groups.Tuple.tuple(7, "Giới tính", null));
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }

    @Test
    void should_report_the_file_when_it_is_not_a_spreadsheet() {
        DelegateImport result = DelegateSpreadsheets.readSpreadsheet(PLAN, "hong.xlsx",
                "not a zip".getBytes(StandardCharsets.UTF_8), NONE);
        assertThat(result.delegates().isEmpty()).isTrue();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isZero();
            assertThat(e.message().en()).startsWith("hong.xlsx: not a readable XLSX/XLS spreadsheet");
        });
    }

    @Test
    void should_restore_only_its_own_guard_when_reading() {
        assertThat(FormulaGuard.fromCsv("'=1")).isEqualTo("=1");
        assertThat(FormulaGuard.fromCsv("'abc")).isEqualTo("'abc");
        assertThat(FormulaGuard.forCsv("Nguyễn")).isEqualTo("Nguyễn");
        assertThat(List.of("=", "+", "-", "@", "\t", "\r")).allMatch(c -> FormulaGuard.forCsv(c + "x")
                .equals("'" + c + "x"));
    }
}
