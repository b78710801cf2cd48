package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.participant.Delegate;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.Invitation;
import vn.dialogue.participant.VietnameseCollation;
import vn.dialogue.plan.Plan;

class AttendanceWorkbookTest {

    private static final Plan PLAN = SeedParticipants.plan();
    private static final DelegateList DELEGATES = SeedParticipants.delegates(PLAN);
    private static final List<Invitation> INVITATIONS = SeedParticipants.invitations(DELEGATES);

    private static XSSFWorkbook xlsx(AttendanceWorkbook book) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(Outputs.bytes(out -> book.render(SheetFormat.XLSX, out))));
    }

    /** Row of the delegate sheet by name, column header to text. */
    private static Map<String, String> row(XSSFSheet sheet, String name) {
        XSSFRow head = sheet.getRow(0);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row.getCell(1).getStringCellValue().equals(name)) {
                Map<String, String> out = new HashMap<>();
                for (int c = 0; c < head.getLastCellNum(); c++) {
                    XSSFCell cell = row.getCell(c);
                    out.put(head.getCell(c).getStringCellValue(), cell == null ? ""
                            : cell.getCellType() == CellType.NUMERIC ? Long.toString((long) cell.getNumericCellValue())
                            : cell.getStringCellValue());
                }
                return out;
            }
        }
        throw new AssertionError(name + " not in the sheet");
    }

    @Test
    void should_list_delegates_by_venue_then_group_then_vietnamese_name_order() throws IOException {
        try (XSSFWorkbook wb = xlsx(AttendanceWorkbook.of(PLAN, DELEGATES, INVITATIONS))) {
            XSSFSheet sheet = wb.getSheet("Đại biểu");
            assertThat(sheet.getLastRowNum()).isEqualTo(DELEGATES.size());
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Hội trường Ngọc Linh");
            Map<String, Delegate> byName = new HashMap<>();
            DELEGATES.delegates().forEach(d -> byName.put(d.fullName() + "|" + d.venue() + "|" + d.group(), d));
            List<Delegate> ordered = AttendanceWorkbook.of(PLAN, DELEGATES, INVITATIONS).ordered();
            for (int i = 1; i < ordered.size(); i++) {
                Delegate a = ordered.get(i - 1);
                Delegate b = ordered.get(i);
                assertThat(sheet.getRow(i + 1).getCell(1).getStringCellValue()).isEqualTo(b.fullName());
                if (a.venue().equals(b.venue()) && a.group().equals(b.group())) {
                    assertThat(VietnameseCollation.NAME_ORDER.compare(a.name(), b.name()))
                            .as("%s before %s", a, b).isLessThanOrEqualTo(0);
                }
            }
            // the venues come in the plan's order: the hall first, every hall delegate before any bridge point's
            long hall = DELEGATES.at(SeedParticipants.HALL).size();
            for (int r = 1; r <= hall; r++) {
                assertThat(sheet.getRow(r).getCell(6).getStringCellValue()).isEqualTo("Hội trường Ngọc Linh");
            }
            assertThat(sheet.getRow((int) hall + 1).getCell(6).getStringCellValue()).isNotEqualTo("Hội trường Ngọc Linh");
        }
    }

    @Test
    void should_show_each_delegates_invitation_status_check_in_and_substitution() throws IOException {
        try (XSSFWorkbook wb = xlsx(AttendanceWorkbook.of(PLAN, DELEGATES, INVITATIONS))) {
            XSSFSheet sheet = wb.getSheet("Đại biểu");
            Map<String, String> attended = row(sheet, SeedParticipants.participant(DELEGATES, 0).fullName());
            assertThat(attended).containsEntry("Tình trạng", "Có mặt").containsEntry("Có mặt tại", "Hội trường Ngọc Linh");
            assertThat(row(sheet, SeedParticipants.participant(DELEGATES, 1).fullName()))
                    .containsEntry("Tình trạng", "Đã xác nhận").containsEntry("Có mặt tại", "");
            assertThat(row(sheet, SeedParticipants.participant(DELEGATES, 2).fullName()))
                    .containsEntry("Tình trạng", "Từ chối");
            Map<String, String> substituted = row(sheet, SeedParticipants.participant(DELEGATES, 3).fullName());
            assertThat(substituted).containsEntry("Tình trạng", "Cử người thay").containsEntry("Ghi chú",
                    "Cử người dự thay: " + SeedParticipants.participant(DELEGATES, 4).fullName());
            assertThat(row(sheet, SeedParticipants.participant(DELEGATES, 6).fullName()))
                    .containsEntry("Tình trạng", "Đã gửi");
            Delegate sample = SeedParticipants.participant(DELEGATES, 6);
            if (sample.phone() != null) {
                assertThat(row(sheet, sample.fullName())).containsEntry("Điện thoại", sample.phone());
            }
        }
    }

    @Test
    void should_count_invitations_per_venue_and_status_with_a_total() throws IOException {
        try (XSSFWorkbook wb = xlsx(AttendanceWorkbook.of(PLAN, DELEGATES, INVITATIONS))) {
            XSSFSheet tally = wb.getSheet("Tổng hợp");
            XSSFRow head = tally.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("Điểm cầu");
            assertThat(head.getCell(8).getStringCellValue()).isEqualTo("Có mặt");
            XSSFRow hall = tally.getRow(1);
            assertThat(hall.getCell(0).getStringCellValue()).isEqualTo("Hội trường Ngọc Linh");
            assertThat(hall.getCell(1).getNumericCellValue()).isEqualTo(DELEGATES.at(SeedParticipants.HALL).size());
            assertThat(hall.getCell(8).getNumericCellValue()).isEqualTo(2);
            assertThat(hall.getCell(5).getNumericCellValue()).isEqualTo(1);
            XSSFRow total = tally.getRow(tally.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(INVITATIONS.size());
        }
    }

    @Test
    void should_keep_formula_like_text_from_running_in_xlsx_and_csv() throws IOException {
        // GIVEN a delegate whose title and note were typed as formulas
        Delegate first = DELEGATES.delegates().get(0);
        Delegate risky = first.toBuilder().title("=HYPERLINK(\"http://x\",\"bấm\")").note("@SUM(A1)").build();
        AttendanceWorkbook book = AttendanceWorkbook.of(PLAN, DELEGATES.with(risky), INVITATIONS);
        try (XSSFWorkbook wb = xlsx(book)) {
            XSSFSheet sheet = wb.getSheet("Đại biểu");
            int found = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row.getCell(4).getCellType() == CellType.STRING && row.getCell(4).getStringCellValue().startsWith("=")) {
                    found++;
                    // THEN the cells hold the text exactly as typed, as quote-prefixed strings, never as formulas
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo(risky.fullName());
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo(risky.title());
                    assertThat(row.getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
                    assertThat(row.getCell(13).getStringCellValue()).startsWith("@SUM(A1)");
                    assertThat(row.getCell(13).getCellStyle().getQuotePrefixed()).isTrue();
                }
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    assertThat(row.getCell(c).getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
            assertThat(found).isEqualTo(1);
            assertThat(wb.getSheet("Đại biểu").getRow(0).getCell(4).getCellType()).isEqualTo(CellType.STRING);
        }
        String csv = new String(Outputs.bytes(out -> book.render(SheetFormat.CSV, out)), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFSTT,Họ và tên").contains(",'@SUM(A1)")
                .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\"");
    }

    @Test
    void should_give_byte_identical_workbooks_and_english_headers_on_request() throws IOException {
        AttendanceWorkbook book = AttendanceWorkbook.of(PLAN, DELEGATES, INVITATIONS);
        assertThat(Outputs.bytes(out -> book.render(SheetFormat.XLSX, out)))
                .isEqualTo(Outputs.bytes(out -> book.render(SheetFormat.XLSX, out)));
        try (XSSFWorkbook wb = xlsx(book.withWording(Wording.english()))) {
            assertThat(wb.getSheet("Delegates").getRow(0).getCell(11).getStringCellValue()).isEqualTo("Status");
            assertThat(wb.getSheet("Summary")).isNotNull();
        }
    }
}
