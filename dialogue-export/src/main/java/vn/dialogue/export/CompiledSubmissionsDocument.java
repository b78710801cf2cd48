package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.Heading;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.Numbering;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Table;
import vn.dialogue.export.sheet.Sheet;
import vn.dialogue.export.sheet.SheetCell;
import vn.dialogue.export.sheet.Spreadsheet;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Recipient;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Original;
import vn.dialogue.question.Question;

/**
 * The compiled submissions (tổng hợp ý kiến, kiến nghị): every compiled question grouped by topic, then by the
 * agency that answers it, each with its number, its wording, how many submissions it answers, and where they came
 * from (channels and administrative units).
 *
 * <p>As a document ({@link #layout()}, DOCX, PDF or HTML) it is a report (BÁO CÁO, symbol "BC-" and the issuer's
 * part of the plan's symbol) of the plan's issuer: header, title, a summary of the counts, a section per topic
 * (I., II., ...) and a numbered heading per agency with a table of its questions, then Nơi nhận (the agencies
 * concerned and the archive line) and the plan's signature. As a workbook ({@link #spreadsheet()}, XLSX) it holds
 * the same list flat, one row per compiled question with its topic, agencies, deadline and status, and a second
 * sheet of every submission with its asker's name, organisation, unit and contact and whether they consented to
 * publication: an internal export ({@link Audience#INTERNAL}), which keeps the askers' identity. The report is
 * {@link Audience#PUBLIC}: it counts askers by unit and never names them, and strikes non-consenting askers'
 * identity out of the wordings (see {@code Redaction}). Both come from one selection and numbering
 * (see {@code CompiledQuestions}), so number 12 is the same question everywhere. Immutable and thread-safe.
 */
public final class CompiledSubmissionsDocument {

    private final Plan plan;
    private final List<Question> questions;
    private final Wording wording;
    private final @Nullable Instant timestamp;
    private final RoutingHistory history;

    private CompiledSubmissionsDocument(Plan plan, List<Question> questions, Wording wording,
                                        @Nullable Instant timestamp) {
        this(plan, questions, wording, timestamp, RoutingHistory.none());
    }

    private CompiledSubmissionsDocument(Plan plan, List<Question> questions, Wording wording,
                                        @Nullable Instant timestamp, RoutingHistory history) {
        this.plan = plan;
        this.questions = questions;
        this.wording = wording;
        this.timestamp = timestamp;
        this.history = history;
    }

    /**
     * The same document with the routing events ({@code QuestionRegistry.events}): the workbook's "Hạn chuẩn bị trả
     * lời" is filled for every question routed, also once it is answered (the day the routing letters give).
     *
     * @param events the question events, in order; those other than routings are ignored
     * @return the same document with the routing events
     */
    public CompiledSubmissionsDocument withRoutingEvents(
            Collection<? extends vn.dialogue.question.QuestionEvent> events) {
        return new CompiledSubmissionsDocument(plan, questions, wording, timestamp,
                RoutingHistory.of(Objects.requireNonNull(events, "events")));
    }

    /**
     * The compiled questions among {@code questions} (any states; those not compiled are left out).
     *
     * @param plan the plan
     * @param questions the questions, as {@code QuestionRegistry.questions()} gives them
     * @return the compiled questions among {@code questions} (any states; those not compiled are left out)
     */
    public static CompiledSubmissionsDocument of(Plan plan, Collection<? extends Question> questions) {
        return new CompiledSubmissionsDocument(Objects.requireNonNull(plan, "plan"),
                List.copyOf(Objects.requireNonNull(questions, "questions")), Wording.vietnamese(), null);
    }

    /**
     * The same document with other fixed words.
     *
     * @param newWording the fixed words to print, e.g. {@code Wording.vietnamese()} overridden by a province's file
     * @return the same document with other fixed words
     */
    public CompiledSubmissionsDocument withWording(Wording newWording) {
        return new CompiledSubmissionsDocument(plan, questions, Objects.requireNonNull(newWording, "wording"),
                timestamp, history);
    }

    /**
     * The same document stamped with {@code instant}.
     *
     * @param instant the moment written into the document's metadata, so that the same input gives the same bytes
     * @return the same document stamped with {@code instant}
     */
    public CompiledSubmissionsDocument withTimestamp(Instant instant) {
        return new CompiledSubmissionsDocument(plan, questions, wording, Objects.requireNonNull(instant, "instant"),
                history);
    }

    /**
     * Renders the report as {@code format} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param format the format to render to
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(Format format, OutputStream out) throws IOException {
        Documents.render(layout(), format, out);
    }

    /**
     * Writes the workbook as {@code format} to {@code out} (CSV: the compiled list only); {@code out} is flushed,
     * not closed.
     *
     * @param format the spreadsheet format to write
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(SheetFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(format, "format").write(spreadsheet(), out);
    }

    /**
     * The report, composed.
     *
     * @return the report, composed
     */
    public LayoutDocument layout() {
        CompiledQuestions compiled = CompiledQuestions.of(plan, questions);
        Redaction redaction = Redaction.of(plan, questions, wording);
        String meeting = PlanFacts.meeting(plan, wording);
        IssueDate month = PlanFacts.draftMonth(plan);
        DocumentIdentity p = plan.identity();
        DocumentIdentity id = new DocumentIdentity(p.issuer(), p.parentBody(), DocumentType.BAO_CAO, null,
                PlanFacts.symbol(plan, wording.text("document.report.symbol")), p.place(), month, meeting);
        List<Block> blocks = new ArrayList<>();
        blocks.add(AdministrativeParts.header(id, plan.registry(), wording, plan.year()));
        String subject = wording.format("document.compiled.subject", Map.of("meeting", meeting));
        blocks.add(new DocumentTitle(wording.text("document.report.type"), PlanDocument.subjectLines(subject)));
        blocks.add(Paragraph.of(wording.format("document.compiled.summary", Map.of(
                "submissions", AdministrativeParts.pad2(compiled.submissions()),
                "questions", AdministrativeParts.pad2(compiled.entries().size())))));
        if (compiled.isEmpty()) {
            blocks.add(Paragraph.of(wording.text("document.compiled.none")));
        }
        List<String> columns = columns(wording, "document.compiled.columns", 5);
        String topic = null;
        int section = 0;
        int agencyNumber = 0;
        for (CompiledQuestions.Group g : compiled.groups()) {
            if (!g.topic().equals(topic)) {
                topic = g.topic();
                section++;
                agencyNumber = 0;
                blocks.add(Heading.of(1, Numbering.roman(section) + ".", compiled.topicTitle(topic, wording)));
            }
            agencyNumber++;
            String lead = g.agency().isEmpty() ? wording.text("question.no-agency")
                    : wording.format("document.compiled.lead", Map.of("agency", compiled.agencyName(g.agency(), wording)));
            blocks.add(Heading.of(2, agencyNumber + ".", lead));
            List<List<String>> rows = new ArrayList<>();
            for (CompiledQuestions.Entry e : g.entries()) {
                rows.add(List.of(Integer.toString(e.number()), redaction.apply(e.question().dossier().wording()),
                        Integer.toString(e.question().dossier().originals().size()),
                        compiled.channels(e.question(), wording), compiled.units(e.question())));
            }
            blocks.add(new Table(columns, rows, List.of(2, 9, 2, 4, 3)));
        }
        Set<String> agencies = new LinkedHashSet<>();
        compiled.entries().stream().map(CompiledQuestions.Entry::agency).filter(a -> !a.isEmpty()).forEach(agencies::add);
        List<Recipient> recipients = agencies.stream().map(a -> Recipient.of(plan.registry().organisationName(a)))
                .toList();
        blocks.add(AdministrativeParts.footer(recipients, plan.archive(), plan.signature(), wording));
        return new LayoutDocument(PlanFacts.info(plan, wording, wording.text("document.report.type") + " " + subject,
                timestamp, month), PageSetup.a4Portrait(), blocks);
    }

    /**
     * The workbook, composed: the compiled list, and every submission with its asker.
     *
     * @return the workbook, composed: the compiled list, and every submission with its asker
     */
    public Spreadsheet spreadsheet() {
        CompiledQuestions compiled = CompiledQuestions.of(plan, questions);
        List<List<SheetCell>> list = new ArrayList<>();
        List<List<SheetCell>> originals = new ArrayList<>();
        for (CompiledQuestions.Entry e : compiled.entries()) {
            Question q = e.question();
            RoutingHistory.Routed routing = history.of(q).orElse(null);
            list.add(List.of(SheetCell.number(e.number()), SheetCell.text(q.id().value()),
                    SheetCell.text(compiled.topicTitle(e.topic(), wording)),
                    SheetCell.text(compiled.agencyName(e.agency(), wording)),
                    SheetCell.text(routing == null ? "" : routing.coAgencies().stream()
                            .map(a -> compiled.agencyName(a, wording)).collect(Collectors.joining("; "))),
                    SheetCell.text(q.dossier().wording()), SheetCell.text(CompiledQuestions.kinds(q, wording)),
                    SheetCell.number(q.dossier().originals().size()), SheetCell.text(compiled.channels(q, wording)),
                    SheetCell.text(compiled.units(q)), day(routing == null ? null : routing.answerDue()),
                    SheetCell.text(CompiledQuestions.status(q, wording))));
            for (Original o : q.dossier().originals()) {
                Asker a = o.asker();
                originals.add(List.of(SheetCell.number(e.number()), SheetCell.text(o.question().value()),
                        SheetCell.text(a.name()), text(a.organisation()),
                        a.unit() == null ? SheetCell.blank() : SheetCell.text(plan.registry().unitName(a.unit())),
                        text(a.contact()), SheetCell.text(compiled.channel(o.submission().channel(), a.unit(), wording)),
                        SheetCell.day(PlanFacts.dayOf(o.submission().receivedAt())),
                        SheetCell.text(wording.text("submission-kind."
                                + o.submission().kind().name().toLowerCase(java.util.Locale.ROOT))),
                        SheetCell.text(o.submission().text()),
                        SheetCell.text(wording.text(a.consentToPublish() ? "answer.yes" : "answer.no"))));
            }
        }
        String subject = wording.format("document.compiled.subject", Map.of("meeting", PlanFacts.meeting(plan, wording)));
        return new Spreadsheet(PlanFacts.info(plan, wording, subject, timestamp, PlanFacts.draftMonth(plan)), List.of(
                new Sheet(wording.text("document.compiled.sheet-list"),
                        columns(wording, "document.compiled.sheet-list-columns", 12), list),
                new Sheet(wording.text("document.compiled.sheet-askers"),
                        columns(wording, "document.compiled.sheet-askers-columns", 11), originals)));
    }

    private static SheetCell day(@Nullable LocalDate day) {
        return day == null ? SheetCell.blank() : SheetCell.day(day);
    }

    private static SheetCell text(@Nullable String value) {
        return value == null || value.isEmpty() ? SheetCell.blank() : SheetCell.text(value);
    }

    /** The columns a wording key names, separated by |. */
    static List<String> columns(Wording wording, String key, int count) {
        List<String> columns = List.of(wording.text(key).split("\\|"));
        if (columns.size() != count) {
            throw new IllegalArgumentException("wording '" + key + "' must name " + count
                    + " columns separated by |, was '" + wording.text(key) + "'");
        }
        return columns;
    }
}
