package vn.dialogue.question;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.internal.Keys;
import vn.dialogue.text.Nfc;

/**
 * How a question was answered at the session. Immutable and thread-safe.
 *
 * @param session  id of the plan's session
 * @param agency   organisation id of the agency that answered
 * @param official who spoke (name and title, as the record gives it), or null
 * @param summary  the answer in brief, as the secretariat recorded it
 * @param at       when it was recorded
 */
public record LiveAnswer(String session, String agency, @Nullable String official, String summary, Instant at) {

    /**
     * Checks the fields and puts the text in NFC.
     *
     * @param session  id of the plan's session
     * @param agency   organisation id of the agency that answered
     * @param official who spoke (name and title, as the record gives it), or null
     * @param summary  the answer in brief, as the secretariat recorded it
     * @param at       when it was recorded
     * @throws NullPointerException     if a field other than {@code official} is null
     * @throws IllegalArgumentException if {@code session} or {@code agency} is not a valid key, or the summary is
     *                                  blank or longer than {@link Submission#MAX_TEXT} characters
     */
    public LiveAnswer {
        session = Keys.require(session, "session");
        agency = Keys.require(agency, "agency");
        official = Nfc.normalize(official);
        summary = Contribution.requireText(summary, "live answer");
        Objects.requireNonNull(at, "at");
    }
}
