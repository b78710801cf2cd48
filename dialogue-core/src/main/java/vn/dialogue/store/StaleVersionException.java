package vn.dialogue.store;

import java.util.Objects;

/**
 * A change was made against a version of a record that is no longer the current one: someone else changed it
 * first. The change is refused, never merged; read the record again and decide anew.
 */
public final class StaleVersionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** What was changed, e.g. a question id; never null. */
    private final String subject;
    /** The version the change was based on. */
    private final long expected;
    /** The current version. */
    private final long actual;

    /**
     * A refused change.
     *
     * @param subject  what was changed, e.g. a question id or a stream id
     * @param expected the version the change was made against
     * @param actual   the version the record is at now
     * @throws NullPointerException if {@code subject} is null
     */
    public StaleVersionException(String subject, long expected, long actual) {
        super(Objects.requireNonNull(subject, "subject") + " is at version " + actual + ", the change was made against version "
                + expected + ": reload it and try again");
        this.subject = subject;
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * What was changed.
     *
     * @return e.g. a question id or a stream id; never null
     */
    public String subject() {
        return subject;
    }

    /**
     * The version the change was based on.
     *
     * @return the version the caller expected the record to be at
     */
    public long expected() {
        return expected;
    }

    /**
     * The current version.
     *
     * @return the version the record was at when the change was refused
     */
    public long actual() {
        return actual;
    }
}
