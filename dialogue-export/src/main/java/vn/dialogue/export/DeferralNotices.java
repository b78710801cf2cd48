package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Recipient;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Deferral;
import vn.dialogue.question.DeferredQuestion;
import vn.dialogue.question.Original;
import vn.dialogue.question.Outcomes;
import vn.dialogue.question.Question;

/**
 * Notices to the askers of deferred questions (thông báo cho người gửi ý kiến): one per asker of every question
 * deferred at the session (still open, or answered in writing since: the office keeps every notice it sent), telling them which agency will answer in writing and
 * by which day ("chậm nhất ngày ...", the day included). Each is a THÔNG BÁO of the plan's issuer: header with
 * "TB-" and the issuer's part of the plan's symbol, "Kính gửi:" the asker (with their organisation when known),
 * what they sent and when, the agency and the day, the closing "./.", Nơi nhận (the asker, the agency, the archive
 * line) and the plan's signature. All of them merge into one file, one per page. A notice names its asker: it is
 * addressed to them and never published. Immutable and thread-safe.
 */
public final class DeferralNotices {

    private final Plan plan;
    private final List<Question> questions;
    private final Wording wording;
    private final @Nullable Instant timestamp;
    private final boolean pendingOnly;

    private DeferralNotices(Plan plan, List<Question> questions, Wording wording, @Nullable Instant timestamp,
                            boolean pendingOnly) {
        this.plan = plan;
        this.questions = questions;
        this.wording = wording;
        this.timestamp = timestamp;
        this.pendingOnly = pendingOnly;
    }

    /**
     * Notices to every asker of the deferred questions among {@code questions}.
     *
     * @param plan the plan
     * @param questions the questions, as {@code QuestionRegistry.questions()} gives them
     * @return notices to every asker of the deferred questions among {@code questions}
     */
    public static DeferralNotices of(Plan plan, Collection<? extends Question> questions) {
        return new DeferralNotices(Objects.requireNonNull(plan, "plan"),
                List.copyOf(Objects.requireNonNull(questions, "questions")), Wording.vietnamese(), null, false);
    }

    /**
     * The same notices with other fixed words.
     *
     * @param newWording the fixed words to print, e.g. {@code Wording.vietnamese()} overridden by a province's file
     * @return the same notices with other fixed words
     */
    public DeferralNotices withWording(Wording newWording) {
        return new DeferralNotices(plan, questions, Objects.requireNonNull(newWording, "wording"), timestamp,
                pendingOnly);
    }

    /**
     * The same notices stamped with {@code instant}.
     *
     * @param instant the moment written into the document's metadata, so that the same input gives the same bytes
     * @return the same notices stamped with {@code instant}
     */
    public DeferralNotices withTimestamp(Instant instant) {
        return new DeferralNotices(plan, questions, wording, Objects.requireNonNull(instant, "instant"), pendingOnly);
    }

    /**
     * Only the notices not yet recorded as sent ({@link DeferredQuestion#noticesPending()}).
     *
     * @return the same notices, only those not yet recorded as sent
     */
    public DeferralNotices pendingOnly() {
        return new DeferralNotices(plan, questions, wording, timestamp, true);
    }

    /**
     * The submissions whose askers get a notice, question by question in the compiled list's order.
     *
     * @return the submissions whose askers get a notice, question by question in the compiled list's order
     */
    public List<Original> recipients() {
        List<Original> out = new ArrayList<>();
        for (CompiledQuestions.Entry e : CompiledQuestions.of(plan, questions).entries()) {
            if (e.question() instanceof DeferredQuestion d) {
                out.addAll(pendingOnly ? d.noticesPending() : d.dossier().originals());
            } else if (!pendingOnly && deferral(e.question()).isPresent()) {
                // answered in writing since: its askers were told too, and the office keeps each notice
                out.addAll(e.question().dossier().originals());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The notice to the asker of {@code original}.
     *
     * @param original the submission whose asker the notice goes to
     * @return the notice to the asker of {@code original}
     * @throws IllegalArgumentException if {@code original} is not a submission of a deferred question
     */
    public LayoutDocument layout(Original original) {
        Objects.requireNonNull(original, "original");
        for (Question q : questions) {
            Optional<Deferral> d = deferral(q);
            if (d.isPresent() && q.dossier().originals().contains(original)) {
                return new LayoutDocument(info(), PageSetup.a4Portrait(), blocks(d.get(), original));
            }
        }
        throw new IllegalArgumentException("submission " + original.question() + " is not one of a deferred question");
    }

    /**
     * Every notice in one file, one per page.
     *
     * @return every notice in one file, one per page
     * @throws IllegalArgumentException if no question is deferred (or every asker was told, with {@link #pendingOnly})
     */
    public LayoutDocument merged() {
        List<LayoutDocument> all = new ArrayList<>();
        for (Original o : recipients()) {
            all.add(layout(o));
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no asker to notify: no question is deferred, or every asker was told");
        }
        return LayoutDocument.merge(info(), all);
    }

    /**
     * Renders every notice, merged, as {@code format} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param format the format to render to
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(Format format, OutputStream out) throws IOException {
        Documents.render(merged(), format, out);
    }

    /** The deferral of a question deferred at the session, still open or answered since; never of a withdrawn one. */
    private static Optional<Deferral> deferral(Question q) {
        return q.status() == vn.dialogue.question.QuestionStatus.WITHDRAWN ? Optional.empty() : Outcomes.deferral(q);
    }

    private List<Block> blocks(Deferral d, Original original) {
        DocumentIdentity p = plan.identity();
        IssueDate month = new IssueDate(PlanFacts.dayOf(d.at()).getYear(), PlanFacts.dayOf(d.at()).getMonthValue(),
                null);
        String meeting = PlanFacts.meeting(plan, wording);
        DocumentIdentity id = new DocumentIdentity(p.issuer(), p.parentBody(), DocumentType.THONG_BAO, null,
                PlanFacts.symbol(plan, wording.text("document.notice.symbol")), p.place(), month, meeting);
        List<Block> blocks = new ArrayList<>();
        blocks.add(AdministrativeParts.header(id, plan.registry(), wording, month.year()));
        blocks.add(new DocumentTitle(wording.text("document.notice.type"), PlanDocument.subjectLines(
                wording.format("document.deferral.subject", Map.of("meeting", meeting)))));
        Asker asker = original.asker();
        String addressee = asker.organisation() == null ? asker.name() : asker.name() + " - " + asker.organisation();
        blocks.add(Paragraph.centered(Run.plain(wording.format("document.deferral.to", Map.of("asker", addressee)))));
        String agency = plan.registry().organisation(d.agency()).map(vn.dialogue.organisation.Organisation::name)
                .orElse(wording.text("question.unknown-agency"));
        String issuer = PlanFacts.issuerName(plan);
        String session = plan.session(d.session()).map(s -> s.date()).filter(Objects::nonNull)
                .map(wording::inlineDate).orElse(wording.inlineDate(PlanFacts.dayOf(d.at())));
        blocks.add(Paragraph.of(wording.format("document.deferral.received", Map.of(
                "issuer", issuer, "date", wording.inlineDate(PlanFacts.dayOf(original.submission().receivedAt())),
                "kind", wording.text("submission-kind." + original.submission().kind().name()
                        .toLowerCase(java.util.Locale.ROOT))))));
        blocks.add(Paragraph.of(Run.italic("“" + original.submission().text().strip() + "”")));
        blocks.add(Paragraph.of(wording.format("document.deferral.body", Map.of("meeting", meeting,
                "session", session, "agency", agency, "date", wording.inlineDate(d.promisedBy())))));
        blocks.add(Paragraph.of(wording.format("document.deferral.closing", Map.of("issuer", issuer))));
        List<Recipient> recipients = List.of(Recipient.of(wording.text("document.invitation.as-above")),
                new Recipient(agency, wording.text("document.deferral.agency-mark"), d.agency(), List.of()));
        blocks.add(AdministrativeParts.footer(recipients, plan.archive(), plan.signature(), wording));
        return blocks;
    }

    private DocumentInfo info() {
        String title = wording.text("document.notice.type") + " " + wording.format("document.deferral.subject",
                Map.of("meeting", PlanFacts.meeting(plan, wording)));
        return PlanFacts.info(plan, wording, title, timestamp, PlanFacts.draftMonth(plan));
    }
}
