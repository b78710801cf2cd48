package vn.dialogue.journal;

import java.io.OutputStream;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an event into one line of a journal and back.
 *
 * <p>Implementations must be thread-safe: the journal calls {@link #write} from every appending thread at once,
 * outside its own lock, so that serialisation runs in parallel.
 *
 * @param <E> the event type
 */
public interface JournalCodec<E> {

    /**
     * Writes {@code event} as a single JSON value to {@code out}, without any line break (string values must
     * escape theirs, as JSON requires).
     *
     * @param event the event
     * @param out   where the JSON goes; not closed
     */
    void write(E event, OutputStream out);

    /**
     * Reads one event from {@code length} bytes of UTF-8 JSON at {@code offset}.
     *
     * @param bytes  the buffer
     * @param offset where the event's JSON starts in it
     * @param length how many bytes it takes
     * @return the event; never null
     * @throws RuntimeException with a message saying what is wrong, if the bytes are not an event
     */
    E read(byte[] bytes, int offset, int length);

    /**
     * A JSON mapper builder with the journals' strict settings, for a {@link #jackson} codec: unknown properties,
     * trailing tokens and duplicate keys are errors; dates and instants are ISO text; records are read and written by
     * their fields (no getters); absent optional values are left out. Callers add their event types and mix-ins.
     *
     * @return a new builder; never null
     */
    static JsonMapper.Builder strictJsonMapper() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                        .withVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                        .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
                .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL));
    }

    /**
     * A codec backed by Jackson: {@code mapper} must write compact JSON (no indentation) and know how to read
     * {@code type}, including its subtypes.
     *
     * @param <E>    the event type
     * @param mapper writes compact JSON and reads {@code type}
     * @param type   the events' type
     * @return the codec, thread-safe; never null
     * @throws NullPointerException if {@code mapper} or {@code type} is null
     */
    static <E> JournalCodec<E> jackson(ObjectMapper mapper, Class<E> type) {
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(type, "type");
        ObjectWriter writer = mapper.writerFor(type);
        ObjectReader reader = mapper.readerFor(type);
        return new JournalCodec<>() {
            @Override
            public void write(E event, OutputStream out) {
                writer.writeValue(out, event);
            }

            @Override
            public E read(byte[] bytes, int offset, int length) {
                E event = reader.readValue(bytes, offset, length);
                if (event == null) {
                    throw new IllegalArgumentException("the line holds null, not an event");
                }
                return event;
            }
        };
    }
}
