package vn.dialogue.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.Heading;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.Numbering;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.AnsweredLiveQuestion;
import vn.dialogue.question.Asker;
import vn.dialogue.question.DeferredQuestion;
import vn.dialogue.question.LocallyHandledQuestion;
import vn.dialogue.question.Original;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionStatus;
import vn.dialogue.question.ResolvedQuestion;

/**
 * The public web page of the questions and answers (for the province's portal): every compiled question that has
 * an outcome (answered live, deferred with the promised day, answered in writing, settled locally, or closed after
 * one of these), grouped by topic, each with its number in the compiled list, its wording, who sent it, the
 * answering agency and the answer. Drafts and internal routing never appear.
 *
 * <p><b>Personal data</b> (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, Điều 16): an asker who consented to publication
 * appears by name and administrative unit; every other asker only as a count ("2 người gửi không công khai danh
 * tính"), without name, organisation, unit or contact. Contacts are never published. In all published free text (the
 * wording, the answers, the speakers), the name, organisation, contact, phone numbers and e-mail addresses of
 * non-consenting askers are struck out and replaced by a mark, so a question that quotes its asker does not leak them (see
 * {@code Redaction}). The internal exports ({@link CompiledSubmissionsDocument}'s workbook, the notices to askers)
 * keep the identities. HTML output escapes all text. Immutable and thread-safe.
 */
public final class PublicAnswersPage {

    private static final Set<QuestionStatus> PUBLISHED = EnumSet.of(QuestionStatus.ANSWERED_LIVE,
            QuestionStatus.DEFERRED, QuestionStatus.RESOLVED_IN_WRITING, QuestionStatus.HANDLED_LOCALLY,
            QuestionStatus.CLOSED);

    private final Plan plan;
    private final List<Question> questions;
    private final Wording wording;
    private final @Nullable Instant timestamp;

    private PublicAnswersPage(Plan plan, List<Question> questions, Wording wording, @Nullable Instant timestamp) {
        this.plan = plan;
        this.questions = questions;
        this.wording = wording;
        this.timestamp = timestamp;
    }

    /**
     * The page of the compiled questions with an outcome among {@code questions}.
     *
     * @param plan the plan
     * @param questions the questions, as {@code QuestionRegistry.questions()} gives them
     * @return the page of the compiled questions with an outcome among {@code questions}
     */
    public static PublicAnswersPage of(Plan plan, Collection<? extends Question> questions) {
        return new PublicAnswersPage(Objects.requireNonNull(plan, "plan"),
                List.copyOf(Objects.requireNonNull(questions, "questions")), Wording.vietnamese(), null);
    }

    /**
     * The same page with other fixed words.
     *
     * @param newWording the fixed words to print, e.g. {@code Wording.vietnamese()} overridden by a province's file
     * @return the same page with other fixed words
     */
    public PublicAnswersPage withWording(Wording newWording) {
        return new PublicAnswersPage(plan, questions, Objects.requireNonNull(newWording, "wording"), timestamp);
    }

    /**
     * The same page stamped with {@code instant}.
     *
     * @param instant the moment written into the document's metadata, so that the same input gives the same bytes
     * @return the same page stamped with {@code instant}
     */
    public PublicAnswersPage withTimestamp(Instant instant) {
        return new PublicAnswersPage(plan, questions, wording, Objects.requireNonNull(instant, "instant"));
    }

    /**
     * Renders the page as {@code format} (HTML for the portal) to {@code out}; {@code out} is flushed, not closed.
     *
     * @param format the format to render to
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(Format format, OutputStream out) throws IOException {
        Documents.render(layout(), format, out);
    }

    /**
     * The page as standalone HTML.
     *
     * @return the page as standalone HTML
     */
    public String html() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(Format.HTML, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The composed page.
     *
     * @return the composed page
     */
    public LayoutDocument layout() {
        CompiledQuestions compiled = CompiledQuestions.of(plan, questions);
        Redaction redaction = Redaction.of(plan, questions, wording);
        String meeting = PlanFacts.meeting(plan, wording);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new DocumentTitle(wording.text("document.public.type"), PlanDocument.subjectLines(meeting)));
        String time = PlanFacts.sessionTime(plan, wording);
        blocks.add(Paragraph.centered(Run.italic(time.isEmpty() ? PlanFacts.issuerName(plan)
                : PlanFacts.issuerName(plan) + ", " + time)));
        blocks.add(Paragraph.of(Run.italic(wording.text("document.public.privacy"))));
        String topic = null;
        int section = 0;
        int published = 0;
        for (CompiledQuestions.Entry e : compiled.entries()) {
            if (!PUBLISHED.contains(e.question().status())) {
                continue;
            }
            published++;
            if (!e.topic().equals(topic)) {
                topic = e.topic();
                blocks.add(Heading.of(1, Numbering.roman(++section) + ".", compiled.topicTitle(topic, wording)));
            }
            Question q = e.question();
            blocks.add(Heading.of(2, "", wording.format("document.public.number", Map.of("number",
                    Integer.toString(e.number())))).continuedBy(Run.plain(" " + redaction.apply(q.dossier().wording()))));
            blocks.add(labelled("document.public.askers", askers(q)));
            blocks.add(labelled("document.public.agency", compiled.agencyName(e.agency(), wording)));
            blocks.add(labelled("document.public.answer", redaction.apply(answer(q))));
        }
        if (published == 0) {
            blocks.add(Paragraph.of(wording.text("document.public.none")));
        }
        return new LayoutDocument(PlanFacts.info(plan, wording, wording.text("document.public.type") + " " + meeting,
                timestamp, PlanFacts.draftMonth(plan)), PageSetup.a4Portrait(), blocks);
    }

    private Paragraph labelled(String key, String text) {
        return Paragraph.of(Run.bold(wording.text(key)), Run.plain(" " + text));
    }

    /** Consenting askers by name and unit, the others as a count only. */
    private String askers(Question q) {
        List<String> named = new ArrayList<>();
        int hidden = 0;
        for (Original o : q.dossier().originals()) {
            Asker a = o.asker();
            if (a.consentToPublish()) {
                named.add(a.unit() == null ? a.name() : a.name() + " (" + plan.registry().unitName(a.unit()) + ")");
            } else {
                hidden++;
            }
        }
        if (hidden > 0) {
            named.add(wording.format("document.public.hidden-askers", Map.of("count", Integer.toString(hidden))));
        }
        return String.join("; ", named);
    }

    private String answer(Question question) {
        Question q = CompiledQuestions.settledOrSelf(question);
        if (q instanceof AnsweredLiveQuestion live) {
            String by = live.answer().official() == null ? "" : live.answer().official() + ": ";
            return by + live.answer().summary();
        }
        if (q instanceof ResolvedQuestion resolved) {
            return wording.format("document.public.written", Map.of("document", resolved.answer().document(),
                    "summary", resolved.answer().summary()));
        }
        if (q instanceof DeferredQuestion deferred) {
            return wording.format("document.public.deferred", Map.of("agency",
                    plan.registry().organisationName(deferred.deferral().agency()),
                    "date", wording.inlineDate(deferred.deferral().promisedBy())));
        }
        if (q instanceof LocallyHandledQuestion local) {
            return local.settlement().report();
        }
        return CompiledQuestions.status(question, wording);
    }
}
