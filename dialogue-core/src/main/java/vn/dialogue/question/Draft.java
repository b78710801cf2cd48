package vn.dialogue.question;

import java.time.Instant;
import java.util.Objects;

import vn.dialogue.internal.Keys;


/**
 * The lead agency's draft answer. Immutable and thread-safe.
 *
 * @param agency the lead agency's organisation id
 * @param text   the draft
 * @param at     when it was drafted
 */
public record Draft(String agency, String text, Instant at) {

    /**
     * Checks the fields and puts the text in NFC.
     *
     * @param agency the lead agency's organisation id
     * @param text   the draft
     * @param at     when it was drafted
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if {@code agency} is not a valid key, or the text is blank or longer than {@link Submission#MAX_TEXT} characters
     */
    public Draft {
        agency = Keys.require(agency, "agency");
        text = Contribution.requireText(text, "draft");
        Objects.requireNonNull(at, "at");
    }
}
