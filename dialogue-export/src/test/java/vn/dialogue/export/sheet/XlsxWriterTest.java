package vn.dialogue.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.testing.Samples;

class XlsxWriterTest {

    private static final List<String> RISKY = List.of("=HYPERLINK(\"http://x\",\"y\")", "+84 912 345 678", "-1+2",
            "@SUM(A1)", "\tgiữa", "\rđầu dòng");

    private static Spreadsheet delegates(int extraRows, String nameText) {
        List<List<SheetCell>> rows = new ArrayList<>();
        rows.add(List.of(SheetCell.number(1), SheetCell.text(nameText), SheetCell.text("Hội LHPN tỉnh"),
                SheetCell.day(LocalDate.of(2024, 11, 20)), SheetCell.blank()));
        for (String r : RISKY) {
            rows.add(List.of(SheetCell.number(rows.size() + 1), SheetCell.text(r), SheetCell.text("x"),
                    SheetCell.day(LocalDate.of(2024, 11, 20)), SheetCell.blank()));
        }
        for (int i = 0; i < extraRows; i++) {
            rows.add(List.of(SheetCell.number(rows.size() + 1), SheetCell.text("Đại biểu " + i), SheetCell.text("Xã " + i),
                    SheetCell.day(LocalDate.of(2024, 11, 20)), SheetCell.text("Có mặt")));
        }
        return Spreadsheet.of(DocumentInfo.vietnamese("Danh sách đại biểu", "UBND tỉnh", Samples.STAMP),
                new Sheet("Đại biểu", List.of("STT", "Họ và tên", "Đơn vị", "Ngày", "Ghi chú"), rows));
    }

    private static byte[] write(Spreadsheet s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.create().write(s, out);
        return out.toByteArray();
    }

    @Test
    void should_keep_formula_like_text_as_quoted_text_unchanged() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(delegates(0, "Nguyễn Thị Hoa"))))) {
            XSSFSheet sheet = wb.getSheet("Đại biểu");
            for (int i = 0; i < RISKY.size(); i++) {
                XSSFCell cell = sheet.getRow(i + 2).getCell(1);
                // THEN the cell is a string, not a formula, holds exactly the text typed, and is quote-prefixed
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(RISKY.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix of %s", RISKY.get(i)).isTrue();
            }
            XSSFCell ordinary = sheet.getRow(1).getCell(1);
            assertThat(ordinary.getStringCellValue()).isEqualTo("Nguyễn Thị Hoa");
            assertThat(ordinary.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void should_write_header_numbers_and_days_as_typed_cells() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(delegates(0, "Nguyễn Thị Hoa"))))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(wb.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 20));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void should_stream_long_lists() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(delegates(5000, "A"))))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + RISKY.size() + 5000);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(1).getStringCellValue()).isEqualTo("Đại biểu 4999");
        }
    }

    @Test
    void should_give_byte_identical_files_and_compose_decomposed_text() throws IOException {
        byte[] first = write(delegates(10, "Nguyễn Thị Hoa"));
        byte[] fromNfd = write(delegates(10, Samples.nfd("Nguyễn Thị Hoa")));
        assertThat(java.util.Arrays.mismatch(first, fromNfd)).as("index of the first differing byte").isEqualTo(-1);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(first))) {
            assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant()).isEqualTo(Samples.STAMP);
            assertThat(wb.getProperties().getCoreProperties().getModified().toInstant()).isEqualTo(Samples.STAMP);
        }
    }

    @Test
    void should_reject_rows_of_the_wrong_width_and_bad_sheet_names() {
        assertThatThrownBy(() -> new Sheet("A", List.of("x", "y"), List.of(List.of(SheetCell.text("1")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 2 has 1 cells");
        assertThatThrownBy(() -> new Sheet("Tháng 11/2024", List.of("x"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not contain");
        assertThatThrownBy(() -> Spreadsheet.of(DocumentInfo.vietnamese("t", "a", Samples.STAMP),
                new Sheet("Đại biểu", List.of("x"), List.of()), new Sheet("ĐẠI BIỂU", List.of("x"), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two sheets");
    }

    @Test
    void should_write_a_generated_sheet_row_by_row_when_rows_are_made_on_demand() throws IOException {
        // GIVEN a sheet whose 3,000 rows are made when they are read, counting the calls
        int[] made = {0};
        Sheet sheet = Sheet.generated("Tổng hợp", List.of("STT", "Nội dung"), 3000, i -> {
            made[0]++;
            return List.of(SheetCell.number(i + 1L), SheetCell.text("=câu hỏi " + i));
        });
        // WHEN it is written
        byte[] xlsx = write(Spreadsheet.of(DocumentInfo.vietnamese("Tổng hợp", "UBND tỉnh", Samples.STAMP), sheet));
        // THEN every row is made once, in order, and written as typed (formula-like text kept as text)
        assertThat(made[0]).isEqualTo(3000);
        assertThat(sheet.rows()).hasSize(3000);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum()).isEqualTo(3000);
            assertThat(s.getRow(3000).getCell(0).getNumericCellValue()).isEqualTo(3000.0);
            assertThat(s.getRow(3000).getCell(1).getStringCellValue()).isEqualTo("=câu hỏi 2999");
            assertThat(s.getRow(3000).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
        }
        assertThat(java.util.Arrays.mismatch(xlsx, write(Spreadsheet.of(
                DocumentInfo.vietnamese("Tổng hợp", "UBND tỉnh", Samples.STAMP), sheet)))).isEqualTo(-1);
    }

    @Test
    void should_name_the_row_when_a_generated_row_has_the_wrong_width() {
        // GIVEN a generated sheet whose fifth data row is one cell short
        Sheet sheet = Sheet.generated("Tổng hợp", List.of("STT", "Nội dung"), 10,
                i -> i == 4 ? List.of(SheetCell.number(i)) : List.of(SheetCell.number(i), SheetCell.text("x")));
        // WHEN it is written THEN the error names the sheet row (header is row 1) and both widths
        assertThatThrownBy(() -> write(Spreadsheet.of(DocumentInfo.vietnamese("t", "a", Samples.STAMP), sheet)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sheet 'Tổng hợp' row 6 has 1 cells but the header has 2 columns");
        assertThatThrownBy(() -> Sheet.generated("A", List.of("x"), -1, i -> List.of(SheetCell.blank())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1 rows");
    }
}
