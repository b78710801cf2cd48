package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.Samples;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.testing.SeedQuestions;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.AnsweredLiveQuestion;
import vn.dialogue.question.AskerNotice;
import vn.dialogue.question.DeferredQuestion;
import vn.dialogue.question.Original;
import vn.dialogue.question.Question;

class DeferralNoticesTest {

    private static final Plan PLAN = SeedParticipants.plan();
    private static final List<Question> QUESTIONS = SeedQuestions.questions(PLAN);

    private static DeferredQuestion deferred() {
        return QUESTIONS.stream().filter(q -> q instanceof DeferredQuestion).map(q -> (DeferredQuestion) q)
                .findFirst().orElseThrow();
    }

    @Test
    void should_tell_the_asker_which_agency_answers_and_by_when() throws IOException {
        DeferralNotices notices = DeferralNotices.of(PLAN, QUESTIONS).withTimestamp(Samples.STAMP);
        assertThat(notices.recipients()).extracting(Original::asker).containsExactly(SeedQuestions.RO_CHAM);
        try (XWPFDocument doc = Outputs.docx(Outputs.render(notices.merged(), Format.DOCX))) {
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Số:      /TB-UBND");
            assertThat(Outputs.paragraphs(doc)).containsSubsequence("THÔNG BÁO", "Kính gửi: Rơ Châm H'Hen.",
                    "Ủy ban nhân dân tỉnh Kon Tum đã nhận được kiến nghị của Quý vị gửi ngày 20 tháng 10 năm 2024, với "
                            + "nội dung:",
                    "“Tôi là Rơ Châm H'Hen, điện thoại 0912 345 678, đề nghị tăng cường phòng chống bạo lực gia đình ở "
                            + "thôn.”",
                    "Tại Chương trình gặp gỡ, đối thoại giữa Chủ tịch Ủy ban nhân dân tỉnh với phụ nữ năm 2024 vào ngày 22 "
                            + "tháng 11 năm 2024, nội dung này đã được giao Công an tỉnh Kon Tum nghiên cứu, trả lời bằng "
                            + "văn bản. Công an tỉnh Kon Tum sẽ trả lời Quý vị chậm nhất ngày 06 tháng 12 năm 2024.",
                    "Ủy ban nhân dân tỉnh Kon Tum trân trọng thông báo để Quý vị được biết./.");
            XWPFTable footer = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(footer.getRow(0).getCell(0).getText()).contains("- Như trên;")
                    .contains("- Công an tỉnh Kon Tum (để thực hiện);");
        }
    }

    @Test
    void should_write_one_notice_per_asker_of_a_compiled_question_one_per_page() throws IOException {
        // GIVEN the compiled question of two askers deferred too
        DeferredQuestion one = deferred();
        AnsweredLiveQuestion compiled = QUESTIONS.stream().filter(q -> q instanceof AnsweredLiveQuestion
                && q.dossier().isCompiled()).map(q -> (AnsweredLiveQuestion) q).findFirst().orElseThrow();
        List<Question> all = new ArrayList<>(QUESTIONS);
        all.replaceAll(q -> q == compiled ? new DeferredQuestion(compiled.id(), compiled.dossier(), one.deferral(),
                List.of()) : q);
        DeferralNotices notices = DeferralNotices.of(PLAN, all);
        // THEN three notices, each on its page with its asker's name
        assertThat(notices.recipients()).hasSize(3);
        try (PDDocument pdf = Outputs.pdf(Outputs.render(notices.merged(), Format.PDF))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                assertThat(Outputs.pdfPage(pdf, i + 1)).contains("Kính gửi: " + notices.recipients().get(i).asker().name());
            }
        }
    }

    @Test
    void should_leave_out_askers_already_told_when_only_pending_notices_are_asked_for() {
        DeferredQuestion one = deferred();
        DeferredQuestion told = new DeferredQuestion(one.id(), one.dossier(), one.deferral(), List.of(
                new AskerNotice(one.dossier().originals().get(0).question(), "Thư số 15", SeedQuestions.AT_SESSION)));
        List<Question> all = new ArrayList<>(QUESTIONS);
        all.replaceAll(q -> q == one ? told : q);
        assertThat(DeferralNotices.of(PLAN, all).recipients()).hasSize(1);
        assertThat(DeferralNotices.of(PLAN, all).pendingOnly().recipients()).isEmpty();
        assertThatThrownBy(() -> DeferralNotices.of(PLAN, all).pendingOnly().merged())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no asker to notify");
    }
}
