package vn.dialogue.question;

import java.util.Objects;

/**
 * A question's state with its version: the number of events that made it. A command names the version it was
 * decided on, and is refused if the question moved on since. Immutable and thread-safe.
 *
 * @param question the state
 * @param version  the number of journaled events that changed this question, from 1
 */
public record Versioned(Question question, long version) {

    /**
     * Checks the fields.
     *
     * @param question the state
     * @param version  the number of journaled events that changed this question, from 1
     * @throws NullPointerException     if {@code question} is null
     * @throws IllegalArgumentException if {@code version} is below 1
     */
    public Versioned {
        Objects.requireNonNull(question, "question");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
    }

    /**
     * The question's key.
     *
     * @return {@code question().id()}; never null
     */
    public QuestionId id() {
        return question.id();
    }

    /**
     * The question's state name.
     *
     * @return {@code question().status()}; never null
     */
    public QuestionStatus status() {
        return question.status();
    }
}
