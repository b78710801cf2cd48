package vn.dialogue.question;

import java.util.Objects;

/**
 * A submission as it entered the dialogue, with the question it was recorded as: a compiled question keeps one
 * per member, so every asker and channel stays known. Immutable and thread-safe.
 *
 * @param question   the question the submission was recorded as
 * @param submission the submission
 */
public record Original(QuestionId question, Submission submission) {

    /**
     * Checks the fields.
     *
     * @param question   the question the submission was recorded as
     * @param submission the submission
     * @throws NullPointerException if a field is null
     */
    public Original {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(submission, "submission");
    }

    /**
     * Who asked.
     *
     * @return {@code submission().asker()}; never null
     */
    public Asker asker() {
        return submission.asker();
    }
}
