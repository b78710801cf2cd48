package vn.dialogue.question;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.internal.Keys;
import vn.dialogue.text.Nfc;

/**
 * A question deferred at the session: which agency will answer in writing, and by when. Immutable and
 * thread-safe.
 *
 * @param session    id of the plan's session
 * @param agency     organisation id of the agency responsible for the written answer
 * @param official   who spoke for it at the session, or null
 * @param promisedBy the last day of the promised answer, resolved from a rule (e.g. 10 working days)
 * @param noticeDue  the last day to tell every asker which agency answers and by when
 * @param reason     why it was not answered live, as recorded
 * @param at         when it was deferred
 */
public record Deferral(String session, String agency, @Nullable String official, LocalDate promisedBy,
                       LocalDate noticeDue, String reason, Instant at) {

    /**
     * Checks the fields and puts the text in NFC.
     *
     * @param session    id of the plan's session
     * @param agency     organisation id of the agency responsible for the written answer
     * @param official   who spoke for it at the session, or null
     * @param promisedBy the last day of the promised answer, resolved from a rule (e.g. 10 working days)
     * @param noticeDue  the last day to tell every asker which agency answers and by when
     * @param reason     why it was not answered live, as recorded
     * @param at         when it was deferred
     * @throws NullPointerException     if a field other than {@code official} is null
     * @throws IllegalArgumentException if {@code session} or {@code agency} is not a valid key, or {@code promisedBy} or
     *                                  {@code noticeDue} is before the day of {@code at} in Vietnam
     */
    public Deferral {
        session = Keys.require(session, "session");
        agency = Keys.require(agency, "agency");
        official = Nfc.normalize(official);
        Objects.requireNonNull(promisedBy, "promisedBy");
        Objects.requireNonNull(noticeDue, "noticeDue");
        reason = Nfc.of(Objects.requireNonNull(reason, "reason"));
        Objects.requireNonNull(at, "at");
        LocalDate day = DialogueTime.dayOf(at);
        if (promisedBy.isBefore(day)) {
            throw new IllegalArgumentException("the promised date " + promisedBy + " is before the deferral on " + day);
        }
        if (noticeDue.isBefore(day)) {
            throw new IllegalArgumentException("the notice date " + noticeDue + " is before the deferral on " + day);
        }
    }
}
