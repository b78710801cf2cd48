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
}
