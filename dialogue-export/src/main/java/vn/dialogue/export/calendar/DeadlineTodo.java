package vn.dialogue.export.calendar;

import java.time.LocalDateTime;
import java.util.Objects;

import vn.dialogue.export.internal.OutputText;

/**
 * A deadline of a plan's task as a calendar to-do, due at a local time in the feed's time zone
 * (the end of the last day on which the work is on time). Immutable and thread-safe.
 *
 * @param uid         stable unique identifier, never null, never blank
 * @param summary     the task, never null
 * @param description details such as the responsible agency and the wording of the deadline, never null
 * @param due         the local time the task is due, never null
 */
public record DeadlineTodo(String uid, String summary, String description, LocalDateTime due) implements CalendarEntry {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param uid stable unique identifier, never null, never blank
     * @param summary the task, never null
     * @param description details such as the responsible agency and the wording of the deadline, never null
     * @param due the local time the task is due, never null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public DeadlineTodo {
        uid = OutputText.of(Objects.requireNonNull(uid, "uid"));
        if (uid.isBlank()) {
            throw new IllegalArgumentException("a calendar to-do needs a non-blank uid");
        }
        summary = OutputText.of(Objects.requireNonNull(summary, "summary"));
        description = OutputText.of(Objects.requireNonNull(description, "description"));
        Objects.requireNonNull(due, "due");
    }
}
