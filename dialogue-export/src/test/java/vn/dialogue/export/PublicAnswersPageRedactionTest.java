package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.html.HtmlRenderer;
import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.testing.SeedQuestions;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.AnsweredLiveQuestion;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Channel;
import vn.dialogue.question.Dossier;
import vn.dialogue.question.LiveAnswer;
import vn.dialogue.question.Original;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionId;
import vn.dialogue.question.Submission;
import vn.dialogue.question.SubmissionKind;

/** Askers who did not consent to publication never reach the public page; the internal exports keep them. */
class PublicAnswersPageRedactionTest {

    private static final Plan PLAN = SeedParticipants.plan();
    private static final List<Question> QUESTIONS = SeedQuestions.questions(PLAN);

    /** The identifying fields of an asker, as they could appear in a page: name, each phone number, each e-mail. */
    private static void assertNoTraceOf(Asker a, String html) {
        String plain = html.toLowerCase(Locale.ROOT);
        String escaped = HtmlRenderer.escape(a.name()).toLowerCase(Locale.ROOT);
        assertThat(plain).as("name of a non-consenting asker").doesNotContain(a.name().toLowerCase(Locale.ROOT))
                .doesNotContain(escaped);
        if (a.contact() != null) {
            assertThat(plain).as("contact").doesNotContain(a.contact().toLowerCase(Locale.ROOT))
                    .doesNotContain(HtmlRenderer.escape(a.contact()).toLowerCase(Locale.ROOT));
            // phone numbers in any spacing: compare digits with the separators between them removed
            String digits = html.replaceAll("(?<=\\d)[ .\\-()]+(?=\\d)", "");
            for (String token : a.contact().split("[,;]")) {
                String d = token.replaceAll("\\D", "");
                if (d.length() >= 8) {
                    String national = d.startsWith("84") ? d.substring(2) : d.startsWith("0") ? d.substring(1) : d;
                    assertThat(digits).as("phone %s", token).doesNotContain(national);
                }
                if (token.contains("@")) {
                    assertThat(plain).as("e-mail").doesNotContain(token.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        if (a.organisation() != null) {
            assertThat(plain).as("organisation").doesNotContain(a.organisation().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void should_never_print_a_non_consenting_askers_name_phone_or_email_on_the_public_page() {
        // GIVEN askers without consent, one of whom quotes her own name and phone in her question
        String html = PublicAnswersPage.of(PLAN, QUESTIONS).html();
        // THEN none of their identifying fields appears, raw or escaped
        for (Asker a : SeedQuestions.NON_CONSENTING) {
            assertNoTraceOf(a, html);
        }
        // and the question still reads, with the identity struck and the askers counted
        assertThat(html).contains("Tôi là [đã ẩn], điện thoại [đã ẩn], đề nghị tăng cường phòng chống bạo lực")
                .contains("2 người gửi không công khai danh tính");
        // a consenting asker is named with her district, never with her contact
        assertThat(html).contains("Đinh Thị Bia (thành phố Kon Tum)").doesNotContain("0988").doesNotContain("000 111");
        // drafts, routing and rejected submissions are not public
        assertThat(html).doesNotContain("Sở sẽ phối hợp rà soát đối tượng.").doesNotContain("Tranh chấp đất đai")
                .doesNotContain("Đề nghị mở lớp dạy nghề");
        assertThat(html).contains("Công an tỉnh Kon Tum sẽ trả lời bằng văn bản chậm nhất ngày 06 tháng 12 năm 2024.");
    }

    @Test
    void should_keep_the_askers_identity_in_the_internal_exports() throws IOException {
        byte[] xlsx = Outputs.bytes(out -> CompiledSubmissionsDocument.of(PLAN, QUESTIONS).render(SheetFormat.XLSX, out));
        StringBuilder all = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            wb.getSheet("Người gửi").forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
        }
        for (Asker a : SeedQuestions.NON_CONSENTING) {
            assertThat(all.toString()).contains(a.name()).contains(a.contact());
        }
        String notice = Outputs.pdfText(Outputs.render(DeferralNotices.of(PLAN, QUESTIONS).merged(), Format.PDF));
        assertThat(notice).contains(SeedQuestions.RO_CHAM.name());
    }

    @Test
    void should_escape_markup_in_questions_and_answers() {
        Question q = answered("x-1", "<script>alert('x')</script> & \"bạo lực\"", consenting("Lê Thị Hạnh"),
                "Trả lời <b>ngay</b>");
        String html = PublicAnswersPage.of(PLAN, List.of(q)).html();
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;bạo lực&quot;")
                .contains("Trả lời &lt;b&gt;ngay&lt;/b&gt;").doesNotContain("<script>").doesNotContain("<b>ngay");
    }

    @Property(tries = 150)
    void non_consenting_askers_never_reach_the_page_wherever_their_data_is_quoted(
            @ForAll("askers") List<Asker> askers, @ForAll("formats") int format) {
        // GIVEN askers, some without consent, whose names and phones are quoted in questions and answers
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < askers.size(); i++) {
            Asker a = askers.get(i);
            String phone = phone(a, format);
            questions.add(answered("p-" + i, "Tôi là " + a.name() + " (" + phone + ") xin hỏi về việc làm.",
                    a, "Đã liên hệ " + a.name().toUpperCase(Locale.ROOT) + " qua số " + phone + "."));
        }
        // WHEN the public page is made
        String html = PublicAnswersPage.of(PLAN, questions).html();
        // THEN no trace of the non-consenting ones, and every consenting one named
        for (Asker a : askers) {
            if (a.consentToPublish()) {
                assertThat(html).contains(HtmlRenderer.escape(a.name()));
            } else {
                assertNoTraceOf(a, html);
            }
        }
    }

    @Provide
    Arbitrary<List<Asker>> askers() {
        Arbitrary<String> family = Arbitraries.of("Nguyễn", "Trần", "Lê", "Rơ Châm", "Ksor", "Y", "Đinh", "H'");
        Arbitrary<String> middle = Arbitraries.of("Thị", "Thị Thu", "Ngọc", "", "Kim");
        Arbitrary<String> given = Arbitraries.of("Hoa", "Lan", "H'Hen", "Mửi", "Ánh", "Ước", "Đào", "Nhung");
        Arbitrary<String> phone = Arbitraries.strings().numeric().ofLength(8).map(d -> "09" + d);
        Arbitrary<Asker> asker = Combinators.combine(family, middle, given, phone, Arbitraries.of(true, false))
                .as((f, m, g, p, consent) -> new Asker((f + " " + m + " " + g).replaceAll("\\s+", " ").trim(), null,
                        "dak-ha", p, consent));
        return asker.list().ofMinSize(1).ofMaxSize(5).uniqueElements(Asker::name);
    }

    @Provide
    Arbitrary<Integer> formats() {
        return Arbitraries.integers().between(0, 3);
    }

    /** The asker's phone as a question might write it. */
    private static String phone(Asker a, int format) {
        String d = a.contact();
        switch (format) {
            case 0:
                return d;
            case 1:
                return d.substring(0, 4) + " " + d.substring(4, 7) + " " + d.substring(7);
            case 2:
                return d.substring(0, 4) + "." + d.substring(4, 7) + "." + d.substring(7);
            default:
                return "+84 " + d.substring(1, 4) + " " + d.substring(4);
        }
    }

    private static Asker consenting(String name) {
        return new Asker(name, null, "kon-plong", "0911 222 333", true);
    }

    private static Question answered(String id, String text, Asker asker, String answer) {
        Submission s = new Submission(id, SubmissionKind.QUESTION, text, List.of("chinh-sach"), asker, Channel.hotline(),
                SeedQuestions.T0, null, List.of());
        QuestionId qid = QuestionId.of(id);
        return new AnsweredLiveQuestion(qid, new Dossier(List.of(new Original(qid, s)), List.of("chinh-sach"), text),
                new LiveAnswer(SeedQuestions.SESSION, "so-ldtbxh", null, answer, Instant.parse("2024-11-22T02:00:00Z")));
    }
}
