package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.layout.Table;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Recipient;
import vn.dialogue.question.Question;

/**
 * Routing letters (công văn chuyển ý kiến, kiến nghị): one letter of the plan's issuer to each lead agency, listing
 * the questions routed to it (while their answer is being prepared: routed or drafted; with
 * {@link #withRoutingEvents}, every question ever routed, at any time) with the number each bears
 * in the compiled list, how many submissions each answers, the co-agencies, and the last day to prepare the
 * answer; after the table, the letter asks for the answers by the earliest of those days, printed as "chậm nhất ngày ..." so that
 * the day itself is unambiguously included.
 *
 * <p>A letter has no type abbreviation: its number line reads "Số:      /UBND-KGVX", the issuer's part of the
 * plan's symbol and the drafting unit read from the plan's archive line (see {@link #withSymbol} to set it), and
 * its subject ("V/v ...") prints under the header. Then "Kính gửi:" the agency, the body, the table, Nơi nhận
 * ("Như trên", the co-agencies, the archive line) and the plan's signature. One letter per agency, or all of
 * them merged one per page. Drafts: the number and the day are left blank. Immutable and thread-safe.
 */
public final class RoutingLetters {

    private final Plan plan;
    private final List<Question> questions;
    private final Wording wording;
    private final @Nullable Instant timestamp;
    private final @Nullable String symbol;
    private final RoutingHistory history;

    private RoutingLetters(Plan plan, List<Question> questions, Wording wording, @Nullable Instant timestamp,
                           @Nullable String symbol, RoutingHistory history) {
        this.plan = plan;
        this.questions = questions;
        this.wording = wording;
        this.timestamp = timestamp;
        this.symbol = symbol;
        this.history = history;
    }

    /**
     * The letters for the routed questions among {@code questions}.
     *
     * @param plan the plan
     * @param questions the questions, as {@code QuestionRegistry.questions()} gives them
     * @return the letters for the routed questions among {@code questions}
     */
    public static RoutingLetters of(Plan plan, Collection<? extends Question> questions) {
        return new RoutingLetters(Objects.requireNonNull(plan, "plan"),
                List.copyOf(Objects.requireNonNull(questions, "questions")), Wording.vietnamese(), null, null,
                RoutingHistory.none());
    }

    /**
     * The same letters made from the routing events ({@code QuestionRegistry.events}): a letter at any time, also once
     * the questions are answered, for every question routed, dated the day it was routed (the earliest routing of
     * the letter), its questions numbered as in the compiled report.
     *
     * @param events the question events, in order; those other than routings are ignored
     * @return the same letters made from the routing events
     */
    public RoutingLetters withRoutingEvents(Collection<? extends vn.dialogue.question.QuestionEvent> events) {
        return new RoutingLetters(plan, questions, wording, timestamp, symbol,
                RoutingHistory.of(Objects.requireNonNull(events, "events")));
    }

    /**
     * The same letters with other fixed words.
     *
     * @param newWording the fixed words to print, e.g. {@code Wording.vietnamese()} overridden by a province's file
     * @return the same letters with other fixed words
     */
    public RoutingLetters withWording(Wording newWording) {
        return new RoutingLetters(plan, questions, Objects.requireNonNull(newWording, "wording"), timestamp, symbol,
                history);
    }

    /**
     * The same letters stamped with {@code instant}.
     *
     * @param instant the moment written into the document's metadata, so that the same input gives the same bytes
     * @return the same letters stamped with {@code instant}
     */
    public RoutingLetters withTimestamp(Instant instant) {
        return new RoutingLetters(plan, questions, wording, Objects.requireNonNull(instant, "instant"), symbol,
                history);
    }

    /**
     * The same letters under another symbol, e.g. "UBND-VX".
     *
     * @param newSymbol the symbol of the letters' number line, e.g. {@code UBND-KGVX}
     * @return the same letters under another symbol, e.g. "UBND-VX"
     * @throws IllegalArgumentException if {@code newSymbol} is blank or holds a slash
     */
    public RoutingLetters withSymbol(String newSymbol) {
        String s = Objects.requireNonNull(newSymbol, "symbol").strip();
        if (s.isEmpty() || s.contains("/")) {
            throw new IllegalArgumentException("a letter's symbol is the part after the slash, e.g. UBND-VX; got '"
                    + newSymbol + "'");
        }
        return new RoutingLetters(plan, questions, wording, timestamp, s, history);
    }

    /**
     * The lead agencies that get a letter, by name in Vietnamese order.
     *
     * @return the lead agencies that get a letter, by name in Vietnamese order
     */
    public List<String> agencies() {
        return List.copyOf(byAgency().keySet());
    }

    /**
     * The letter to {@code agency}.
     *
     * @param agency the id of the lead agency in the plan's registry
     * @return the letter to {@code agency}
     * @throws IllegalArgumentException if no routed question has {@code agency} as its lead
     */
    public LayoutDocument layout(String agency) {
        Objects.requireNonNull(agency, "agency");
        List<CompiledQuestions.Entry> mine = byAgency().get(agency);
        if (mine == null) {
            throw new IllegalArgumentException("no routed question has " + agency + " as its lead agency; letters go to "
                    + agencies());
        }
        return new LayoutDocument(info(agency), PageSetup.a4Portrait(), blocks(agency, mine));
    }

    /**
     * Every letter in one file, one per page.
     *
     * @return every letter in one file, one per page
     * @throws IllegalArgumentException if no question is routed
     */
    public LayoutDocument merged() {
        List<LayoutDocument> all = new ArrayList<>();
        for (String agency : agencies()) {
            all.add(layout(agency));
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no routed question: there is no letter to write");
        }
        return LayoutDocument.merge(info(""), all);
    }

    /**
     * Renders the letter to {@code agency} as {@code format} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param format the format to render to
     * @param out the stream written to; flushed, not closed
     * @param agency the id of the lead agency in the plan's registry
     * @throws IOException if writing fails
     */
    public void render(String agency, Format format, OutputStream out) throws IOException {
        Documents.render(layout(agency), format, out);
    }

    /**
     * Renders every letter, merged, as {@code format} to {@code out}.
     *
     * @param format the format to render to
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(Format format, OutputStream out) throws IOException {
        Documents.render(merged(), format, out);
    }

    private Map<String, List<CompiledQuestions.Entry>> byAgency() {
        CompiledQuestions compiled = CompiledQuestions.of(plan, questions);
        Map<String, List<CompiledQuestions.Entry>> out = new LinkedHashMap<>();
        List<CompiledQuestions.Entry> routed = compiled.entries().stream()
                .filter(e -> history.of(e.question()).isPresent()).toList();
        routed.stream().map(e -> history.of(e.question()).orElseThrow().lead()).distinct()
                .sorted(java.util.Comparator.comparing(a -> plan.registry().organisationName(a),
                        vn.dialogue.participant.VietnameseCollation.textOrder()))
                .forEach(a -> out.put(a, new ArrayList<>()));
        for (CompiledQuestions.Entry e : routed) {
            out.get(history.of(e.question()).orElseThrow().lead()).add(e);
        }
        return out;
    }

    private List<Block> blocks(String agency, List<CompiledQuestions.Entry> mine) {
        CompiledQuestions compiled = CompiledQuestions.of(plan, questions);
        DocumentIdentity p = plan.identity();
        String meeting = PlanFacts.meeting(plan, wording);
        // dated the day the questions were routed, when the routing events say it; else the plan's month
        IssueDate dated = mine.stream().map(e -> history.of(e.question()).orElseThrow().at())
                .filter(Objects::nonNull).map(PlanFacts::dayOf).min(LocalDate::compareTo).map(IssueDate::of)
                .orElse(PlanFacts.draftMonth(plan));
        DocumentIdentity id = new DocumentIdentity(p.issuer(), p.parentBody(), DocumentType.CONG_VAN, null,
                symbol != null ? symbol : PlanFacts.letterSymbol(plan), p.place(), dated, meeting);
        List<Block> blocks = new ArrayList<>();
        blocks.add(AdministrativeParts.header(id, plan.registry(), wording, dated.year()));
        blocks.add(new DocumentTitle("", PlanDocument.subjectLines(wording.format("document.routing.subject",
                Map.of("meeting", meeting)))));
        String agencyName = plan.registry().organisation(agency).map(vn.dialogue.organisation.Organisation::name)
                .orElse(wording.text("question.unknown-agency"));
        blocks.add(Paragraph.centered(Run.plain(wording.format("document.routing.to", Map.of("agency", agencyName)))));
        String issuer = PlanFacts.issuerName(plan);
        blocks.add(Paragraph.of(wording.format("document.routing.body", Map.of("meeting", meeting, "issuer", issuer,
                "agency", agencyName, "count", AdministrativeParts.pad2(mine.size())))));
        LocalDate earliest = null;
        Set<String> co = new LinkedHashSet<>();
        List<List<String>> rows = new ArrayList<>();
        for (CompiledQuestions.Entry e : mine) {
            RoutingHistory.Routed r = history.of(e.question()).orElseThrow();
            earliest = earliest == null || r.answerDue().isBefore(earliest) ? r.answerDue() : earliest;
            co.addAll(r.coAgencies());
            rows.add(List.of(Integer.toString(e.number()), e.question().dossier().wording(),
                    Integer.toString(e.question().dossier().originals().size()),
                    r.coAgencies().stream().map(a -> compiled.agencyShortName(a, wording))
                            .collect(Collectors.joining("; ")),
                    PlanFacts.shortDate(r.answerDue())));
        }
        blocks.add(new Table(CompiledSubmissionsDocument.columns(wording, "document.routing.columns", 5), rows,
                List.of(2, 9, 2, 4, 3)));
        blocks.add(Paragraph.of(wording.format("document.routing.request", Map.of("agency", agencyName,
                "issuer", issuer, "date", wording.inlineDate(Objects.requireNonNull(earliest))))));
        List<Recipient> recipients = new ArrayList<>();
        recipients.add(Recipient.of(wording.text("document.invitation.as-above")));
        for (String c : co) {
            if (plan.registry().organisation(c).isPresent()) {
                recipients.add(new Recipient(plan.registry().organisationName(c),
                        wording.text("document.routing.co-mark"), c, List.of()));
            }
        }
        blocks.add(AdministrativeParts.footer(recipients, plan.archive(), plan.signature(), wording));
        return blocks;
    }

    private vn.dialogue.export.layout.DocumentInfo info(String agency) {
        String title = wording.format("document.routing.subject", Map.of("meeting", PlanFacts.meeting(plan, wording)));
        if (!agency.isEmpty()) {
            title = title + " - " + plan.registry().organisationName(agency);
        }
        IssueDate month = PlanFacts.draftMonth(plan);
        return PlanFacts.info(plan, wording, title, timestamp, month);
    }
}
