package vn.dialogue.yearly;

import vn.dialogue.question.DeferredQuestion;
import vn.dialogue.question.Question;

import vn.dialogue.conclusion.ConclusionTask;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import vn.dialogue.plan.CarryOver;

/**
 * What a dialogue leaves unsettled at an instant, and so what next year's plan carries over: the chair's tasks
 * not yet done, and deferred questions not yet answered in writing. Immutable and thread-safe.
 *
 * @param at                 the instant it was computed for
 * @param tasks              conclusion tasks open or overdue, in the order given
 * @param deferredQuestions  deferred questions still waiting for their written answer, in id order
 */
public record Unsettled(Instant at, List<ConclusionTask> tasks, List<DeferredQuestion> deferredQuestions) {

    public Unsettled {
        Objects.requireNonNull(at, "at");
        tasks = List.copyOf(tasks);
        deferredQuestions = List.copyOf(deferredQuestions);
    }

    /** What is unsettled at {@code at}, from the questions' and tasks' current states. */
    public static Unsettled at(Instant at, Collection<? extends Question> questions, Collection<ConclusionTask> tasks) {
        Objects.requireNonNull(at, "at");
        List<ConclusionTask> open = tasks.stream().filter(t -> !t.status(at).isDone()).toList();
        List<DeferredQuestion> deferred = questions.stream()
                .filter(DeferredQuestion.class::isInstance).map(DeferredQuestion.class::cast)
                .sorted(Comparator.comparing(DeferredQuestion::id)).toList();
        return new Unsettled(at, open, deferred);
    }

    /** True if nothing is unsettled. */
    public boolean isEmpty() {
        return tasks.isEmpty() && deferredQuestions.isEmpty();
    }

    /**
     * The carry-overs for next year's plan ({@code vn.dialogue.yearly.NextYear#carryingOver}): deferred questions
     * first, then tasks.
     *
     * @param fromPlan id of this dialogue's plan
     */
    public List<CarryOver> carryOvers(String fromPlan) {
        List<CarryOver> all = new ArrayList<>();
        for (DeferredQuestion q : deferredQuestions) {
            all.add(new CarryOver(fromPlan, CarryOver.Kind.DEFERRED_QUESTION, q.id().value(), q.dossier().wording(),
                    q.deferral().agency(), q.deferral().promisedBy()));
        }
        for (ConclusionTask t : tasks) {
            all.add(new CarryOver(fromPlan, CarryOver.Kind.CONCLUSION_TASK, t.id(), t.text(), t.agency(), t.due()));
        }
        return List.copyOf(all);
    }
}
