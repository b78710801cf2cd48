package vn.dialogue.conclusion;

import vn.dialogue.organisation.Ids;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import vn.dialogue.text.Nfc;

/**
 * The chair's conclusions at the end of a session: a general assessment and directions; the tasks they give
 * agencies are {@link ConclusionTask}s. Immutable and thread-safe.
 *
 * @param session    the session
 * @param assessment the general assessment (section I of the conclusion notice)
 * @param directions the directions, in order
 * @param at         when they were recorded
 */
public record ChairConclusions(String session, String assessment, List<String> directions, Instant at) {

    /**
     * Checks the fields and puts the texts in NFC; {@code directions} is copied.
     *
     * @param session    the session's id, a key: ASCII letters, digits, dot, underscore and hyphen, at most 128 characters
     * @param assessment the general assessment
     * @param directions the directions, in order
     * @param at         when they were recorded
     * @throws NullPointerException     if {@code session}, {@code assessment} or {@code at} is null
     * @throws IllegalArgumentException if {@code session} is not a valid key
     */
    public ChairConclusions {
        session = Ids.require(session, "session");
        assessment = Nfc.of(Objects.requireNonNull(assessment, "assessment"));
        directions = Nfc.all(directions);
        Objects.requireNonNull(at, "at");
    }
}
