package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.BulletList;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.Heading;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.ListItem;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Recipient;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.Signature;
import vn.dialogue.conclusion.ChairConclusions;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.question.Deferral;
import vn.dialogue.question.Outcomes;
import vn.dialogue.question.Question;
import vn.dialogue.question.SessionRecord;

/**
 * The notice of the chair's conclusions (Thông báo kết luận, TB) after a session: the header of the issuing body
 * (by default the plan's issuer with "TB-" and the issuer's part of the plan's symbol; usually the People's
 * Committee Office, "Số: .../TB-VP", see {@link #issuedBy}), THÔNG BÁO with the subject "Kết luận của ... tại ...",
 * the context (when and where the chair presided, how many questions were answered live and how many deferred, from
 * the {@link SessionRecord}), I. the general assessment, II. the tasks: the chair's general directions, then one
 * numbered part per agency listing the tasks the conclusions gave it, each with its deadline as worded and its last
 * day, and the written answers it owes for the questions deferred to it at the session; then the closing sentence
 * ("Trên đây là kết luận ...; ... thông báo ... thực hiện./."), Nơi nhận (the agencies, the archive line) and the
 * signature ({@link #signedBy}; blank until given). A draft leaves the number and the day blank. The notice is
 * published ({@link Audience#PUBLIC}): deferred questions appear by number only, and the assessment, directions and
 * tasks are struck of the identity of the questions' non-consenting askers (see {@code Redaction}). Immutable and
 * thread-safe.
 */
public final class ConclusionNoticeDocument {

    private final Plan plan;
    private final ChairConclusions conclusions;
    private final List<ConclusionTask> tasks;
    private final List<Question> questions;
    private final Wording wording;
    private final @Nullable Instant timestamp;
    private final String issuer;
    private final @Nullable String symbolSuffix;
    private final @Nullable Signature signature;
    private final @Nullable Integer number;
    private final @Nullable LocalDate issueDate;

    private ConclusionNoticeDocument(Plan plan, ChairConclusions conclusions, List<ConclusionTask> tasks,
                                     List<Question> questions, Wording wording, @Nullable Instant timestamp,
                                     String issuer, @Nullable String symbolSuffix, @Nullable Signature signature,
                                     @Nullable Integer number, @Nullable LocalDate issueDate) {
        this.plan = plan;
        this.conclusions = conclusions;
        this.tasks = tasks;
        this.questions = questions;
        this.wording = wording;
        this.timestamp = timestamp;
        this.issuer = issuer;
        this.symbolSuffix = symbolSuffix;
        this.signature = signature;
        this.number = number;
        this.issueDate = issueDate;
    }

    /**
     * The notice of {@code conclusions}, with the {@code tasks} given at their session (tasks of other sessions are
     * left out) and the questions answered or deferred there (from {@code questions}, in any state).
     *
     * @param plan the plan
     * @param questions the questions, as {@code QuestionRegistry.questions()} gives them
     * @param conclusions the chair's conclusions of one session
     * @param tasks the conclusion tasks, of any session: those of other sessions are left out
     * @return the notice of {@code conclusions}, with the {@code tasks} given at their session (tasks of other sessions
     *         are left out) and the questions answered or deferred there (from {@code questions}, in any state)
     */
    public static ConclusionNoticeDocument of(Plan plan, ChairConclusions conclusions, List<ConclusionTask> tasks,
                                              Collection<? extends Question> questions) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(conclusions, "conclusions");
        List<ConclusionTask> mine = Objects.requireNonNull(tasks, "tasks").stream()
                .filter(t -> t.session().equals(conclusions.session())).toList();
        return new ConclusionNoticeDocument(plan, conclusions, mine, List.copyOf(Objects.requireNonNull(questions,
                "questions")), Wording.vietnamese(), null, plan.identity().issuer(), null, null, null, null);
    }

    /**
     * The same notice with other fixed words.
     *
     * @param newWording the fixed words to print, e.g. {@code Wording.vietnamese()} overridden by a province's file
     * @return the same notice with other fixed words
     */
    public ConclusionNoticeDocument withWording(Wording newWording) {
        return new ConclusionNoticeDocument(plan, conclusions, tasks, questions,
                Objects.requireNonNull(newWording, "wording"), timestamp, issuer, symbolSuffix, signature, number,
                issueDate);
    }

    /**
     * The same notice stamped with {@code instant}.
     *
     * @param instant the moment written into the document's metadata, so that the same input gives the same bytes
     * @return the same notice stamped with {@code instant}
     */
    public ConclusionNoticeDocument withTimestamp(Instant instant) {
        return new ConclusionNoticeDocument(plan, conclusions, tasks, questions, wording,
                Objects.requireNonNull(instant, "instant"), issuer, symbolSuffix, signature, number, issueDate);
    }

    /**
     * The same notice issued by the registry's organisation {@code organisation} under the symbol "TB-" and
     * {@code symbolSuffix} ("VP" gives "Số: .../TB-VP"). The body above it in the registry prints as the header's
     * first line.
     *
     * @param organisation the id of the issuing organisation in the plan's registry, e.g. {@code vp-ubnd}
     * @param symbolSuffix what follows "TB-" in the symbol, e.g. {@code VP}
     * @return the same notice issued by the registry's organisation {@code organisation} under the symbol "TB-" and
     *         {@code symbolSuffix} ("VP" gives "Số: .../TB-VP")
     * @throws IllegalArgumentException if the registry has no such organisation, or the suffix is blank or holds a
     *                                  slash
     */
    public ConclusionNoticeDocument issuedBy(String organisation, String symbolSuffix) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(symbolSuffix, "symbolSuffix");
        if (plan.registry().organisation(organisation).isEmpty()) {
            throw new IllegalArgumentException("the plan's registry has no organisation '" + organisation + "'");
        }
        String suffix = symbolSuffix.strip();
        if (suffix.isEmpty() || suffix.contains("/")) {
            throw new IllegalArgumentException("the symbol suffix names the issuer after \"TB-\", e.g. VP; got '"
                    + symbolSuffix + "'");
        }
        return new ConclusionNoticeDocument(plan, conclusions, tasks, questions, wording, timestamp, organisation,
                suffix, signature, number, issueDate);
    }

    /**
     * The same notice with {@code newSignature}'s signature block.
     *
     * @param newSignature the signature block to print
     * @return the same notice with {@code newSignature}'s signature block
     */
    public ConclusionNoticeDocument signedBy(Signature newSignature) {
        return new ConclusionNoticeDocument(plan, conclusions, tasks, questions, wording, timestamp, issuer,
                symbolSuffix, Objects.requireNonNull(newSignature, "signature"), number, issueDate);
    }

    /**
     * The same notice as issued under {@code registeredNumber} on {@code date}.
     *
     * @param registeredNumber the number the office registered the notice under, at least 1
     * @param date the day of issue
     * @return the same notice as issued under {@code registeredNumber} on {@code date}
     * @throws IllegalArgumentException if {@code registeredNumber} is less than 1
     */
    public ConclusionNoticeDocument issued(int registeredNumber, LocalDate date) {
        if (registeredNumber < 1) {
            throw new IllegalArgumentException("document numbers start at 1, got " + registeredNumber);
        }
        return new ConclusionNoticeDocument(plan, conclusions, tasks, questions, wording, timestamp, issuer,
                symbolSuffix, signature, registeredNumber, Objects.requireNonNull(date, "date"));
    }

    /**
     * Renders the notice as {@code format} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param format the format to render to
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(Format format, OutputStream out) throws IOException {
        Documents.render(layout(), format, out);
    }

    /**
     * The composed notice.
     *
     * @return the composed notice
     */
    public LayoutDocument layout() {
        String meeting = PlanFacts.meeting(plan, wording);
        String chair = PlanFacts.chair(plan, wording).orElse(wording.text("document.conclusion.the-chair"));
        IssueDate date = issueDate != null ? IssueDate.of(issueDate) : new IssueDate(
                PlanFacts.dayOf(conclusions.at()).getYear(), PlanFacts.dayOf(conclusions.at()).getMonthValue(), null);
        Optional<Organisation> org = plan.registry().organisation(issuer);
        String parent = issuer.equals(plan.identity().issuer()) ? plan.identity().parentBody()
                : org.map(Organisation::parent).orElse(null);
        String symbol = symbolSuffix != null ? wording.text("document.notice.symbol") + "-" + symbolSuffix
                : PlanFacts.symbol(plan, wording.text("document.notice.symbol"));
        String subject = wording.format("document.conclusion.subject", Map.of("chair", chair, "meeting", meeting));
        DocumentIdentity id = new DocumentIdentity(issuer, parent, DocumentType.THONG_BAO, number, symbol,
                plan.identity().place(), date, subject);
        List<Block> blocks = new ArrayList<>();
        blocks.add(AdministrativeParts.header(id, plan.registry(), wording, date.year()));
        blocks.add(new DocumentTitle(wording.text("document.notice.type"), PlanDocument.subjectLines(subject)));

        SessionRecord record = SessionRecord.of(conclusions.session(), questions);
        LocalDate day = plan.session(conclusions.session()).map(Session::date)
                .orElse(PlanFacts.dayOf(conclusions.at()));
        blocks.add(Paragraph.of(wording.format("document.conclusion.intro", Map.of(
                "date", wording.inlineDate(day), "venue", plan.session(conclusions.session())
                        .flatMap(s -> PlanFacts.venueOf(plan, s)).or(() -> PlanFacts.mainVenue(plan)).orElse(""),
                "chair", chair,
                "meeting", meeting, "live", AdministrativeParts.pad2((int) record.answeredLive()),
                "deferred", AdministrativeParts.pad2((int) record.deferred())))));

        Redaction redaction = Redaction.of(plan, questions, wording);
        blocks.add(Heading.of(1, "I.", wording.text("document.conclusion.assessment")));
        for (String para : conclusions.assessment().split("\\R+")) {
            if (!para.isBlank()) {
                blocks.add(Paragraph.of(redaction.apply(para.strip())));
            }
        }
        blocks.add(Heading.of(1, "II.", wording.text("document.conclusion.tasks")));
        if (!conclusions.directions().isEmpty()) {
            blocks.add(new BulletList(conclusions.directions().stream().map(d -> ListItem.dash(redaction.apply(d)))
                    .toList()));
        }
        Map<String, List<ListItem>> byAgency = new LinkedHashMap<>();
        for (ConclusionTask t : tasks) {
            // a fixed day already names its date: "Thời hạn: chậm nhất ngày 31/3/2025", not the day twice
            boolean fixed = WRITTEN_DAY.matcher(t.deadline().vi()).find();
            byAgency.computeIfAbsent(t.agency(), a -> new ArrayList<>()).add(ListItem.dash(fixed
                    ? wording.format("document.conclusion.task-on-day", Map.of("task",
                            redaction.apply(stripStop(t.text())), "date", wording.inlineDate(t.due())))
                    : wording.format("document.conclusion.task", Map.of("task", redaction.apply(stripStop(t.text())),
                            "deadline", t.deadline().in(wording.locale()), "date", wording.inlineDate(t.due())))));
        }
        CompiledQuestions compiled = CompiledQuestions.of(plan, questions);
        Map<String, List<CompiledQuestions.Entry>> deferred = new LinkedHashMap<>();
        for (CompiledQuestions.Entry e : compiled.entries()) {
            Optional<Deferral> d = Outcomes.deferral(e.question());
            if (d.isPresent() && d.get().session().equals(conclusions.session())) {
                deferred.computeIfAbsent(d.get().agency(), a -> new ArrayList<>()).add(e);
            }
        }
        for (Map.Entry<String, List<CompiledQuestions.Entry>> d : deferred.entrySet()) {
            LocalDate last = d.getValue().stream().map(e -> Outcomes.deferral(e.question()).orElseThrow().promisedBy())
                    .max(LocalDate::compareTo).orElseThrow();
            String numbers = d.getValue().stream().map(e -> Integer.toString(e.number()))
                    .collect(Collectors.joining(", "));
            byAgency.computeIfAbsent(d.getKey(), a -> new ArrayList<>()).add(ListItem.dash(wording.format(
                    "document.conclusion.deferred", Map.of("count", AdministrativeParts.pad2(d.getValue().size()),
                            "numbers", numbers, "date", wording.inlineDate(last)))));
        }
        int n = 0;
        for (Map.Entry<String, List<ListItem>> a : byAgency.entrySet()) {
            blocks.add(Heading.of(2, ++n + ".", plan.registry().organisation(a.getKey()).map(Organisation::name)
                    .orElse(wording.text("question.unknown-agency")) + ":"));
            blocks.add(new BulletList(a.getValue()));
        }
        if (byAgency.isEmpty()) {
            blocks.add(Paragraph.of(wording.text("document.conclusion.no-tasks")));
        }
        String issuerName = plan.registry().organisationName(issuer);
        blocks.add(Paragraph.of(wording.format("document.conclusion.closing", Map.of("chair", chair,
                "meeting", meeting, "issuer", issuerName))));
        blocks.add(AdministrativeParts.footer(recipients(byAgency.keySet()), plan.archive(), signature, wording));
        return new LayoutDocument(new vn.dialogue.export.layout.DocumentInfo(wording.text("document.notice.type") + " "
                + subject, issuerName, wording.locale(), PlanFacts.stamp(plan, timestamp, date)), PageSetup.a4Portrait(),
                blocks);
    }

    /**
     * Nơi nhận: the leadership of the plan's issuer (as the plan's own recipients name it, e.g. "Chủ tịch, các PCT
     * UBND tỉnh", else the issuer), the organising union (whoever invites the participants), then each agency given
     * a task or a written answer; each organisation once.
     */
    private List<Recipient> recipients(java.util.Collection<String> agencies) {
        Map<String, Recipient> out = new LinkedHashMap<>();
        String planIssuer = plan.identity().issuer();
        Recipient leadership = plan.recipients().stream().filter(r -> planIssuer.equals(r.organisation()))
                .findFirst().orElse(null);
        if (leadership != null) {
            out.put(planIssuer, new Recipient(leadership.text(), leadership.mark(), planIssuer, List.of()));
        } else if (!planIssuer.equals(issuer)) {
            out.put(planIssuer, new Recipient(wording.format("document.conclusion.leadership", Map.of("issuer",
                    plan.registry().organisation(planIssuer).map(Organisation::displayShortName)
                            .orElse(PlanFacts.issuerName(plan)))), null, planIssuer, List.of()));
        }
        for (vn.dialogue.plan.DelegateGroup g : plan.delegateGroups()) {
            String union = g.invitedBy();
            if (g.role() == vn.dialogue.plan.DelegateRole.PARTICIPANT && union != null && !union.equals(issuer)
                    && plan.registry().organisation(union).isPresent()) {
                out.putIfAbsent(union, new Recipient(plan.registry().organisationName(union), null, union, List.of()));
            }
        }
        for (String a : agencies) {
            plan.registry().organisation(a).ifPresent(o -> out.putIfAbsent(a, new Recipient(o.name(), null, a,
                    List.of())));
        }
        return List.copyOf(out.values());
    }

    /** A deadline whose words already name its day ("chậm nhất hết ngày 31/03/2025"). */
    private static final java.util.regex.Pattern WRITTEN_DAY = java.util.regex.Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

    private static String stripStop(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith(";") ? t.substring(0, t.length() - 1) : t;
    }
}
