package vn.dialogue.store;

import java.util.Objects;

/**
 * A change was made against a version of a record that is no longer the current one: someone else changed it
 * first. The change is refused, never merged; read the record again and decide anew.
 */
public final class StaleVersionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String subject;
    private final long expected;
    private final long actual;

    public StaleVersionException(String subject, long expected, long actual) {
        super(Objects.requireNonNull(subject, "subject") + " is at version " + actual + ", the change was made against version "
                + expected + ": reload it and try again");
        this.subject = subject;
        this.expected = expected;
        this.actual = actual;
    }

    /** What was changed, e.g. a question id. */
    public String subject() {
        return subject;
    }

    /** The version the change was based on. */
    public long expected() {
        return expected;
    }

    /** The current version. */
    public long actual() {
        return actual;
    }
}
