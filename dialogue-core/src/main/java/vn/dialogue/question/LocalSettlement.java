package vn.dialogue.question;

import java.time.Instant;
import java.util.Objects;

import vn.dialogue.internal.Keys;


/**
 * A question a local authority settled within its own powers, and its report. Immutable and thread-safe.
 *
 * @param unit      id of the administrative unit whose authority settled it
 * @param authority organisation id of that authority (a district or commune People's Committee)
 * @param report    what was done, as reported
 * @param at        when it was reported
 */
public record LocalSettlement(String unit, String authority, String report, Instant at) {

    /**
     * Checks the fields and puts the report in NFC.
     *
     * @param unit      id of the administrative unit whose authority settled it
     * @param authority organisation id of that authority (a district or commune People's Committee)
     * @param report    what was done, as reported
     * @param at        when it was reported
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if {@code unit} or {@code authority} is not a valid key, or the report is
     *                                  blank or longer than {@link Submission#MAX_TEXT} characters
     */
    public LocalSettlement {
        unit = Keys.require(unit, "unit");
        authority = Keys.require(authority, "authority");
        report = Contribution.requireText(report, "local settlement report");
        Objects.requireNonNull(at, "at");
    }
}
