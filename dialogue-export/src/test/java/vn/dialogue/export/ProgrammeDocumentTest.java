package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.testing.SeedPlan;
import vn.dialogue.plan.AgendaItem;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;

class ProgrammeDocumentTest {

    private static final Plan SEED = SeedPlan.konTum2024();

    @Test
    void should_list_one_dialogue_item_per_topic_with_its_answering_agencies() throws IOException {
        Plan scheduled = SEED.withSessions(List.of(new Session("doi-thoai", LocalDate.of(2024, 11, 22), null,
                PartOfDay.MORNING, LocalTime.of(7, 30), LocalTime.of(11, 30))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgrammeDocument.of(scheduled).render(Format.DOCX, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Số:      /CTr-UBND");
            assertThat(doc.getParagraphs()).extracting(p -> p.getText())
                    .contains("CHƯƠNG TRÌNH", "Thời gian: 07 giờ 30 - 11 giờ 30, ngày 22 tháng 11 năm 2024.",
                            "Địa điểm: Hội trường Ngọc Linh, thành phố Kon Tum.");
            XWPFTable agenda = doc.getTables().get(1);
            assertThat(agenda.getRow(0).getCell(1).getText()).isEqualTo("Nội dung");
            // welcome, opening, speech, three topics, conclusion, closing
            assertThat(agenda.getRows()).hasSize(1 + 3 + SEED.topics().size() + 2);
            assertThat(agenda.getRow(1).getCell(0).getText()).isEqualTo("07:30");
            assertThat(agenda.getRow(4).getCell(1).getText()).startsWith("Đối thoại: Các nội dung về bảo vệ quyền");
            assertThat(agenda.getRow(4).getCell(2).getText()).contains("Sở LĐ-TB&XH");
            assertThat(agenda.getRow(3).getCell(2).getText()).isEqualTo("Chủ tịch Ủy ban nhân dân tỉnh");
        }
    }

    @Test
    void should_follow_the_plans_own_agenda_with_times_counted_from_the_start() throws IOException {
        Plan scheduled = SEED.withSessions(List.of(new Session("doi-thoai", LocalDate.of(2024, 11, 22), null,
                PartOfDay.MORNING, LocalTime.of(8, 0), LocalTime.of(11, 0)))).toBuilder()
                .agenda(List.of(
                        new AgendaItem("khai-mac", "Khai mạc", null, 15, "Lãnh đạo Sở Nội vụ", List.of(), null),
                        new AgendaItem("doi-thoai", "Đối thoại", null, 120, null, List.of("so-ldtbxh", "so-yte"), null),
                        new AgendaItem("ket-luan", "Kết luận", LocalTime.of(10, 40), 20, "Chủ tịch", List.of(), null)))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgrammeDocument.of(scheduled).render(Format.DOCX, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFTable agenda = doc.getTables().get(1);
            assertThat(agenda.getRows()).hasSize(4);
            assertThat(agenda.getRow(1).getCell(0).getText()).isEqualTo("08:00");
            assertThat(agenda.getRow(2).getCell(0).getText()).isEqualTo("08:15");
            assertThat(agenda.getRow(2).getCell(2).getText()).isEqualTo("Sở LĐ-TB&XH; Sở Y tế");
            assertThat(agenda.getRow(3).getCell(0).getText()).isEqualTo("10:40");
            assertThat(agenda.getRow(3).getCell(2).getText()).isEqualTo("Chủ tịch");
        }
    }
}
