package vn.dialogue.lifecycle;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of one family's events, by Jackson data binding: each event record's fields as one object, and its
 * type by a name given in one table. Immutable and thread-safe.
 *
 * @param <E> the family's event type
 */
public final class EventCodec<E> {

    private final Map<String, ObjectReader> readers = new HashMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();
    private final Map<Class<?>, ObjectWriter> writers = new HashMap<>();

    private EventCodec(JsonMapper mapper, Map<String, Class<? extends E>> types) {
        types.forEach((name, type) -> {
            if (names.put(type, name) != null) {
                throw new IllegalArgumentException(type.getSimpleName() + " is named twice");
            }
            readers.put(name, mapper.readerFor(type));
            writers.put(type, mapper.writerFor(type));
        });
    }

    /**
     * A codec for the event types named in {@code types} (name to record class), read and written by
     * {@code mapper}.
     */
    public static <E> EventCodec<E> of(JsonMapper mapper, Map<String, Class<? extends E>> types) {
        Objects.requireNonNull(mapper, "mapper");
        return new EventCodec<>(mapper, new LinkedHashMap<>(types));
    }

    /** The event's type name. */
    public String type(E event) {
        String name = names.get(event.getClass());
        if (name == null) {
            throw new IllegalArgumentException("event type " + event.getClass().getSimpleName() + " has no name");
        }
        return name;
    }

    /** The event's fields as one JSON object. */
    public String data(E event) {
        return writers.get(event.getClass()).writeValueAsString(event);
    }

    /**
     * Reads an event.
     *
     * @throws IllegalArgumentException saying what is wrong, if the type is unknown or the data not such an event
     */
    public E read(String type, String data) {
        ObjectReader reader = readers.get(type);
        if (reader == null) {
            throw new IllegalArgumentException("unknown event type '" + type + "'");
        }
        try {
            E event = reader.readValue(data);
            if (event == null) {
                throw new IllegalArgumentException("event '" + type + "' holds null");
            }
            return event;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("event '" + type + "' cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
