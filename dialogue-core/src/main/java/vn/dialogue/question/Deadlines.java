package vn.dialogue.question;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which work on questions is overdue or due soon at an instant, read in Vietnam's time zone: a deadline day
 * ends at 24:00 there. Work already done (a draft, a written answer, every notice) owes nothing.
 */
public final class Deadlines {

    private Deadlines() {
    }

    /**
     * Every outstanding piece of work, by due day, then question, then duty.
     *
     * @param questions the questions, in any state
     * @return the items; unmodifiable, never null
     */
    public static List<DueItem> outstanding(Collection<? extends Question> questions) {
        Objects.requireNonNull(questions, "questions");
        List<DueItem> items = new ArrayList<>();
        for (Question q : questions) {
            if (q instanceof RoutedQuestion routed) {
                items.add(new DueItem(q.id(), DueItem.Duty.PREPARE_ANSWER, routed.routing().lead(),
                        routed.routing().answerDue()));
            } else if (q instanceof DeferredQuestion deferred) {
                Deferral d = deferred.deferral();
                items.add(new DueItem(q.id(), DueItem.Duty.ANSWER_IN_WRITING, d.agency(), d.promisedBy()));
                if (!deferred.noticesPending().isEmpty()) {
                    items.add(new DueItem(q.id(), DueItem.Duty.NOTIFY_ASKERS, d.agency(), d.noticeDue()));
                }
            }
        }
        items.sort(Comparator.comparing(DueItem::due).thenComparing(DueItem::question)
                .thenComparing(DueItem::duty));
        return List.copyOf(items);
    }

    /**
     * Work whose last day ended before {@code at}, in the order of {@link #outstanding}.
     *
     * @param questions the questions, in any state
     * @param at        the instant to judge at
     * @return the overdue items; unmodifiable, never null
     */
    public static List<DueItem> overdue(Collection<? extends Question> questions, Instant at) {
        LocalDate today = DialogueTime.dayOf(at);
        return outstanding(questions).stream().filter(i -> i.due().isBefore(today)).toList();
    }

    /**
     * Work not yet overdue whose last day is within {@code days} calendar days of {@code at}'s day (0: today).
     *
     * @param questions the questions, in any state
     * @param at        the instant to judge at
     * @param days      how many calendar days ahead to look, 0 or more
     * @return the items due soon; unmodifiable, never null
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public static List<DueItem> dueSoon(Collection<? extends Question> questions, Instant at, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative, was " + days);
        }
        LocalDate today = DialogueTime.dayOf(at);
        LocalDate last = today.plusDays(days);
        return outstanding(questions).stream().filter(i -> !i.due().isBefore(today) && !i.due().isAfter(last))
                .toList();
    }
}
