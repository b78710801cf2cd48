package vn.dialogue.due;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.question.Deadlines;
import vn.dialogue.question.DialogueTime;
import vn.dialogue.question.DueItem;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionId;

/**
 * What each agency owes at an instant, read from the lifecycles: the outstanding work on questions
 * ({@link Deadlines#outstanding}: answers to prepare, written answers, notices) and the conclusion tasks not yet
 * reported done, each with its working days left or overdue on the calendar. The day is the instant's day in
 * Vietnam; a last day ends at 24:00 there. Immutable and thread-safe.
 *
 * @param day      the day judged on
 * @param byAgency the work by agency id, agencies in id order, each agency's work by last day (so
 *                 overdue first), kind and reference
 */
public record DueList(LocalDate day, Map<String, List<DueWork>> byAgency) {

    private static final Comparator<DueWork> ORDER = Comparator.comparing(DueWork::due)
            .thenComparing(DueWork::kind).thenComparing(DueWork::reference);

    /**
     * Copies the map.
     *
     * @param day      the day judged on
     * @param byAgency the work by agency id
     * @throws NullPointerException if a field is null
     */
    public DueList {
        Objects.requireNonNull(day, "day");
        Map<String, List<DueWork>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(byAgency, "byAgency").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        byAgency = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The due list at {@code at}.
     *
     * @param at        the instant to judge at
     * @param questions the questions, in any state
     * @param tasks     the conclusion tasks, done or not
     * @param calendar  the working days to count on
     * @return the due list; never null
     * @throws NullPointerException if an argument is null
     */
    public static DueList at(Instant at, Collection<? extends Question> questions,
            Collection<ConclusionTask> tasks, WorkingCalendar calendar) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(calendar, "calendar");
        LocalDate day = DialogueTime.dayOf(at);
        Map<QuestionId, String> wording = new java.util.HashMap<>();
        Objects.requireNonNull(questions, "questions").forEach(q -> wording.put(q.id(), q.dossier().wording()));
        List<DueWork> all = new ArrayList<>();
        for (DueItem item : Deadlines.outstanding(questions)) {
            all.add(work(kind(item.duty()), item.agency(), item.question().toString(),
                    wording.get(item.question()), item.due(), day, calendar));
        }
        for (ConclusionTask t : tasks) {
            if (!t.isDone()) {
                all.add(work(DueWork.Kind.CONCLUSION_TASK, t.agency(), t.id(), t.text(), t.due(), day, calendar));
            }
        }
        Map<String, List<DueWork>> byAgency = new java.util.TreeMap<>();
        for (DueWork w : all) {
            byAgency.computeIfAbsent(w.agency(), a -> new ArrayList<>()).add(w);
        }
        byAgency.values().forEach(l -> l.sort(ORDER));
        return new DueList(day, byAgency);
    }

    /**
     * The work of one agency.
     *
     * @param agency organisation id
     * @return its work in this list's order; empty when it owes nothing; never null
     */
    public List<DueWork> of(String agency) {
        return byAgency.getOrDefault(agency, List.of());
    }

    /**
     * The overdue work of one agency.
     *
     * @param agency organisation id
     * @return its overdue work; never null
     */
    public List<DueWork> overdue(String agency) {
        return of(agency).stream().filter(DueWork::overdue).toList();
    }

    /**
     * Every piece of work, agency by agency.
     *
     * @return all the work; never null
     */
    public List<DueWork> all() {
        return byAgency.values().stream().flatMap(List::stream).toList();
    }

    private static DueWork work(DueWork.Kind kind, String agency, String reference, String text, LocalDate due,
            LocalDate day, WorkingCalendar calendar) {
        return new DueWork(kind, agency, reference, text == null ? "" : text, due,
                calendar.workingDaysBetween(day, due), due.isBefore(day));
    }

    private static DueWork.Kind kind(DueItem.Duty duty) {
        return switch (duty) {
            case PREPARE_ANSWER -> DueWork.Kind.PREPARE_ANSWER;
            case ANSWER_IN_WRITING -> DueWork.Kind.ANSWER_IN_WRITING;
            case NOTIFY_ASKERS -> DueWork.Kind.NOTIFY_ASKERS;
        };
    }
}
