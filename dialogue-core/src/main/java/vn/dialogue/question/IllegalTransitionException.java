package vn.dialogue.question;

import java.util.Objects;
import java.util.Set;

/**
 * A transition was asked of a question whose state does not allow it. Nothing was changed.
 */
public final class IllegalTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final QuestionId question;
    private final QuestionStatus from;
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

    /** The question. */
    public QuestionId question() {
        return question;
    }

    /** The state it is in. */
    public QuestionStatus from() {
        return from;
    }

    /** The transition that was asked. */
    public Transition attempted() {
        return attempted;
    }

    /** The transitions its state allows. */
    public Set<Transition> allowed() {
        return from.allowed();
    }
}
