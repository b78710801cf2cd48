package vn.dialogue.journal;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

/**
 * What a journal file held when it was read: every complete event in order with its line number, and the damaged
 * tail if a crash cut the last line. Immutable; thread-safe if the events are.
 */
public final class JournalContents<E> {

    private final Path file;
    private final List<E> events;
    private final long[] lines;
    private final @Nullable DamagedTail damagedTail;

    JournalContents(Path file, List<E> events, long[] lines, @Nullable DamagedTail damagedTail) {
        this.file = Objects.requireNonNull(file, "file");
        this.events = List.copyOf(events);
        if (lines.length != this.events.size()) {
            throw new IllegalArgumentException(lines.length + " line numbers for " + this.events.size() + " events");
        }
        this.lines = lines.clone();
        this.damagedTail = damagedTail;
    }

    /**
     * The journal file.
     *
     * @return the file that was read; never null
     */
    public Path file() {
        return file;
    }

    /**
     * The complete events, in file order.
     *
     * @return the events; never null
     */
    public List<E> events() {
        return events;
    }

    /**
     * How many complete events were read.
     *
     * @return the number of events
     */
    public int size() {
        return events.size();
    }

    /**
     * The 1-based line number of the event at {@code index}, to name it in an error.
     *
     * @param index the event's index in {@link #events()}
     * @return its line number in the file
     * @throws IndexOutOfBoundsException if there is no such event
     */
    public long lineOf(int index) {
        Objects.checkIndex(index, lines.length);
        return lines[index];
    }

    /**
     * The damaged tail, if a crash cut the last line; the events before it are all loaded.
     *
     * @return the damaged tail, or empty when the file ends with a complete event
     */
    public Optional<DamagedTail> damagedTail() {
        return Optional.ofNullable(damagedTail);
    }

    JournalContents<E> withDamagedTail(DamagedTail tail) {
        return new JournalContents<>(file, events, lines, tail);
    }

    /**
     * Folds the events, in order, into a state: the state after the last complete event.
     *
     * @param <S>     the state type
     * @param initial the state before the first event
     * @param step    the state after one event, given the state before it
     * @return the state after the last event, {@code initial} when there is none
     * @throws NullPointerException if {@code step} is null
     */
    public <S> S fold(S initial, BiFunction<S, ? super E, S> step) {
        Objects.requireNonNull(step, "step");
        S state = initial;
        for (E event : events) {
            state = step.apply(state, event);
        }
        return state;
    }

    @Override
    public String toString() {
        return file + ": " + events.size() + " events" + (damagedTail == null ? "" : ", " + damagedTail)
                + (lines.length == 0 ? "" : ", last at line " + lines[lines.length - 1]);
    }
}
