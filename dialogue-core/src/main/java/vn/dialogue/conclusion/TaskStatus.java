package vn.dialogue.conclusion;

/** Where a task of the chair's conclusions stands at an instant. */
public enum TaskStatus {
    /** Not done, and its last day has not passed. */
    OPEN,
    /** Not done, and its last day has passed. */
    OVERDUE,
    /** Reported done by the end of its last day. */
    DONE_ON_TIME,
    /** Reported done after its last day. */
    DONE_LATE;

    /**
     * Whether the task is done.
     *
     * @return true for {@link #DONE_ON_TIME} and {@link #DONE_LATE}
     */
    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }
}
