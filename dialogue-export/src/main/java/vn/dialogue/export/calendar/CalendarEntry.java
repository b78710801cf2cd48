package vn.dialogue.export.calendar;

/** One entry of a {@link CalendarFeed}: a session (an event) or a deadline (a to-do). */
public sealed interface CalendarEntry permits SessionEvent, DeadlineTodo {

    /**
     * The globally unique, stable identifier of the entry: the same entry keeps it across exports.
     *
     * @return the globally unique, stable identifier of the entry: the same entry keeps it across exports
     */
    String uid();
}
