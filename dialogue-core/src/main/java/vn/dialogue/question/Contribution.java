package vn.dialogue.question;

import java.time.Instant;
import java.util.Objects;

import vn.dialogue.internal.Keys;
import vn.dialogue.text.Nfc;

/**
 * A co-agency's part of an answer. Immutable and thread-safe.
 *
 * @param agency the co-agency's organisation id
 * @param text   what it contributes
 * @param at     when
 */
public record Contribution(String agency, String text, Instant at) {

    /**
     * Checks the fields and puts the text in NFC.
     *
     * @param agency the co-agency's organisation id
     * @param text   what it contributes
     * @param at     when
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the agency is not a valid key, or the text is blank or longer than
     *                                  {@link Submission#MAX_TEXT} characters
     */
    public Contribution {
        agency = Keys.require(agency, "agency");
        text = requireText(text, "contribution");
        Objects.requireNonNull(at, "at");
    }

    /**
     * A text given to the lifecycle: NFC, not blank, within the length a submission may have.
     *
     * @param text the text
     * @param what what the text is, for the message, e.g. {@code "contribution"}
     * @return the text in NFC; never null
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if it is blank or longer than {@link Submission#MAX_TEXT} characters
     */
    public static String requireText(String text, String what) {
        String t = Nfc.of(Objects.requireNonNull(text, what));
        if (t.isBlank()) {
            throw new IllegalArgumentException(what + " text is blank");
        }
        if (t.length() > Submission.MAX_TEXT) {
            throw new IllegalArgumentException(what + " text has " + t.length() + " characters, the limit is "
                    + Submission.MAX_TEXT + "; attach longer documents by reference");
        }
        return t;
    }
}
