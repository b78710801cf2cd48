package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.Invitation;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Signature;
import vn.dialogue.conclusion.ChairConclusions;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.question.QuestionEvent;
import vn.dialogue.question.Question;
import vn.dialogue.seating.SeatingPlan;

/**
 * The whole document set of a dialogue, written into one folder: what the plan's tasks produce, as far as the data
 * given allows. Each document is composed once and rendered to every requested {@link Format}; spreadsheets are
 * XLSX, the calendar ICS, the public page HTML, and the seating chart and the name cards always PDF as well (they
 * are printed).
 *
 * <table>
 *   <caption>Files written (formats: the requested ones unless stated)</caption>
 *   <tr><th>file</th><th>written when</th></tr>
 *   <tr><td>{@code ke-hoach}, {@code chuong-trinh}, {@code giay-moi}</td><td>always (the plan, the programme, the
 *       invitations to the delegate list's organisations merged)</td></tr>
 *   <tr><td>{@code lich.ics}</td><td>always: sessions, the plan's deadlines, and the questions' and conclusion
 *       tasks' deadlines when given</td></tr>
 *   <tr><td>{@code danh-sach-dai-bieu.xlsx}</td><td>delegates given (with the invitations' states)</td></tr>
 *   <tr><td>{@code so-do-cho-ngoi}, {@code bang-ten} (+ PDF)</td><td>a seating plan given</td></tr>
 *   <tr><td>{@code tong-hop-y-kien} (+ {@code .xlsx}), {@code kich-ban-dieu-hanh}, {@code hoi-dap.html}</td>
 *       <td>questions given</td></tr>
 *   <tr><td>{@code cong-van-chuyen-y-kien} (all letters) and {@code cong-van-<agency id>} (one each)</td>
 *       <td>some question routed (every routing, at any time, with {@link Builder#questionEvents})</td></tr>
 *   <tr><td>{@code thong-bao-nguoi-hoi}</td><td>some question deferred (one notice per asker, also once
 *       answered)</td></tr>
 *   <tr><td>{@code tra-loi-nguoi-hoi}</td><td>some question answered in writing (one letter per asker)</td></tr>
 *   <tr><td>{@code thong-bao-ket-luan}</td><td>the chair's conclusions given</td></tr>
 * </table>
 *
 * <p>Every file is written beside its final name and moved into place. A file name derived from data (an agency's
 * id) keeps only lower-case ASCII letters, digits and dashes, a Windows device name among them is renamed, and every
 * name is checked (no separator, no reserved name, no trailing dot or space, at most 255 bytes) and checked to
 * resolve inside the folder. Each document's {@link DocumentKind} gives its name and its {@link Audience}: public
 * documents never carry a non-consenting asker's identity. The same
 * input and timestamp give byte-identical files. Build with {@link #builder(Plan)}; immutable and thread-safe once
 * built.
 *
 * <pre>{@code
 * List<Path> files = DocumentSet.builder(plan)
 *         .delegates(delegates).invitations(invitations).seating(seating)
 *         .questions(registry.questions())
 *         .conclusions(register.conclusions("doi-thoai").orElseThrow(), register.tasks())
 *         .timestamp(Instant.parse("2024-11-25T01:00:00Z"))
 *         .formats(EnumSet.of(Format.DOCX, Format.PDF))
 *         .build()
 *         .writeTo(Path.of("out"));
 * }</pre>
 */
public final class DocumentSet {

    private final Plan plan;
    private final @Nullable DelegateList delegates;
    private final List<Invitation> invitations;
    private final @Nullable SeatingPlan seating;
    private final @Nullable List<Question> questions;
    private final List<QuestionEvent> questionEvents;
    private final @Nullable ChairConclusions conclusions;
    private final List<ConclusionTask> tasks;
    private final Instant timestamp;
    private final Set<Format> formats;
    private final Wording wording;
    private final DeadlineContext context;
    private final @Nullable String noticeIssuer;
    private final @Nullable String noticeSymbol;
    private final @Nullable Signature noticeSignature;
    private final @Nullable String invitationContact;

    private DocumentSet(Builder b) {
        this.plan = b.plan;
        this.delegates = b.delegates;
        this.invitations = List.copyOf(b.invitations);
        this.seating = b.seating;
        this.questions = b.questions == null ? null : List.copyOf(b.questions);
        this.questionEvents = List.copyOf(b.questionEvents);
        this.conclusions = b.conclusions;
        this.tasks = List.copyOf(b.tasks);
        this.timestamp = Objects.requireNonNull(b.timestamp, "timestamp: the set needs a fixed timestamp, "
                + "so that the same input gives the same files");
        this.formats = Set.copyOf(b.formats);
        this.wording = b.wording;
        this.context = b.context;
        this.noticeIssuer = b.noticeIssuer;
        this.noticeSymbol = b.noticeSymbol;
        this.noticeSignature = b.noticeSignature;
        this.invitationContact = b.invitationContact;
    }

    /**
     * A builder for the set of {@code plan}.
     *
     * @param plan the plan
     * @return a builder for the set of {@code plan}
     */
    public static Builder builder(Plan plan) {
        return new Builder(Objects.requireNonNull(plan, "plan"));
    }

    /**
     * Writes every document the data allows into {@code folder}, created if missing, replacing files of the same
     * names.
     *
     * @param folder the folder to write into
     * @return the files written, in the order of the table above
     * @throws IOException if a file cannot be written
     */
    public List<Path> writeTo(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Path dir = folder.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        Writer w = new Writer(dir);
        w.layout(DocumentKind.PLAN.fileName(), PlanDocument.of(plan).withWording(wording).withTimestamp(timestamp).layout(), formats);
        w.layout(DocumentKind.PROGRAMME.fileName(), ProgrammeDocument.of(plan).withWording(wording).withTimestamp(timestamp).layout(),
                formats);
        InvitationDocument invitationDoc = InvitationDocument.of(plan).withWording(wording).withTimestamp(timestamp)
                .withReply(replyBy().orElse(null), invitationContact);
        if (!invitationDoc.inviteesFromDelegateList().isEmpty()) {
            w.layout(DocumentKind.INVITATIONS.fileName(), invitationDoc.merged(invitationDoc.inviteesFromDelegateList()), formats);
        }
        PlanCalendar calendar = PlanCalendar.of(plan, context, timestamp);
        if (questions != null) {
            calendar = calendar.withQuestionDeadlines(questions, wording);
        }
        calendar = calendar.withConclusionTasks(tasks, questions == null ? List.of() : questions, wording);
        PlanCalendar cal = calendar;
        w.file(DocumentKind.CALENDAR.fileName(), cal::write);
        if (delegates != null) {
            AttendanceWorkbook book = AttendanceWorkbook.of(plan, delegates, invitations).withWording(wording)
                    .withTimestamp(timestamp);
            w.file(DocumentKind.ATTENDANCE.fileName(), out -> book.render(SheetFormat.XLSX, out));
        }
        Set<Format> printed = EnumSet.of(Format.PDF);
        printed.addAll(formats);
        if (seating != null) {
            w.layout(DocumentKind.SEATING_CHART.fileName(), SeatingChartDocument.of(plan, seating).withWording(wording)
                    .withTimestamp(timestamp).layout(), printed);
            if (!seating.assignments().isEmpty()) {
                w.layout(DocumentKind.NAME_CARDS.fileName(), NameCardDocument.forSeating(plan, seating).withWording(wording)
                        .withTimestamp(timestamp).layout(), printed);
            }
        }
        if (questions != null) {
            CompiledSubmissionsDocument compiled = CompiledSubmissionsDocument.of(plan, questions).withWording(wording)
                    .withTimestamp(timestamp).withRoutingEvents(questionEvents);
            w.layout(DocumentKind.COMPILED_REPORT.fileName(), compiled.layout(), formats);
            w.file(DocumentKind.COMPILED_WORKBOOK.fileName(), out -> compiled.render(SheetFormat.XLSX, out));
            RoutingLetters letters = RoutingLetters.of(plan, questions).withWording(wording).withTimestamp(timestamp)
                    .withRoutingEvents(questionEvents);
            if (!letters.agencies().isEmpty()) {
                w.layout(DocumentKind.ROUTING_LETTERS.fileName() + "chuyen-y-kien", letters.merged(), formats);
                for (String agency : letters.agencies()) {
                    w.layout(DocumentKind.ROUTING_LETTERS.fileName() + slug(agency), letters.layout(agency), formats);
                }
            }
            w.layout(DocumentKind.RUN_OF_SHOW.fileName(), RunOfShowScript.of(plan, questions).withWording(wording)
                    .withTimestamp(timestamp).layout(), formats);
            if (!DeferralNotices.of(plan, questions).recipients().isEmpty()) {
                w.layout(DocumentKind.ASKER_NOTICES.fileName(), DeferralNotices.of(plan, questions).withWording(wording)
                        .withTimestamp(timestamp).merged(), formats);
            }
            AnswerLetters answers = AnswerLetters.of(plan, questions).withWording(wording).withTimestamp(timestamp);
            if (!answers.recipients().isEmpty()) {
                w.layout(DocumentKind.ANSWER_LETTERS.fileName(), answers.merged(), formats);
            }
        }
        if (conclusions != null) {
            ConclusionNoticeDocument notice = ConclusionNoticeDocument.of(plan, conclusions, tasks,
                    questions == null ? List.of() : questions).withWording(wording).withTimestamp(timestamp);
            if (noticeIssuer != null) {
                notice = notice.issuedBy(noticeIssuer, Objects.requireNonNull(noticeSymbol));
            }
            if (noticeSignature != null) {
                notice = notice.signedBy(noticeSignature);
            }
            w.layout(DocumentKind.CONCLUSION_NOTICE.fileName(), notice.layout(), formats);
            // the results report, its figures as they stand at the set's timestamp
            w.layout(DocumentKind.RESULTS_REPORT.fileName(), ResultsReportDocument.of(plan,
                    questions == null ? List.of() : questions, tasks, timestamp).withTimestamp(timestamp).layout(),
                    formats);
        }
        if (questions != null) {
            w.layout(DocumentKind.PUBLIC_ANSWERS.fileName(), PublicAnswersPage.of(plan, questions).withWording(wording).withTimestamp(timestamp)
                    .layout(), EnumSet.of(Format.HTML));
        }
        return List.copyOf(w.written);
    }

    /** The earliest reply day the recorded invitations ask for, resolved against the plan's milestones. */
    private java.util.Optional<java.time.LocalDate> replyBy() {
        return invitations.stream().map(i -> i.details().replyBy()).filter(Objects::nonNull)
                .map(r -> r.lastDay(context)).flatMap(java.util.Optional::stream)
                .min(java.time.LocalDate::compareTo);
    }

    /** {@code text} as a file-name part: see {@link FileNames#slug}. */
    static String slug(String text) {
        return FileNames.slug(text);
    }

    /** Something that writes one file's bytes. */
    private interface Content {
        void to(OutputStream out) throws IOException;
    }

    /** Writes files into one folder, checking each stays inside it. */
    private static final class Writer {
        private final Path dir;
        private final List<Path> written = new ArrayList<>();

        Writer(Path dir) {
            this.dir = dir;
        }

        void layout(String name, LayoutDocument doc, Set<Format> formats) throws IOException {
            for (Format f : Format.values()) {
                if (formats.contains(f)) {
                    file(name + "." + f.extension(), out -> Documents.render(doc, f, out));
                }
            }
        }

        void file(String name, Content content) throws IOException {
            FileNames.check(name);
            Path target = dir.resolve(name).normalize();
            if (!target.getParent().equals(dir) || name.contains("/") || name.contains("\\")) {
                throw new IllegalArgumentException("file name '" + name + "' would leave the folder " + dir);
            }
            // the file gets the permissions of the process's umask, as every output does
            vn.dialogue.export.internal.OutputFiles.replace(target, content::to);
            written.add(target);
        }
    }

    /** Assembles a {@link DocumentSet}. Not thread-safe. */
    public static final class Builder {
        private final Plan plan;
        private @Nullable DelegateList delegates;
        private List<Invitation> invitations = List.of();
        private @Nullable SeatingPlan seating;
        private @Nullable Collection<? extends Question> questions;
        private List<QuestionEvent> questionEvents = List.of();
        private @Nullable ChairConclusions conclusions;
        private List<ConclusionTask> tasks = List.of();
        private @Nullable Instant timestamp;
        private Set<Format> formats = EnumSet.of(Format.DOCX, Format.PDF);
        private Wording wording = Wording.vietnamese();
        private DeadlineContext context = DeadlineContext.of(WorkingCalendar.vietnam());
        private @Nullable String noticeIssuer;
        private @Nullable String noticeSymbol;
        private @Nullable Signature noticeSignature;
        private @Nullable String invitationContact;

        private Builder(Plan plan) {
            this.plan = plan;
        }

        /**
         * The delegate list: the attendance workbook.
         *
         * @param value the delegate list
         * @return this builder
         */
        public Builder delegates(DelegateList value) {
            delegates = Objects.requireNonNull(value, "delegates");
            return this;
        }

        /**
         * The invitations and their states, for the attendance workbook.
         *
         * @param value the invitations, in any state
         * @return this builder
         */
        public Builder invitations(List<Invitation> value) {
            invitations = List.copyOf(Objects.requireNonNull(value, "invitations"));
            return this;
        }

        /**
         * The seating plan of the main hall: the seating chart and the name cards.
         *
         * @param value the seating plan of the main hall
         * @return this builder
         */
        public Builder seating(SeatingPlan value) {
            seating = Objects.requireNonNull(value, "seating");
            return this;
        }

        /**
         * The questions in their current states (e.g. {@code registry.questions()}).
         *
         * @param value the questions, in any state
         * @return this builder
         */
        public Builder questions(Collection<? extends Question> value) {
            questions = List.copyOf(Objects.requireNonNull(value, "questions"));
            return this;
        }

        /**
         * The question events ({@code QuestionRegistry.events}), so that the routing letters and the compiled list's
         * answer deadlines are written from the routings at any time, also once the questions are answered.
         *
         * @param value the question events, in order
         * @return this builder
         */
        public Builder questionEvents(Collection<? extends QuestionEvent> value) {
            questionEvents = List.copyOf(Objects.requireNonNull(value, "questionEvents"));
            return this;
        }

        /**
         * The chair's conclusions and the tasks they gave (tasks of other sessions are left out of the notice).
         *
         * @param value the chair's conclusions of one session
         * @param conclusionTasks the tasks of the conclusions, of any session
         * @return this builder
         */
        public Builder conclusions(ChairConclusions value, List<ConclusionTask> conclusionTasks) {
            conclusions = Objects.requireNonNull(value, "conclusions");
            tasks = List.copyOf(Objects.requireNonNull(conclusionTasks, "tasks"));
            return this;
        }

        /**
         * The conclusion notice's issuer and symbol suffix, see {@link ConclusionNoticeDocument#issuedBy}.
         *
         * @param organisation the id of the issuing organisation in the plan's registry
         * @param symbolSuffix what follows "TB-" in the notice's symbol, e.g. {@code VP}
         * @return this builder
         */
        public Builder conclusionNoticeIssuedBy(String organisation, String symbolSuffix) {
            noticeIssuer = Objects.requireNonNull(organisation, "organisation");
            noticeSymbol = Objects.requireNonNull(symbolSuffix, "symbolSuffix");
            return this;
        }

        /**
         * The conclusion notice's signature.
         *
         * @param value the signature block of the notice
         * @return this builder
         */
        public Builder conclusionNoticeSignedBy(Signature value) {
            noticeSignature = Objects.requireNonNull(value, "signature");
            return this;
        }

        /**
         * Whom the invitations name to reply to ("Thông tin liên hệ: ..."): a name, an office and a telephone, as
         * printed. The day to reply by comes from the recorded invitations' reply deadline.
         *
         * @param value the contact line
         * @return this builder
         */
        public Builder invitationContact(String value) {
            invitationContact = Objects.requireNonNull(value, "invitationContact");
            return this;
        }

        /**
         * The timestamp written into every file (required): no clock is read.
         *
         * @param value the moment written into every file's metadata
         * @return this builder
         */
        public Builder timestamp(Instant value) {
            timestamp = Objects.requireNonNull(value, "timestamp");
            return this;
        }

        /**
         * The formats of the text documents (default DOCX and PDF).
         *
         * @param value the formats, at least one
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is empty
         */
        public Builder formats(Set<Format> value) {
            Objects.requireNonNull(value, "formats");
            if (value.isEmpty()) {
                throw new IllegalArgumentException("name at least one format for the documents");
            }
            formats = EnumSet.copyOf(value);
            return this;
        }

        /**
         * The fixed words (default Vietnamese).
         *
         * @param value the fixed words to print
         * @return this builder
         */
        public Builder wording(Wording value) {
            wording = Objects.requireNonNull(value, "wording");
            return this;
        }

        /**
         * The context the plan's deadlines resolve in (default: Vietnam's working calendar).
         *
         * @param value the working calendar and the milestones that deadlines resolve against
         * @return this builder
         */
        public Builder deadlineContext(DeadlineContext value) {
            context = Objects.requireNonNull(value, "context");
            return this;
        }

        /**
         * The set.
         *
         * @return the set
         * @throws NullPointerException     if no timestamp was given
         * @throws IllegalArgumentException if the conclusion notice's issuer is not in the plan's registry
         */
        public DocumentSet build() {
            if (noticeIssuer != null && plan.registry().organisation(noticeIssuer).isEmpty()) {
                throw new IllegalArgumentException("conclusion notice issuer '" + noticeIssuer
                        + "' is not an organisation of the plan's registry");
            }
            return new DocumentSet(this);
        }
    }
}
