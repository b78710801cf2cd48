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

    /** The journal file. */
    public Path file() {
        return file;
    }

    /** The complete events, in file order; never null. */
    public List<E> events() {
        return events;
    }

    /** How many complete events were read. */
    public int size() {
        return events.size();
    }

    /**
     * The 1-based line number of the event at {@code index}, to name it in an error.
     *
     * @throws IndexOutOfBoundsException if there is no such event
     */
    public long lineOf(int index) {
        Objects.checkIndex(index, lines.length);
        return lines[index];
    }

    /** The damaged tail, if a crash cut the last line; the events before it are all loaded. */
    public Optional<DamagedTail> damagedTail() {
        return Optional.ofNullable(damagedTail);
    }

    JournalContents<E> withDamagedTail(DamagedTail tail) {
        return new JournalContents<>(file, events, lines, tail);
    }

    /** Folds the events, in order, into a state: the state after the last complete event. */
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
