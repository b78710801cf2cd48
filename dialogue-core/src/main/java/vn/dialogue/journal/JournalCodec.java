package vn.dialogue.journal;

import java.io.OutputStream;
import java.util.Objects;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

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
     */
    void write(E event, OutputStream out);

    /**
     * Reads one event from {@code length} bytes of UTF-8 JSON at {@code offset}.
     *
     * @throws RuntimeException with a message saying what is wrong, if the bytes are not an event
     */
    E read(byte[] bytes, int offset, int length);

    /**
     * A codec backed by Jackson: {@code mapper} must write compact JSON (no indentation) and know how to read
     * {@code type}, including its subtypes.
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
