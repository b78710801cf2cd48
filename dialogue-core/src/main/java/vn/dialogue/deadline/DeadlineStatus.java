package vn.dialogue.deadline;

/** Where a piece of work stands against its deadline at an instant. */
public enum DeadlineStatus {
    /** Not done, and the deadline is further away than the due-soon window. */
    UPCOMING,
    /** Not done, and the deadline is within the due-soon window. */
    DUE_SOON,
    /** Not done, and the deadline has passed. */
    OVERDUE,
    /** Done before the deadline ended. */
    DONE_ON_TIME,
    /** Done after the deadline ended. */
    DONE_LATE
}
