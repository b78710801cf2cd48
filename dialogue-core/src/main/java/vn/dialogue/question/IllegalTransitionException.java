package vn.dialogue.question;

import java.util.Objects;
import java.util.Set;

/**
 * A transition was asked of a question whose state does not allow it. Nothing was changed.
 */
public final class IllegalTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The question; never null. */
    private final QuestionId question;
    /** The state it was in. */
    private final QuestionStatus from;
    /** The transition that was asked; never null. */
    private final Transition attempted;

    IllegalTransitionException(QuestionId question, QuestionStatus from, Transition attempted) {
        super("question " + question + " is " + from + ": cannot " + attempted + "; allowed: "
                + (from.allowed().isEmpty() ? "none, the state is final" : from.allowed()));
        this.question = Objects.requireNonNull(question, "question");
        this.from = from;
        this.attempted = Objects.requireNonNull(attempted, "attempted");
    }

    static IllegalTransitionException of(Question question, Transition attempted) {
        return new IllegalTransitionException(question.id(), question.status(), attempted);
    }

    /**
     * The question.
     *
     * @return its id; never null
     */
    public QuestionId question() {
        return question;
    }

    /**
     * The state it is in.
     *
     * @return the state; never null
     */
    public QuestionStatus from() {
        return from;
    }

    /**
     * The transition that was asked.
     *
     * @return the transition; never null
     */
    public Transition attempted() {
        return attempted;
    }

    /**
     * The transitions its state allows.
     *
     * @return the allowed transitions, empty for a final state; never null
     */
    public Set<Transition> allowed() {
        return from.allowed();
    }
}
