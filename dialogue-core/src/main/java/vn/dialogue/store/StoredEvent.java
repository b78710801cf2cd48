package vn.dialogue.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An event as a store keeps it: its global position in the log, the version it gave each stream it changed (the
 * first is its own stream), its type, when it was recorded, its data (one JSON object) and its idempotency key.
 * {@code verified} is false for an event read from a journal written before events carried a checksum and a
 * sequence: it was loaded, but nothing could prove it unaltered. Immutable.
 *
 * @param position the global position, from 1, in the order events were committed
 * @param streams  the streams it changed, each at the version it gave it
 * @param type     the event's type name
 * @param recorded when it was recorded
 * @param data     its fields as one JSON object
 * @param key      its idempotency key, or null
 * @param verified whether its sequence and checksum were verified when it was read
 */
public record StoredEvent(long position, List<StreamVersion> streams, String type, Instant recorded, String data,
                          @Nullable String key, boolean verified) {

    /**
     * Checks the fields; {@code streams} is copied.
     *
     * @param position the global position, from 1
     * @param streams  the streams it changed, at least one, each at the version it gave it
     * @param type     the event's type name
     * @param recorded when it was recorded
     * @param data     its fields as one JSON object
     * @param key      its idempotency key, or null
     * @param verified whether its sequence and checksum were verified when it was read
     * @throws IllegalArgumentException if {@code position} is below 1 or {@code streams} is empty
     * @throws NullPointerException     if {@code type}, {@code recorded} or {@code data} is null
     */
    public StoredEvent {
        if (position < 1) {
            throw new IllegalArgumentException("a stored event's position starts at 1, got " + position);
        }
        streams = List.copyOf(streams);
        if (streams.isEmpty()) {
            throw new IllegalArgumentException("a stored event changes at least one stream");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(data, "data");
    }

    /**
     * The stream the event belongs to: the first it changed.
     *
     * @return the stream id; never null
     */
    public String stream() {
        return streams.get(0).stream();
    }

    /**
     * The version the event gave its own stream.
     *
     * @return the version, from 1
     */
    public long version() {
        return streams.get(0).version();
    }

    /**
     * The same event with other data, for an erasure's rewrite; everything else stays.
     *
     * @param newData the new fields, as one JSON object
     * @return a new stored event; never null
     * @throws NullPointerException if {@code newData} is null
     */
    public StoredEvent withData(String newData) {
        return new StoredEvent(position, streams, type, recorded, newData, key, verified);
    }
}
