package vn.dialogue.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A store that keeps its events in memory: for tests, previews and dialogues that need no record. Nothing
 * survives the process. Thread-safe.
 */
public final class InMemoryEventStore implements EventStore {

    private final String name;
    private final StreamIndex index = new StreamIndex();
    private final List<StoredEvent> events = new ArrayList<>();
    private boolean closed;

    /**
     * An empty store.
     *
     * @param name what messages call the store
     * @throws NullPointerException if {@code name} is null
     */
    public InMemoryEventStore(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** An empty store named "memory". */
    public InMemoryEventStore() {
        this("memory");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized List<StoredEvent> append(List<NewEvent> batch, Map<String, Long> expected) {
        ensureOpen();
        List<StoredEvent> stored = index.admit(batch, expected, events.size() + 1L, name);
        events.addAll(stored);
        return stored;
    }

    @Override
    public synchronized List<StoredEvent> readStream(String stream) {
        List<StoredEvent> out = new ArrayList<>();
        for (long position : index.positions(stream)) {
            out.add(events.get((int) position - 1));
        }
        return out;
    }

    @Override
    public long readAfter(long position, int max, Consumer<? super StoredEvent> each) {
        List<StoredEvent> page;
        synchronized (this) {
            int from = (int) Math.max(0, position);
            int to = (int) Math.min(events.size(), from + (long) Math.max(0, max));
            page = from >= to ? List.of() : List.copyOf(events.subList(from, to));
        }
        long last = position;
        for (StoredEvent event : page) {
            each.accept(event);
            last = event.position();
        }
        return last;
    }

    @Override
    public synchronized long head() {
        return events.size();
    }

    @Override
    public synchronized int rewrite(Function<? super StoredEvent, @Nullable String> replacement) {
        ensureOpen();
        List<StoredEvent> next = new ArrayList<>(events.size());
        int changed = 0;
        for (StoredEvent event : events) {
            String data = replacement.apply(event);
            if (data != null && !data.equals(event.data())) {
                next.add(event.withData(data));
                changed++;
            } else {
                next.add(event);
            }
        }
        events.clear();
        events.addAll(next);
        return changed;
    }

    @Override
    public void flush() {
        // nothing is buffered
    }

    @Override
    public void sync() {
        // nothing is durable
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("store " + name + " is closed");
        }
    }
}
