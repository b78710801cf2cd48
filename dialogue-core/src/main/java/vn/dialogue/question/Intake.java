package vn.dialogue.question;

import java.util.Objects;

/**
 * The result of recording a submission: the question it is recorded as, and whether it was already recorded
 * (same channel and message id). Immutable and thread-safe.
 *
 * @param question  the question, as it is now (a duplicate returns the existing one, in whatever state it is)
 * @param duplicate true if the submission had been recorded before and nothing new was recorded
 */
public record Intake(Versioned question, boolean duplicate) {

    /**
     * Checks the question.
     *
     * @param question  the question, as it is now (a duplicate returns the existing one, in whatever state it is)
     * @param duplicate true if the submission had been recorded before and nothing new was recorded
     * @throws NullPointerException if {@code question} is null
     */
    public Intake {
        Objects.requireNonNull(question, "question");
    }

    /**
     * The question's key.
     *
     * @return {@code question().id()}; never null
     */
    public QuestionId id() {
        return question.id();
    }
}
