package vn.dialogue.store;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A store holds something that is not a valid sequence of events: an event missing, repeated, altered or
 * unreadable, named where it is (a file and line, a table row). Nothing is replayed past it; a person must
 * repair the store, guided by {@link #where()}.
 */
public class DamagedStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Where the damage is, e.g. a file and line; never null. */
    private final String where;
    /** What is wrong there; never null. */
    private final String reason;

    /**
     * @param where  where the damage is, e.g. {@code "questions.jsonl, line 12"}
     * @param reason what is wrong there
     * @param cause  what failed while reading it, or null
     */
    public DamagedStoreException(String where, String reason, @Nullable Throwable cause) {
        super(Objects.requireNonNull(where, "where") + ": " + Objects.requireNonNull(reason, "reason"), cause);
        this.where = where;
        this.reason = reason;
    }

    /**
     * For adapters whose message says more than "where: reason".
     *
     * @param where   where the damage is
     * @param message the whole message
     * @param reason  what is wrong there
     * @param cause   what failed while reading it, or null
     */
    protected DamagedStoreException(String where, String message, String reason, @Nullable Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.where = Objects.requireNonNull(where, "where");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Where the damage is: the place a person must repair.
     *
     * @return a file and line, a table row or the like, e.g. {@code "questions.jsonl, line 12"}; never null
     */
    public String where() {
        return where;
    }

    /**
     * What is wrong there.
     *
     * @return the reason, without the place; never null
     */
    public String reason() {
        return reason;
    }
}
