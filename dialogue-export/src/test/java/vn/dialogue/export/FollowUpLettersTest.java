package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.dialogue.actor.Actor;
import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.testing.SeedQuestions;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.Act;
import vn.dialogue.question.Channel;
import vn.dialogue.question.Original;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionCommand;
import vn.dialogue.question.QuestionEvent;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.Submission;
import vn.dialogue.question.SubmissionKind;
import vn.dialogue.question.Versioned;

/**
 * After the session: one notice per asker of a deferred question (also once answered), one reply letter of the lead
 * agency per asker of a written answer, and the routing letters made from the routing events at any time.
 */
class FollowUpLettersTest {

    private static final Plan PLAN = SeedParticipants.plan();
    private static final Instant T0 = SeedQuestions.T0;
    private static final Instant ROUTED = Instant.parse("2024-11-06T02:00:00Z");
    private static final Actor CLERK = Actor.of("clerk-1", "Cán bộ tiếp nhận", RolePolicy.INTAKE, "hlhpn-tinh");
    private static final Actor MODERATOR = Actor.of("mod-1", "Cán bộ kiểm duyệt", RolePolicy.MODERATOR, "hlhpn-tinh");
    private static final Actor COMPILER = Actor.of("comp-1", "Chuyên viên", RolePolicy.COMPILER, "so-ldtbxh");
    private static final Actor SECRETARIAT = Actor.of("sec-1", "Thư ký", RolePolicy.SECRETARIAT, "vp-ubnd");
    private static final Actor POLICE = Actor.of("ca-1", "Phòng Cảnh sát", RolePolicy.AGENCY, "cong-an-tinh");

    /** The questions and their events: two askers compiled, deferred, then answered in writing; one answered live. */
    private record Run(List<Question> questions, List<QuestionEvent> events) {
    }

    private static Run run(boolean answerInWriting) {
        try (QuestionRegistry r = QuestionRegistry.builder(RolePolicy.defaults()).plan(PLAN).open()) {
            Versioned a = accepted(r, "a", "Đề nghị tăng cường phòng chống bạo lực gia đình ở thôn.",
                    SeedQuestions.DINH_BIA);
            Versioned b = accepted(r, "b", "Đề nghị có mô hình phòng chống bạo lực gia đình ở làng.",
                    SeedQuestions.NGUYEN_LAN);
            Versioned c = r.execute(new QuestionCommand.Compile(List.of(a, b), Act.of(COMPILER, T0.plusSeconds(600)),
                    "Phòng chống bạo lực gia đình ở thôn, làng", List.of("quyen-va-an-toan")));
            c = r.questions().stream().filter(q -> q.dossier().isCompiled()).map(q -> r.get(q.id()).orElseThrow())
                    .findFirst().orElseThrow();
            c = r.execute(new QuestionCommand.Route(c.id(), c.version(), Act.of(COMPILER, ROUTED), "cong-an-tinh",
                    List.of("so-tu-phap"), LocalDate.of(2024, 11, 15)));
            c = r.execute(new QuestionCommand.Defer(c.id(), c.version(), Act.of(SECRETARIAT, SeedQuestions.AT_SESSION,
                    "cần xác minh"), SeedQuestions.SESSION, "cong-an-tinh", null, LocalDate.of(2024, 12, 6),
                    LocalDate.of(2024, 11, 27)));
            if (answerInWriting) {
                r.execute(new QuestionCommand.ResolveInWriting(c.id(), c.version(),
                        Act.of(POLICE, Instant.parse("2024-12-02T08:00:00Z")), "Nguyễn Văn Cường",
                        "Công văn số 88/CAT-PV01", "Công an tỉnh đã chỉ đạo công an xã tuần tra, tiếp nhận tin báo."));
            }
            Versioned d = accepted(r, "d", "Xin hỏi về học bổng cho trẻ em gái.", SeedQuestions.Y_HOA);
            d = r.execute(new QuestionCommand.Route(d.id(), d.version(), Act.of(COMPILER, ROUTED), "so-gddt",
                    List.of(), LocalDate.of(2024, 11, 14)));
            r.execute(new QuestionCommand.AnswerLive(d.id(), d.version(), Act.of(SECRETARIAT, SeedQuestions.AT_SESSION),
                    SeedQuestions.SESSION, "so-gddt", null, "Tỉnh cấp học bổng cho học sinh nữ dân tộc thiểu số."));
            return new Run(List.copyOf(r.questions()), QuestionRegistry.events(r.store()));
        }
    }

    private static Versioned accepted(QuestionRegistry r, String id, String text, vn.dialogue.question.Asker asker) {
        Versioned q = r.receive(new Submission(id, SubmissionKind.RECOMMENDATION, text, List.of("quyen-va-an-toan"),
                asker, Channel.unionBranch("hlhpn-tinh", "province"), T0, null, List.of()), Act.of(CLERK, T0))
                .question();
        return r.execute(new QuestionCommand.Accept(q.id(), q.version(), Act.of(MODERATOR, T0.plusSeconds(60)),
                List.of("quyen-va-an-toan")));
    }

    @Test
    void should_keep_a_notice_for_each_asker_of_a_deferred_question_once_it_is_answered_in_writing() {
        Run answered = run(true);
        assertThat(DeferralNotices.of(PLAN, answered.questions()).recipients()).extracting(o -> o.asker().name())
                .containsExactly("Đinh Thị Bia", "Nguyễn Thị Lan");
        assertThat(DeferralNotices.of(PLAN, answered.questions()).pendingOnly().recipients()).isEmpty();
    }

    @Test
    void should_write_the_lead_agencys_answer_to_each_asker_of_a_written_answer() throws IOException {
        Run answered = run(true);
        AnswerLetters letters = AnswerLetters.of(PLAN, answered.questions());
        assertThat(letters.recipients()).extracting(Original::asker).extracting(a -> a.name())
                .containsExactly("Đinh Thị Bia", "Nguyễn Thị Lan");
        try (XWPFDocument doc = Outputs.docx(Outputs.render(letters.merged(), Format.DOCX))) {
            List<String> text = Outputs.paragraphs(doc);
            assertThat(text).containsSubsequence("Kính gửi: Đinh Thị Bia.",
                    "“Đề nghị tăng cường phòng chống bạo lực gia đình ở thôn.”",
                    "Công an tỉnh đã chỉ đạo công an xã tuần tra, tiếp nhận tin báo.",
                    "Kính gửi: Nguyễn Thị Lan - Chi hội phụ nữ thôn 2.");
            String all = String.join("\n", text) + doc.getTables().stream().map(t -> t.getText())
                    .reduce("", String::concat);
            assertThat(all).contains("/CAT-PV01").contains("TỈNH KON TUM").contains("ngày 02 tháng 12 năm 2024").contains("Nguyễn Văn Cường")
                    .contains("GIÁM ĐỐC");
        }
        // a question only deferred has no reply letter yet
        assertThat(AnswerLetters.of(PLAN, run(false).questions()).recipients()).isEmpty();
        assertThatThrownBy(() -> AnswerLetters.of(PLAN, run(false).questions()).merged())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_write_routing_letters_from_the_routing_events_once_the_questions_are_answered() throws IOException {
        Run answered = run(true);
        // without the events, nothing is being prepared any more: no letter
        assertThat(RoutingLetters.of(PLAN, answered.questions()).agencies()).isEmpty();
        RoutingLetters letters = RoutingLetters.of(PLAN, answered.questions()).withRoutingEvents(answered.events());
        assertThat(letters.agencies()).containsExactlyInAnyOrder("cong-an-tinh", "so-gddt");
        try (XWPFDocument doc = Outputs.docx(Outputs.render(letters.layout("cong-an-tinh"), Format.DOCX))) {
            String header = doc.getTables().get(0).getText();
            // dated the day the routing happened, not the plan's month
            assertThat(header).contains("ngày 06 tháng 11 năm 2024");
            String table = doc.getTables().get(1).getText();
            assertThat(table).contains("15/11/2024").contains("Phòng chống bạo lực gia đình ở thôn, làng");
        }
        // and the compiled list's answer deadline is filled from them
        var book = CompiledSubmissionsDocument.of(PLAN, answered.questions()).withRoutingEvents(answered.events())
                .spreadsheet();
        assertThat(book.sheets().get(0).rows()).isNotEmpty().allSatisfy(row -> assertThat(row.get(10))
                .isInstanceOf(vn.dialogue.export.sheet.SheetCell.Day.class));
        assertThat(CompiledSubmissionsDocument.of(PLAN, answered.questions()).spreadsheet().sheets().get(0).rows())
                .allSatisfy(row -> assertThat(row.get(10)).isInstanceOf(vn.dialogue.export.sheet.SheetCell.Blank.class));
    }
}
