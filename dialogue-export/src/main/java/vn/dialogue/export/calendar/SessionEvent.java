package vn.dialogue.export.calendar;

import java.time.LocalDateTime;
import java.util.Objects;

import vn.dialogue.export.internal.OutputText;

/**
 * A session of a dialogue as a calendar event, in the feed's time zone. Immutable and thread-safe.
 *
 * @param uid         stable unique identifier, never null, never blank
 * @param summary     the title, never null
 * @param description details, never null, may be empty
 * @param location    the venue, never null, may be empty
 * @param start       the local start time, never null
 * @param end         the local end time, after {@code start}, never null
 */
public record SessionEvent(String uid, String summary, String description, String location,
                           LocalDateTime start, LocalDateTime end) implements CalendarEntry {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param uid stable unique identifier, never null, never blank
     * @param summary the title, never null
     * @param description details, never null, may be empty
     * @param location the venue, never null, may be empty
     * @param start the local start time, never null
     * @param end the local end time, after {@code start}, never null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public SessionEvent {
        uid = OutputText.of(Objects.requireNonNull(uid, "uid"));
        if (uid.isBlank()) {
            throw new IllegalArgumentException("a calendar event needs a non-blank uid");
        }
        summary = OutputText.of(Objects.requireNonNull(summary, "summary"));
        description = OutputText.of(Objects.requireNonNull(description, "description"));
        location = OutputText.of(Objects.requireNonNull(location, "location"));
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("event '" + summary + "' ends at " + end + ", not after its start " + start);
        }
    }
}
