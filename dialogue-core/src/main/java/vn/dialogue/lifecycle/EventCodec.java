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
     *
     * @param <E>    the family's event type
     * @param mapper reads and writes each event record's fields
     * @param types  each event type's name, to the record class carrying it; copied, in its order
     * @return the codec; never null
     * @throws NullPointerException     if {@code mapper} or {@code types} is null
     * @throws IllegalArgumentException if a record class is given two names
     */
    public static <E> EventCodec<E> of(JsonMapper mapper, Map<String, Class<? extends E>> types) {
        Objects.requireNonNull(mapper, "mapper");
        return new EventCodec<>(mapper, new LinkedHashMap<>(types));
    }

    /**
     * The event's type name, as the codec's table gives it.
     *
     * @param event the event
     * @return its type name; never null
     * @throws IllegalArgumentException if the event's class has no name in the table
     */
    public String type(E event) {
        String name = names.get(event.getClass());
        if (name == null) {
            throw new IllegalArgumentException("event type " + event.getClass().getSimpleName() + " has no name");
        }
        return name;
    }

    /**
     * The event's fields as one JSON object.
     *
     * @param event the event, of a class named in the table
     * @return the JSON text; never null
     * @throws NullPointerException if the event's class has no name in the table
     * @throws tools.jackson.core.JacksonException if Jackson cannot write the event
     */
    public String data(E event) {
        return writers.get(event.getClass()).writeValueAsString(event);
    }

    /**
     * Reads an event.
     *
     * @param type the event's type name
     * @param data its fields as one JSON object
     * @return the event; never null
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
