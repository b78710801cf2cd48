package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Recipient;
import vn.dialogue.plan.Signature;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Original;
import vn.dialogue.question.Outcomes;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionStatus;
import vn.dialogue.question.ResolvedQuestion;
import vn.dialogue.question.WrittenAnswer;

/**
 * The written answers reaching their askers (công văn trả lời người gửi ý kiến): for every question answered in
 * writing after the session, one letter of the lead agency to each of its askers. Each is a công văn of the
 * agency: its header (the agency under its parent body), the number line with the agency's symbol from the answer's
 * reference where it has one, "V/v trả lời ý kiến, kiến nghị", "Kính gửi:" the asker, what they sent and when, the
 * answer, the closing "./.", Nơi nhận (the asker, the plan's issuer to know, the archive) and the signature of the
 * official who signed the answer under the agency's head. All of them merge into one file, one per page. A letter
 * names its asker: it is addressed to them and never published. Immutable and thread-safe.
 */
public final class AnswerLetters {

    private final Plan plan;
    private final List<Question> questions;
    private final Wording wording;
    private final @Nullable Instant timestamp;

    private AnswerLetters(Plan plan, List<Question> questions, Wording wording, @Nullable Instant timestamp) {
        this.plan = plan;
        this.questions = questions;
        this.wording = wording;
        this.timestamp = timestamp;
    }

    /**
     * The letters for the questions answered in writing among {@code questions}.
     *
     * @param plan the plan
     * @param questions the questions, as {@code QuestionRegistry.questions()} gives them
     * @return the letters for the questions answered in writing among {@code questions}
     */
    public static AnswerLetters of(Plan plan, Collection<? extends Question> questions) {
        return new AnswerLetters(Objects.requireNonNull(plan, "plan"),
                List.copyOf(Objects.requireNonNull(questions, "questions")), Wording.vietnamese(), null);
    }

    /**
     * The same letters with other fixed words.
     *
     * @param newWording the fixed words to print
     * @return the same letters with other fixed words
     */
    public AnswerLetters withWording(Wording newWording) {
        return new AnswerLetters(plan, questions, Objects.requireNonNull(newWording, "wording"), timestamp);
    }

    /**
     * The same letters stamped with {@code instant}.
     *
     * @param instant the moment written into the documents' metadata
     * @return the same letters stamped with {@code instant}
     */
    public AnswerLetters withTimestamp(Instant instant) {
        return new AnswerLetters(plan, questions, wording, Objects.requireNonNull(instant, "instant"));
    }

    /**
     * The submissions whose askers get a letter, question by question in the compiled list's order.
     *
     * @return the submissions whose askers get a letter
     */
    public List<Original> recipients() {
        List<Original> out = new ArrayList<>();
        for (CompiledQuestions.Entry e : CompiledQuestions.of(plan, questions).entries()) {
            if (e.question().status() != QuestionStatus.WITHDRAWN && Outcomes.resolution(e.question()).isPresent()) {
                out.addAll(e.question().dossier().originals());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The letter to the asker of {@code original}.
     *
     * @param original the submission whose asker the letter goes to
     * @return the letter
     * @throws IllegalArgumentException if {@code original} is not a submission of a question answered in writing
     */
    public LayoutDocument layout(Original original) {
        Objects.requireNonNull(original, "original");
        for (Question q : questions) {
            if (q.status() != QuestionStatus.WITHDRAWN && q.dossier().originals().contains(original)) {
                var resolved = Outcomes.resolution(q);
                if (resolved.isPresent()) {
                    return new LayoutDocument(info(), PageSetup.a4Portrait(), blocks(resolved.get(), original));
                }
            }
        }
        throw new IllegalArgumentException("submission " + original.question() + " is not one of a question answered "
                + "in writing");
    }

    /**
     * Every letter in one file, one per page.
     *
     * @return every letter in one file
     * @throws IllegalArgumentException if no question is answered in writing
     */
    public LayoutDocument merged() {
        List<LayoutDocument> all = new ArrayList<>();
        for (Original o : recipients()) {
            all.add(layout(o));
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no question is answered in writing: there is no letter to write");
        }
        return LayoutDocument.merge(info(), all);
    }

    /**
     * Renders every letter, merged, as {@code format} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param format the format to render to
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(Format format, OutputStream out) throws IOException {
        Documents.render(merged(), format, out);
    }

    private List<Block> blocks(ResolvedQuestion q, Original original) {
        WrittenAnswer answer = q.answer();
        Organisation agency = plan.registry().organisation(answer.agency()).orElse(null);
        String agencyName = agency != null ? agency.name() : wording.text("question.unknown-agency");
        String issuer = agency != null ? agency.id() : plan.identity().issuer();
        String parent = agency != null ? agency.parent() : plan.identity().parentBody();
        java.time.LocalDate day = PlanFacts.dayOf(answer.at());
        String meeting = PlanFacts.meeting(plan, wording);
        DocumentIdentity id = new DocumentIdentity(issuer, parent, DocumentType.CONG_VAN, null, symbol(answer),
                plan.identity().place(), IssueDate.of(day), wording.format("document.answer.subject",
                Map.of("meeting", meeting)));
        List<Block> blocks = new ArrayList<>();
        blocks.add(AdministrativeParts.header(id, plan.registry(), wording, day.getYear()));
        blocks.add(new DocumentTitle("", PlanDocument.subjectLines(wording.format("document.answer.subject",
                Map.of("meeting", meeting)))));
        Asker asker = original.asker();
        String addressee = asker.organisation() == null ? asker.name() : asker.name() + " - " + asker.organisation();
        blocks.add(Paragraph.centered(Run.plain(wording.format("document.deferral.to", Map.of("asker", addressee)))));
        blocks.add(Paragraph.of(wording.format("document.answer.received", Map.of("agency", agencyName,
                "issuer", PlanFacts.issuerName(plan), "meeting", meeting,
                "date", wording.inlineDate(PlanFacts.dayOf(original.submission().receivedAt())),
                "kind", wording.text("submission-kind." + original.submission().kind().name()
                        .toLowerCase(Locale.ROOT))))));
        blocks.add(Paragraph.of(Run.italic("“" + original.submission().text().strip() + "”")));
        blocks.add(Paragraph.of(wording.format("document.answer.body", Map.of("agency", agencyName))));
        blocks.add(Paragraph.of(answer.summary().strip()));
        blocks.add(Paragraph.of(wording.format("document.answer.closing", Map.of("agency", agencyName))));
        List<Recipient> recipients = List.of(Recipient.of(wording.text("document.invitation.as-above")),
                new Recipient(PlanFacts.issuerName(plan), wording.text("document.answer.issuer-mark"),
                        plan.identity().issuer(), List.of()));
        blocks.add(AdministrativeParts.footer(recipients, List.of(wording.text("document.answer.archive")),
                signature(answer, agency), wording));
        return blocks;
    }

    /** The agency's part of the answer's reference ("Công văn số 101/SLĐTBXH-BĐG" gives "SLĐTBXH-BĐG"), if any. */
    private String symbol(WrittenAnswer answer) {
        String ref = answer.document();
        int slash = ref.indexOf('/');
        String tail = slash < 0 ? "" : ref.substring(slash + 1).strip();
        return tail.isEmpty() || tail.contains(" ") ? wording.text("document.answer.symbol") : tail;
    }

    /** The official who signed the answer, under the agency's head ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" is the host's). */
    private Signature signature(WrittenAnswer answer, @Nullable Organisation agency) {
        String kind = agency == null || agency.kind() == null ? "" : agency.kind().toLowerCase(Locale.ROOT);
        // the head's title by the kind of body: a department or a bank has a director, a board its head
        String head = kind.equals("sở") || kind.equals("ngân hàng") || kind.equals("công an")
                || kind.equals("cơ quan trung ương") ? wording.text("document.answer.head-director")
                : kind.equals("ban") ? wording.text("document.answer.head-board")
                : wording.text("document.answer.head");
        String signer = answer.official() != null ? answer.official()
                : agency != null ? wording.format("document.answer.head-of", Map.of("agency",
                        agency.displayShortName())) : head;
        return new Signature(null, null, head.toUpperCase(Locale.forLanguageTag("vi")), signer);
    }

    private DocumentInfo info() {
        String title = wording.format("document.answer.subject", Map.of("meeting", PlanFacts.meeting(plan, wording)));
        return PlanFacts.info(plan, wording, title, timestamp, PlanFacts.draftMonth(plan));
    }
}
