package vn.dialogue.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An event to append: its type, its data as one JSON object, when it was recorded, the streams it changes (the
 * first is the stream it belongs to; a compilation also changes the questions it merges) and an optional
 * idempotency key, which a store refuses to take twice. Immutable.
 *
 * @param type     the event's type name, e.g. {@code "accepted"}
 * @param data     the event's fields as one JSON object
 * @param recorded when the event was recorded (the act's instant, not the clock of the store)
 * @param streams  the streams it changes, at least one, no repeats
 * @param key      a key no other event of the log may carry (e.g. a submission's channel and message id), or null
 */
public record NewEvent(String type, String data, Instant recorded, List<String> streams, @Nullable String key) {

    /**
     * Checks the fields; {@code streams} is copied.
     *
     * @param type     the event's type name, not blank
     * @param data     the event's fields as one JSON object
     * @param recorded when the event was recorded
     * @param streams  the streams it changes, at least one, no repeats, each a valid stream id
     * @param key      an idempotency key, not blank, or null
     * @throws IllegalArgumentException if the type is blank, the data is not a JSON object, the streams are empty,
     *                                  repeated or not valid ids, or the key is blank
     * @throws NullPointerException     if {@code type}, {@code data}, {@code recorded} or {@code streams} is null
     */
    public NewEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(recorded, "recorded");
        if (type.isBlank()) {
            throw new IllegalArgumentException("an event needs a type name");
        }
        if (data.isBlank() || data.charAt(0) != '{') {
            throw new IllegalArgumentException("event " + type + ": its data must be a JSON object");
        }
        streams = List.copyOf(streams);
        if (streams.isEmpty()) {
            throw new IllegalArgumentException("event " + type + " changes no stream");
        }
        streams.forEach(StreamVersion::requireStream);
        if (streams.stream().distinct().count() != streams.size()) {
            throw new IllegalArgumentException("event " + type + " names a stream twice: " + streams);
        }
        if (key != null && key.isBlank()) {
            throw new IllegalArgumentException("event " + type + ": a key must not be blank");
        }
    }

    /**
     * An event of one stream, with no key.
     *
     * @param type     the event's type name
     * @param data     the event's fields as one JSON object
     * @param recorded when the event was recorded
     * @param stream   the stream it changes
     * @return the event; never null
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public static NewEvent of(String type, String data, Instant recorded, String stream) {
        return new NewEvent(type, data, recorded, List.of(stream), null);
    }
}
