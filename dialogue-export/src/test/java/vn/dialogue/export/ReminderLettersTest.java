package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.due.DueList;
import vn.dialogue.due.DueWork;
import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.Samples;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.testing.SeedQuestions;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.Question;
import vn.dialogue.text.Bilingual;

class ReminderLettersTest {

    private static final Plan PLAN = SeedParticipants.plan();
    private static final List<Question> QUESTIONS = SeedQuestions.questions(PLAN);
    private static final ConclusionTask TASK = new ConclusionTask("kl-1", "phien-1", "so-ldtbxh",
            "Rà soát chính sách hỗ trợ học nghề cho phụ nữ.", LocalDate.of(2024, 12, 20),
            Bilingual.of("trong 25 ngày làm việc", "within 25 working days"), null, null);
    /** Thursday 14/11/2024, 10:00 in Vietnam. */
    private static final DueList DUE = DueList.at(Instant.parse("2024-11-14T03:00:00Z"), QUESTIONS, List.of(TASK),
            WorkingCalendar.vietnam());
    private static final ReminderLetters LETTERS = ReminderLetters.of(PLAN, DUE).withTimestamp(Samples.STAMP);

    @Test
    void should_write_to_each_agency_its_work_overdue_first_with_working_days_left_or_overdue() throws IOException {
        List<DueWork> work = DUE.of("so-ldtbxh");
        assertThat(work).anyMatch(DueWork::overdue);
        long overdue = work.stream().filter(DueWork::overdue).count();
        try (XWPFDocument doc = Outputs.docx(Outputs.render(LETTERS.layout("so-ldtbxh"), Format.DOCX))) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getRow(1).getCell(0).getParagraphs().get(1).getText())
                    .startsWith("V/v đôn đốc thực hiện các nội dung sau Chương trình gặp gỡ, đối thoại");
            assertThat(Outputs.paragraphs(doc)).contains("Kính gửi: Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum.");
            assertThat(Outputs.paragraphs(doc)).anyMatch(p -> p.contains("tính đến hết ngày 14 tháng 11 năm 2024, "
                    + "Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum còn " + String.format("%02d", work.size())
                    + " nội dung chưa hoàn thành, trong đó " + String.format("%02d", overdue)
                    + " nội dung đã quá hạn"));
            XWPFTable list = doc.getTables().get(1);
            assertThat(list.getRows()).hasSize(work.size() + 1);
            assertThat(list.getRow(0).getCell(4).getText()).isEqualTo("Tình trạng");
            // the first routed question was due Tue 12/11: Wed 13 and Thu 14 have passed
            assertThat(list.getRow(1).getCell(2).getText()).isEqualTo("Chuẩn bị nội dung trả lời");
            assertThat(list.getRow(1).getCell(3).getText()).isEqualTo("12/11/2024");
            assertThat(list.getRow(1).getCell(4).getText()).isEqualTo("Quá hạn 2 ngày làm việc");
            XWPFTable last = list;
            int row = work.size();
            assertThat(last.getRow(row).getCell(1).getText()).isEqualTo(TASK.text());
            assertThat(last.getRow(row).getCell(2).getText()).isEqualTo("Thực hiện kết luận của chủ trì");
            assertThat(last.getRow(row).getCell(4).getText()).isEqualTo("Còn " + work.get(work.size() - 1)
                    .workingDaysLeft() + " ngày làm việc");
        }
    }

    @Test
    void should_merge_every_letter_one_per_page_in_pdf_and_refuse_an_agency_that_owes_nothing() throws IOException {
        byte[] pdf = Outputs.render(LETTERS.merged(), Format.PDF);
        try (PDDocument doc = Outputs.pdf(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(LETTERS.agencies().size());
            String all = Outputs.pdfText(pdf).replaceAll("\\s+", " ");
            for (String agency : LETTERS.agencies()) {
                assertThat(all).contains("Kính gửi: " + PLAN.registry().organisationName(agency) + ".");
            }
        }
        assertThat(LETTERS.agencies()).contains("so-ldtbxh", "so-nnptnt");
        assertThatThrownBy(() -> LETTERS.layout("so-khong-co")).isInstanceOf(IllegalArgumentException.class);
    }
}
