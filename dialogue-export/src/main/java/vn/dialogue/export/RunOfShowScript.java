package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.Heading;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.question.Question;
import vn.dialogue.venue.Venue;

/**
 * The run-of-show script (kịch bản điều hành) for the master of ceremonies: the session's items in order (the
 * plan's agenda, else the usual order of a dialogue, as the programme prints them), each with its time, who does
 * it and the cue the master of ceremonies reads; under each dialogue item, the compiled questions to be taken up
 * there, each with its number in the compiled list, how many submissions it answers and where from, its wording,
 * and the cue inviting the answering agency.
 *
 * <p>In the usual order a question goes under its topic's item. With the plan's agenda, it goes under the first
 * item whose answering agencies include its agency. Questions placed nowhere (no topic item, no such agency) are
 * gathered in a last dialogue section, after the last dialogue item, or before the final item when the agenda has
 * no dialogue item. A working document without administrative header, but read aloud in the hall and to the bridge
 * points, so {@link Audience#PUBLIC}: askers are counted, never named, and non-consenting askers' identity is struck
 * out of the wordings (see {@code Redaction}). Immutable and thread-safe.
 */
public final class RunOfShowScript {

    private final Plan plan;
    private final List<Question> questions;
    private final Wording wording;
    private final @Nullable Instant timestamp;

    private RunOfShowScript(Plan plan, List<Question> questions, Wording wording, @Nullable Instant timestamp) {
        this.plan = plan;
        this.questions = questions;
        this.wording = wording;
        this.timestamp = timestamp;
    }

    /**
     * The script of the plan's first session with the compiled questions among {@code questions}.
     *
     * @param plan the plan
     * @param questions the questions, as {@code QuestionRegistry.questions()} gives them
     * @return the script of the plan's first session with the compiled questions among {@code questions}
     */
    public static RunOfShowScript of(Plan plan, Collection<? extends Question> questions) {
        return new RunOfShowScript(Objects.requireNonNull(plan, "plan"),
                List.copyOf(Objects.requireNonNull(questions, "questions")), Wording.vietnamese(), null);
    }

    /**
     * The same script with other fixed words.
     *
     * @param newWording the fixed words to print, e.g. {@code Wording.vietnamese()} overridden by a province's file
     * @return the same script with other fixed words
     */
    public RunOfShowScript withWording(Wording newWording) {
        return new RunOfShowScript(plan, questions, Objects.requireNonNull(newWording, "wording"), timestamp);
    }

    /**
     * The same script stamped with {@code instant}.
     *
     * @param instant the moment written into the document's metadata, so that the same input gives the same bytes
     * @return the same script stamped with {@code instant}
     */
    public RunOfShowScript withTimestamp(Instant instant) {
        return new RunOfShowScript(plan, questions, wording, Objects.requireNonNull(instant, "instant"));
    }

    /**
     * Renders the script as {@code format} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param format the format to render to
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(Format format, OutputStream out) throws IOException {
        Documents.render(layout(), format, out);
    }

    /**
     * The composed script.
     *
     * @return the composed script
     */
    public LayoutDocument layout() {
        CompiledQuestions compiled = CompiledQuestions.of(plan, questions);
        List<Agenda.Item> items = Agenda.of(plan, wording);
        List<List<CompiledQuestions.Entry>> placed = new ArrayList<>();
        items.forEach(i -> placed.add(new ArrayList<>()));
        List<CompiledQuestions.Entry> rest = new ArrayList<>();
        for (CompiledQuestions.Entry e : compiled.entries()) {
            int at = -1;
            for (int i = 0; i < items.size() && at < 0; i++) {
                Agenda.Item item = items.get(i);
                boolean match = item.topic() != null ? item.topic().equals(e.topic())
                        : !e.agency().isEmpty() && item.agencies().contains(e.agency());
                if (match) {
                    at = i;
                }
            }
            if (at < 0) {
                rest.add(e);
            } else {
                placed.get(at).add(e);
            }
        }
        int lastDialogue = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).topic() != null || !items.get(i).agencies().isEmpty()) {
                lastDialogue = i;
            }
        }
        int restAfter = lastDialogue >= 0 ? lastDialogue : items.size() - 2;

        String meeting = PlanFacts.meeting(plan, wording);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new DocumentTitle(wording.text("document.script.type"), PlanDocument.subjectLines(meeting)));
        String time = PlanFacts.sessionTime(plan, wording);
        String venue = PlanFacts.mainVenue(plan).orElse("");
        if (plan.sessions().size() > 1 || plan.firstSession().map(Session::isWindow).orElse(false)) {
            time = PlanFacts.sessionLine(plan, plan.sessions().get(0), wording);
            venue = plan.sessions().get(0).venue() == null ? venue : "";
        }
        String where = time.isEmpty() ? venue : venue.isEmpty() ? time : time + "; " + venue;
        if (!where.isEmpty()) {
            blocks.add(Paragraph.centered(Run.italic(where)));
        }
        String bridgePoints = plan.format() == null ? "" : plan.format().bridgePoints().stream()
                .map(b -> plan.venue(b.venue()).map(Venue::name).orElse(null)).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        int n = 0;
        if (restAfter < 0 && !rest.isEmpty()) {
            n = otherQuestions(blocks, n, rest, compiled);
        }
        for (int i = 0; i < items.size(); i++) {
            Agenda.Item item = items.get(i);
            n++;
            String title = item.time().isEmpty() ? item.title() : item.time() + " - " + item.title();
            blocks.add(Heading.of(1, n + ".", title));
            if (!item.who().isEmpty()) {
                blocks.add(Paragraph.of(Run.bold(wording.text("document.script.by")), Run.plain(" " + item.who())));
                if (!isMasterOfCeremonies(item.who())) {
                    blocks.add(Paragraph.of(Run.italic(wording.format("document.script.cue",
                            Map.of("who", item.who())))));
                }
            }
            questions(blocks, placed.get(i), compiled);
            boolean dialogue = item.topic() != null || !item.agencies().isEmpty();
            if (dialogue && !bridgePoints.isEmpty()) {
                blocks.add(Paragraph.of(Run.italic(wording.format("document.script.cue-bridge-points",
                        Map.of("venues", bridgePoints)))));
            }
            if (i == restAfter && !rest.isEmpty()) {
                n = otherQuestions(blocks, n, rest, compiled);
            }
        }
        // the other sittings or events of the day (a workshop after the dialogue): their own programme
        for (Session s : plan.sessions().subList(Math.min(1, plan.sessions().size()), plan.sessions().size())) {
            n++;
            blocks.add(Heading.of(1, n + ".", PlanFacts.sessionLine(plan, s, wording)));
            for (Agenda.Item item : Agenda.of(plan, s, wording)) {
                String title = item.time().isEmpty() ? item.title() : item.time() + " - " + item.title();
                blocks.add(Paragraph.of(Run.bold(title)));
                if (!item.who().isEmpty()) {
                    blocks.add(Paragraph.of(Run.bold(wording.text("document.script.by")), Run.plain(" " + item.who())));
                    blocks.add(Paragraph.of(Run.italic(wording.format("document.script.cue", Map.of("who", item.who())))));
                }
            }
        }
        return new LayoutDocument(PlanFacts.info(plan, wording, wording.text("document.script.type") + " " + meeting,
                timestamp, PlanFacts.draftMonth(plan)), PageSetup.a4Portrait(), blocks);
    }

    /** Whether the item is led by the master of ceremonies, who does not invite himself. */
    private boolean isMasterOfCeremonies(String who) {
        return who.strip().equalsIgnoreCase(wording.text("role.master-of-ceremonies"));
    }

    private int otherQuestions(List<Block> blocks, int n, List<CompiledQuestions.Entry> rest,
                               CompiledQuestions compiled) {
        blocks.add(Heading.of(1, (n + 1) + ".", wording.text("document.script.other-questions")));
        questions(blocks, rest, compiled);
        return n + 1;
    }

    private void questions(List<Block> blocks, List<CompiledQuestions.Entry> entries, CompiledQuestions compiled) {
        Redaction redaction = Redaction.of(plan, questions, wording);
        for (CompiledQuestions.Entry e : entries) {
            Question q = e.question();
            String origin = compiled.channels(q, wording);
            String units = compiled.units(q);
            blocks.add(Paragraph.of(Run.bold(wording.format("document.script.question", Map.of(
                            "number", Integer.toString(e.number())))),
                    Run.plain(" " + wording.format("document.script.question-origin", Map.of(
                            "count", Integer.toString(q.dossier().originals().size()),
                            "origin", units.isEmpty() ? origin : origin + "; " + units)) + " "),
                    Run.plain(redaction.apply(q.dossier().wording()))));
            String agency = compiled.agencyName(e.agency(), wording);
            blocks.add(Paragraph.of(Run.italic(e.agency().isEmpty()
                    ? wording.format("document.script.cue-unassigned", Map.of("number", Integer.toString(e.number())))
                    : wording.format("document.script.cue-answer", Map.of("agency", agency,
                    "number", Integer.toString(e.number()))))));
        }
    }
}
