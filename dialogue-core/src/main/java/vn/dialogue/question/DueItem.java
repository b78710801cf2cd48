package vn.dialogue.question;

import java.time.LocalDate;
import java.util.Objects;

import vn.dialogue.internal.Keys;


/**
 * A piece of work on a question with its deadline. Immutable and thread-safe.
 *
 * @param question the question
 * @param duty     what is due
 * @param agency   organisation id of the agency that owes it
 * @param due      the last day
 */
public record DueItem(QuestionId question, Duty duty, String agency, LocalDate due) {

    /** What is due. */
    public enum Duty {
        /** The lead agency's draft answer of a routed question, by the routing's answer date. */
        PREPARE_ANSWER,
        /** The written answer to a deferred question, by the promised date. */
        ANSWER_IN_WRITING,
        /** Telling every asker of a deferred question which agency answers and by when. */
        NOTIFY_ASKERS
    }

    /**
     * Checks the fields.
     *
     * @param question the question
     * @param duty     what is due
     * @param agency   organisation id of the agency that owes it
     * @param due      the last day
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if {@code agency} is not a valid key
     */
    public DueItem {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(duty, "duty");
        agency = Keys.require(agency, "agency");
        Objects.requireNonNull(due, "due");
    }
}
