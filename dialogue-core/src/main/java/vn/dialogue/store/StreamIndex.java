package vn.dialogue.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The versions of a log's streams and the keys it holds, kept by the stores that hold a log in one process: the
 * check an append must pass, and the sequence a replay must follow. Not thread-safe: its store guards it.
 */
public final class StreamIndex {

    private final Map<String, long[]> positions = new HashMap<>();
    private final Map<String, String> keys = new HashMap<>();

    /** An empty index. */
    public StreamIndex() {
    }

    /**
     * The stream's current version: how many events it has.
     *
     * @param stream the stream's id
     * @return the version, 0 for a stream the index does not know
     */
    public long version(String stream) {
        long[] held = positions.get(stream);
        return held == null ? 0 : held[0];
    }

    /**
     * The positions of the stream's events, in version order.
     *
     * @param stream the stream's id
     * @return a new list, empty for a stream the index does not know; never null
     */
    public List<Long> positions(String stream) {
        long[] held = positions.get(stream);
        List<Long> out = new ArrayList<>();
        if (held != null) {
            for (int i = 1; i <= held[0]; i++) {
                out.add(held[i]);
            }
        }
        return out;
    }

    /**
     * The stream of the event that holds this key, if any.
     *
     * @param key an idempotency key
     * @return the stream of the event recorded with it, or null if no recorded event holds it
     */
    public @Nullable String streamOfKey(String key) {
        return keys.get(key);
    }

    /**
     * Checks a batch against the index and, if it passes, records it: positions from {@code first}, versions
     * counted per stream.
     *
     * @param batch    the events to append, at least one
     * @param expected the version each stream the events name must be at now
     * @param first    the global position the first event takes
     * @param store    the store's name, for messages
     * @return the batch as stored events, in the same order; never null
     * @throws IllegalArgumentException if the batch is empty or names a stream missing from {@code expected}
     * @throws StaleVersionException   if a stream is not at its expected version
     * @throws DuplicateEventException if a key is stored already or repeated in the batch
     */
    public List<StoredEvent> admit(List<NewEvent> batch, Map<String, Long> expected, long first, String store) {
        return admitting(batch, expected, first, stored -> { });
    }

    /**
     * Checks a batch against the index and, if it passes, hands it to {@code write} and then records it: if
     * {@code write} fails, the index stays as it was.
     *
     * @param batch    the events to append, at least one
     * @param expected the version each stream the events name must be at now
     * @param first    the global position the first event takes
     * @param write    writes the stored events to storage; what it throws is thrown on, the index unchanged
     * @return the batch as stored events, in the same order; never null
     * @throws IllegalArgumentException if the batch is empty or names a stream missing from {@code expected}
     * @throws StaleVersionException   if a stream is not at its expected version
     * @throws DuplicateEventException if a key is stored already or repeated in the batch
     */
    public List<StoredEvent> admitting(List<NewEvent> batch, Map<String, Long> expected, long first,
                                       java.util.function.Consumer<List<StoredEvent>> write) {
        Objects.requireNonNull(batch, "events");
        Objects.requireNonNull(expected, "expected");
        if (batch.isEmpty()) {
            throw new IllegalArgumentException("an append needs at least one event");
        }
        Set<String> batchKeys = new HashSet<>();
        for (NewEvent event : batch) {
            for (String stream : event.streams()) {
                if (!expected.containsKey(stream)) {
                    throw new IllegalArgumentException("event " + event.type() + " changes stream " + stream
                            + ", whose expected version the append does not give");
                }
            }
            if (event.key() != null) {
                String holder = keys.get(event.key());
                if (holder != null) {
                    throw new DuplicateEventException(event.key(), holder);
                }
                if (!batchKeys.add(event.key())) {
                    throw new DuplicateEventException(event.key(), event.streams().get(0));
                }
            }
        }
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            long actual = version(e.getKey());
            if (actual != e.getValue()) {
                throw new StaleVersionException(e.getKey(), e.getValue(), actual);
            }
        }
        Map<String, Long> next = new HashMap<>();
        List<StoredEvent> stored = new ArrayList<>(batch.size());
        long position = first;
        for (NewEvent event : batch) {
            List<StreamVersion> versions = new ArrayList<>(event.streams().size());
            for (String stream : event.streams()) {
                long version = next.merge(stream, expected.get(stream) + 1, (a, b) -> a + 1);
                versions.add(new StreamVersion(stream, version));
            }
            stored.add(new StoredEvent(position++, versions, event.type(), event.recorded(), event.data(),
                    event.key(), true));
        }
        write.accept(stored);
        stored.forEach(this::record);
        return stored;
    }

    /**
     * Records an event read back from storage, checking that it follows: each stream at its next version, its key
     * not seen before.
     *
     * @param event the event as read back
     * @return null if it follows (it is then recorded), else what is wrong, in words
     */
    public @Nullable String follow(StoredEvent event) {
        for (StreamVersion sv : event.streams()) {
            long current = version(sv.stream());
            if (sv.version() <= current) {
                return "stream " + sv.stream() + " already has version " + sv.version() + " (a repeated event)";
            }
            if (sv.version() != current + 1) {
                return "stream " + sv.stream() + " jumps from version " + current + " to " + sv.version()
                        + " (an event is missing)";
            }
        }
        if (event.key() != null && keys.containsKey(event.key())) {
            return "key '" + event.key() + "' is already held by stream " + keys.get(event.key())
                    + " (a repeated event)";
        }
        record(event);
        return null;
    }

    private void record(StoredEvent event) {
        for (StreamVersion sv : event.streams()) {
            long[] held = positions.get(sv.stream());
            if (held == null) {
                held = new long[3];
                positions.put(sv.stream(), held);
            } else if (held[0] + 1 >= held.length) {
                held = java.util.Arrays.copyOf(held, held.length * 2);
                positions.put(sv.stream(), held);
            }
            held[0]++;
            held[(int) held[0]] = event.position();
        }
        if (event.key() != null) {
            keys.put(event.key(), event.stream());
        }
    }
}
