package vn.dialogue.question;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What next year's plan carries over from this one at an instant: the chair's tasks not yet done, and deferred
 * questions not yet answered in writing. Immutable and thread-safe.
 *
 * @param at                 the instant it was computed for
 * @param unresolvedTasks    tasks open or overdue, in the order assigned
 * @param unansweredDeferred deferred questions still waiting for their written answer, in id order
 */
public record CarryOver(Instant at, List<ConclusionTask> unresolvedTasks, List<DeferredQuestion> unansweredDeferred) {

    public CarryOver {
        Objects.requireNonNull(at, "at");
        unresolvedTasks = List.copyOf(unresolvedTasks);
        unansweredDeferred = List.copyOf(unansweredDeferred);
    }

    /** What carries over at {@code at}, from the questions' and tasks' current states. */
    public static CarryOver of(Collection<? extends Question> questions, Collection<ConclusionTask> tasks, Instant at) {
        Objects.requireNonNull(at, "at");
        List<ConclusionTask> open = tasks.stream().filter(t -> !t.status(at).isDone()).toList();
        List<DeferredQuestion> deferred = questions.stream()
                .filter(DeferredQuestion.class::isInstance).map(DeferredQuestion.class::cast)
                .sorted(java.util.Comparator.comparing(DeferredQuestion::id)).toList();
        return new CarryOver(at, open, deferred);
    }

    /** True if nothing carries over. */
    public boolean isEmpty() {
        return unresolvedTasks.isEmpty() && unansweredDeferred.isEmpty();
    }
}
