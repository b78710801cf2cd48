package vn.dialogue.store;

import java.util.Objects;

/**
 * An append was refused because one of its events carries an idempotency key that an event already stored
 * carries: the same submission was received before, maybe by another instance. Nothing was appended; read the
 * log (catch up) and find the event by its key.
 */
public final class DuplicateEventException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The idempotency key already stored; never null. */
    private final String key;
    /** The stream of the stored event that carries the key; never null. */
    private final String stream;

    /**
     * @param key    the key already stored
     * @param stream the stream of the event that carries it
     */
    public DuplicateEventException(String key, String stream) {
        super("an event with key '" + Objects.requireNonNull(key, "key") + "' is already stored, in stream "
                + Objects.requireNonNull(stream, "stream"));
        this.key = key;
        this.stream = stream;
    }

    /**
     * The key already stored.
     *
     * @return the idempotency key the refused event carried; never null
     */
    public String key() {
        return key;
    }

    /**
     * The stream of the stored event that carries the key.
     *
     * @return the stream id; never null
     */
    public String stream() {
        return stream;
    }
}
