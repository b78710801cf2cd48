package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.dialogue.deadline.Deadline;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.export.calendar.CalendarEntry;
import vn.dialogue.export.calendar.CalendarFeed;
import vn.dialogue.export.calendar.DeadlineTodo;
import vn.dialogue.export.calendar.IcsWriter;
import vn.dialogue.export.calendar.SessionEvent;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlannedTask;
import vn.dialogue.plan.Session;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.question.Deadlines;
import vn.dialogue.question.DueItem;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionId;
import vn.dialogue.venue.Venue;

/**
 * The calendar of a plan: each session whose day is known as an event, each task deadline that
 * resolves to a day as a to-do due at the end of its last day (a period in days ends at 24:00,
 * Bộ luật Dân sự 2015, Điều 148), in Vietnam's time zone. A session without its own hours takes
 * the hours of its part of the day: morning 07:30-11:30, afternoon 13:30-17:00, whole day
 * 07:30-17:00. Sessions with only a month, and deadlines that do not resolve yet, are left out.
 * The stamp is a parameter: no clock is read. Immutable and thread-safe.
 */
public final class PlanCalendar {

    private static final LocalTime MORNING_START = LocalTime.of(7, 30);
    private static final LocalTime MORNING_END = LocalTime.of(11, 30);
    private static final LocalTime AFTERNOON_START = LocalTime.of(13, 30);
    private static final LocalTime AFTERNOON_END = LocalTime.of(17, 0);

    private final Plan plan;
    private final CalendarFeed feed;

    private PlanCalendar(Plan plan, CalendarFeed feed) {
        this.plan = plan;
        this.feed = feed;
    }

    /**
     * The calendar of {@code plan}; deadlines resolve in {@code context}, to which the dates of
     * the plan's scheduled sessions are added.
     *
     * @param plan the plan
     * @param context the working calendar and the milestones that deadlines resolve against
     * @param stamp the moment written as every entry's DTSTAMP, so that the same input gives the same file
     * @return the calendar of {@code plan}; deadlines resolve in {@code context}, to which the dates of the plan's
     *         scheduled sessions are added
     */
    public static PlanCalendar of(Plan plan, DeadlineContext context, Instant stamp) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(stamp, "stamp");
        List<CalendarEntry> entries = new ArrayList<>();
        DeadlineContext ctx = context;
        String location = plan.format() == null ? "" : plan.venue(plan.format().mainVenue())
                .map((Venue v) -> v.address() == null ? v.name() : v.name() + ", " + v.address()).orElse("");
        String subject = plan.identity().subject() == null ? plan.id() : plan.identity().subject();
        for (int i = 0; i < plan.sessions().size(); i++) {
            Session s = plan.sessions().get(i);
            if (s.date() == null) {
                continue;
            }
            if (i == 0) {
                ctx = ctx.with(MilestoneRef.session(), s.date());
            }
            ctx = ctx.with(MilestoneRef.session(s.id()), s.date());
            LocalTime start = s.start() != null ? s.start()
                    : s.partOfDay() == PartOfDay.AFTERNOON ? AFTERNOON_START : MORNING_START;
            LocalTime end = s.end() != null ? s.end()
                    : s.partOfDay() == PartOfDay.MORNING ? MORNING_END : AFTERNOON_END;
            // each sitting or event at its own venue and under its own title; a window of dates ends on its last day
            String where = s.venue() == null ? location : plan.venue(s.venue())
                    .map((Venue v) -> v.address() == null ? v.name() : v.name() + ", " + v.address()).orElse(location);
            String what = s.title() == null ? subject : s.title() + " - " + subject;
            entries.add(new SessionEvent(s.id() + "@" + plan.id(), what, "", where,
                    s.date().atTime(start), s.latestDay().atTime(end)));
        }
        for (PlannedTask t : plan.tasks()) {
            if (t.task().deadline() == null) {
                continue;
            }
            Optional<Deadline> due = t.task().deadline().resolve(ctx);
            if (due.isEmpty()) {
                continue;
            }
            LocalDate last = due.get().lastDay();
            String owners = t.owners().stream().map(plan.registry()::organisationName).collect(Collectors.joining("; "));
            String description = owners + "\n" + t.task().deadline().inText();
            entries.add(new DeadlineTodo(t.id() + "@" + plan.id(), summary(t.task().printedText()), description,
                    last.atTime(23, 59, 59)));
        }
        String name = subject;
        return new PlanCalendar(plan, new CalendarFeed("-//dialogue//" + plan.id() + "//VI", name, CalendarFeed.VIETNAM,
                stamp, entries));
    }

    /**
     * This calendar with the outstanding work on {@code questions} as to-dos, in the Vietnamese wording: each routed
     * question's answer to prepare (due on the routing's last day), each deferred question's written answer (due on
     * the promised day) and, while some askers have not been told, the notices to them (due on the notice day);
     * work already done owes nothing (see {@link Deadlines#outstanding}). A calendar is shared with subscribers
     * ({@link Audience#PUBLIC}): the questions' wordings are struck of non-consenting askers' identity before they
     * are shortened into titles (see {@code Redaction}).
     *
     * @param questions the questions, as {@code QuestionRegistry.questions()} gives them
     * @return this calendar with the outstanding work on {@code questions} as to-dos, in the Vietnamese wording: each
     *         routed question's answer to prepare (due on the routing's last day), each deferred question's written
     *         answer (due on the promised day) and, while some askers have not been told, the notices to them (due on
     *         the notice day); work already done owes nothing (see {@link Deadlines#outstanding})
     */
    public PlanCalendar withQuestionDeadlines(Collection<? extends Question> questions) {
        return withQuestionDeadlines(questions, Wording.vietnamese());
    }

    /**
     * {@link #withQuestionDeadlines(Collection)} with the to-dos worded by {@code wording}.
     *
     * @param questions the questions, as {@code QuestionRegistry.questions()} gives them
     * @param wording the fixed words to print
     * @return {@link #withQuestionDeadlines(Collection)} with the to-dos worded by {@code wording}
     */
    public PlanCalendar withQuestionDeadlines(Collection<? extends Question> questions, Wording wording) {
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(wording, "wording");
        Map<QuestionId, Question> byId = new HashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        List<CalendarEntry> entries = new ArrayList<>(feed.entries());
        Redaction redaction = Redaction.of(plan, questions, wording);
        // a question reads by its number in the compiled report ("nội dung số 12"), never by its key
        Map<QuestionId, Integer> numbers = new HashMap<>();
        CompiledQuestions.of(plan, questions).entries().forEach(e -> numbers.put(e.question().id(), e.number()));
        for (DueItem item : Deadlines.outstanding(questions)) {
            String duty = item.duty().name().toLowerCase(Locale.ROOT).replace('_', '-');
            Question q = byId.get(item.question());
            String text = q == null ? "" : summary(redaction.apply(q.dossier().wording()));
            entries.add(new DeadlineTodo(item.question().value() + "-" + duty + "@" + plan.id(),
                    wording.format("calendar." + duty, Map.of("question", numbers.containsKey(item.question())
                            ? wording.format("calendar.question-number", Map.of("number",
                                    Integer.toString(numbers.get(item.question()))))
                            : wording.text("calendar.question"), "text", text)),
                    plan.registry().organisation(item.agency()).map(vn.dialogue.organisation.Organisation::name)
                            .orElse(wording.text("question.unknown-agency")), item.due().atTime(23, 59, 59)));
        }
        return new PlanCalendar(plan, new CalendarFeed(feed.productId(), feed.name(), feed.zone(), feed.stamp(), entries));
    }

    /**
     * This calendar with the chair's conclusion tasks not yet reported done as to-dos, each due at the end of its
     * last day, described by the agency and the deadline as the conclusions word it.
     *
     * @param tasks the conclusion tasks, in any state
     * @return this calendar with the chair's conclusion tasks not yet reported done as to-dos, each due at the end of
     *         its last day, described by the agency and the deadline as the conclusions word it
     */
    public PlanCalendar withConclusionTasks(List<ConclusionTask> tasks) {
        return withConclusionTasks(tasks, Wording.vietnamese());
    }

    /**
     * {@link #withConclusionTasks(List)} with the to-dos worded by {@code wording}.
     *
     * @param wording the fixed words to print
     * @param tasks the conclusion tasks, in any state
     * @return {@link #withConclusionTasks(List)} with the to-dos worded by {@code wording}
     */
    public PlanCalendar withConclusionTasks(List<ConclusionTask> tasks, Wording wording) {
        return withConclusionTasks(tasks, List.of(), wording);
    }

    /**
     * {@link #withConclusionTasks(List, Wording)}, the tasks' texts struck of the identity of the non-consenting
     * askers of {@code questions} (a task may quote whom to answer; a calendar is {@link Audience#PUBLIC}).
     *
     * @param questions the questions, as {@code QuestionRegistry.questions()} gives them
     * @param wording the fixed words to print
     * @param tasks the conclusion tasks, in any state
     * @return {@link #withConclusionTasks(List, Wording)}, the tasks' texts struck of the identity of the
     *         non-consenting askers of {@code questions} (a task may quote whom to answer; a calendar is {@link
     *         Audience#PUBLIC})
     */
    public PlanCalendar withConclusionTasks(List<ConclusionTask> tasks, Collection<? extends Question> questions,
                                            Wording wording) {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(wording, "wording");
        Redaction redaction = Redaction.of(plan, questions, wording);
        List<CalendarEntry> entries = new ArrayList<>(feed.entries());
        for (ConclusionTask t : tasks) {
            if (t.isDone()) {
                continue;
            }
            entries.add(new DeadlineTodo("conclusion-" + t.id() + "@" + plan.id(),
                    wording.format("calendar.conclusion-task", Map.of("text", summary(redaction.apply(t.text())))),
                    plan.registry().organisationName(t.agency()) + "\n" + t.deadline().in(wording.locale()),
                    t.due().atTime(23, 59, 59)));
        }
        return new PlanCalendar(plan, new CalendarFeed(feed.productId(), feed.name(), feed.zone(), feed.stamp(), entries));
    }

    /**
     * The entries, as a feed.
     *
     * @return the entries, as a feed
     */
    public CalendarFeed feed() {
        return feed;
    }

    /**
     * Writes the calendar as iCalendar to {@code out}.
     *
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void write(OutputStream out) throws IOException {
        IcsWriter.create().write(feed, out);
    }

    /** The first sentence of a task, at most 120 characters, as the to-do's title. */
    private static String summary(String text) {
        int stop = text.indexOf(". ");
        String first = stop < 0 ? text : text.substring(0, stop + 1);
        return first.length() <= 120 ? first : first.substring(0, first.lastIndexOf(' ', 117)) + "...";
    }
}
