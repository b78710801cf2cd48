package vn.dialogue.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dialogue.store.EventStore;
import vn.dialogue.store.NewEvent;
import vn.dialogue.store.StoredEvent;
import vn.dialogue.store.StreamIndex;
import vn.dialogue.store.StreamVersion;

/**
 * An {@link EventStore} in one JSON Lines file: the embedded default, for one process (it holds an exclusive lock
 * on the file while open). Each line is one event in an envelope with its position, streams and versions, type,
 * instant, key, data and a CRC-32C checksum ({@link StoredLine}); lines are only appended, in position order,
 * through a {@link Journal} (crash-cut tails set aside, {@link Durability} as chosen).
 *
 * <p><b>Replay verifies.</b> Opening a store reads every line and checks it: its checksum (a changed byte is
 * named on its line), its position (a repeated line, or a missing one, is named where the sequence breaks), and
 * each stream's version (a repeated or missing event of a stream). Any of these fails the open with a
 * {@link JournalCorruptedException} naming the file and line: nothing is replayed past damage.
 *
 * <p><b>Journals of dialogue 0.1</b>, whose lines are the events' own JSON, still load: their events are given
 * positions in file order and streams by the family's {@link LegacyStreams}, and are marked unverified
 * ({@link StoredEvent#verified()} false). Opening such a file for appending keeps a copy of it
 * ({@code <name>.v0}) and rewrites it in the new format, the upgraded lines still marked unverified.
 *
 * <p>Events are held in memory once loaded, as the journal's state is. Thread-safe.
 */
public final class FileEventStore implements EventStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileEventStore.class);

    private final Path file;
    private final @Nullable Journal<StoredLine> journal;
    private final StreamIndex index;
    private final List<StoredEvent> events;
    private final @Nullable DamagedTail damagedTail;
    private boolean closed;
    /** How many events the store holds: read without the lock (a desk asks it to know whether it is behind). */
    private volatile long count;

    private FileEventStore(Path file, @Nullable Journal<StoredLine> journal, Loaded loaded) {
        this.file = file;
        this.journal = journal;
        this.index = loaded.index;
        this.events = loaded.events;
        this.damagedTail = loaded.tail;
        this.count = loaded.events.size();
    }

    /**
     * Opens (or creates) a store file for appending, with buffered durability and no legacy format.
     *
     * @see #open(Path, Durability, Supplier)
     */
    public static FileEventStore open(Path file, Durability durability) {
        return open(file, durability, null);
    }

    /**
     * Opens a store file for appending, creating it if missing (its folder must exist), and verifies every line.
     *
     * @param file       the file
     * @param durability when appended lines reach the disk
     * @param legacy     how to read lines of the 0.1 format, or null if the file may not hold any
     * @return the open store
     * @throws JournalCorruptedException if a line is altered, repeated, missing or not an event
     * @throws IllegalStateException     if the file is open for appending elsewhere
     * @throws UncheckedIOException      if the file cannot be read or written
     */
    public static FileEventStore open(Path file, Durability durability, @Nullable Supplier<LegacyStreams> legacy) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(durability, "durability");
        Journal<StoredLine> journal = Journal.open(file, StoredLine.CODEC, durability);
        try {
            Loaded loaded = load(journal.loaded(), legacy);
            if (loaded.upgraded > 0) {
                Path copy = file.resolveSibling(file.getFileName() + ".v0");
                if (!Files.exists(copy)) {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
                int[] at = {0};
                journal.rewrite(line -> StoredLine.of(loaded.events.get(at[0]++)));
                LOG.warn("journal {}: {} events of the 0.1 format upgraded (unverified); the original is kept in {}",
                        file, loaded.upgraded, copy);
            }
            return new FileEventStore(file, journal, loaded);
        } catch (IOException e) {
            journal.close();
            throw new UncheckedIOException("cannot keep a copy of journal " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /**
     * The store a registry's builder was given: {@code store} if there is one, else the journal file opened for
     * appending, else an empty store in memory named {@code memoryName}. One choice for every lifecycle.
     *
     * @throws JournalCorruptedException if the journal file is damaged
     */
    public static EventStore chosen(@Nullable EventStore store, @Nullable Path journal, Durability durability,
                                    Supplier<LegacyStreams> legacy, String memoryName) {
        if (store != null) {
            return store;
        }
        return journal != null ? open(journal, durability, legacy)
                : new vn.dialogue.store.InMemoryEventStore(memoryName);
    }

    /**
     * Reads a store file without changing it or locking it (for reports): appending to the result is refused. A
     * crash-cut tail is reported in {@link #damagedTail()} and left where it is.
     *
     * @throws JournalCorruptedException if a line is altered, repeated, missing or not an event
     * @throws UncheckedIOException      if the file cannot be read
     */
    public static FileEventStore read(Path file, @Nullable Supplier<LegacyStreams> legacy) {
        Objects.requireNonNull(file, "file");
        return new FileEventStore(file, null, load(Journal.read(file, StoredLine.CODEC), legacy));
    }

    private record Loaded(StreamIndex index, List<StoredEvent> events, @Nullable DamagedTail tail, int upgraded) {
    }

    private static Loaded load(JournalContents<StoredLine> contents, @Nullable Supplier<LegacyStreams> legacy) {
        StreamIndex index = new StreamIndex();
        List<StoredEvent> events = new ArrayList<>(contents.size());
        LegacyStreams upgrade = null;
        int upgraded = 0;
        List<StoredLine> lines = contents.events();
        for (int i = 0; i < lines.size(); i++) {
            StoredLine line = lines.get(i);
            long lineNumber = contents.lineOf(i);
            StoredEvent event;
            if (line.legacy()) {
                if (upgraded < events.size()) {
                    throw new JournalCorruptedException(contents.file(), lineNumber, "a line of the old format "
                            + "after lines of the new one", null);
                }
                if (legacy == null) {
                    throw new JournalCorruptedException(contents.file(), lineNumber, "a line of the old format, in "
                            + "a journal that cannot hold one", null);
                }
                if (upgrade == null) {
                    upgrade = legacy.get();
                }
                LegacyStreams.Upgrade streams;
                try {
                    streams = upgrade.streamsOf(Objects.requireNonNull(line.legacyType()),
                            Objects.requireNonNull(line.legacyData()));
                } catch (RuntimeException e) {
                    throw new JournalCorruptedException(contents.file(), lineNumber, "an event of the old format "
                            + "that cannot be read: " + e.getMessage(), e);
                }
                List<StreamVersion> versions = new ArrayList<>(streams.streams().size());
                for (String stream : streams.streams()) {
                    versions.add(new StreamVersion(stream, index.version(stream) + 1));
                }
                event = new StoredEvent(events.size() + 1L, versions, line.legacyType(),
                        recordedOf(line.legacyData()), line.legacyData(), streams.key(), false);
                upgraded++;
            } else {
                event = Objects.requireNonNull(line.event());
                long expected = events.size() + 1L;
                if (event.position() < expected) {
                    throw new JournalCorruptedException(contents.file(), lineNumber, "position " + event.position()
                            + " again, after position " + (expected - 1) + ": a repeated event", null);
                }
                if (event.position() > expected) {
                    throw new JournalCorruptedException(contents.file(), lineNumber, "position " + event.position()
                            + " follows position " + (expected - 1) + ": " + (event.position() - expected)
                            + " event(s) missing before this line", null);
                }
            }
            String broken = index.follow(event);
            if (broken != null) {
                throw new JournalCorruptedException(contents.file(), lineNumber, broken, null);
            }
            events.add(event);
        }
        return new Loaded(index, events, contents.damagedTail().orElse(null), upgraded);
    }

    /** A legacy event's instant: its act's (every event of 0.1 carried one, as {@code act.at} or {@code at}). */
    private static java.time.Instant recordedOf(String data) {
        tools.jackson.databind.JsonNode tree = tools.jackson.databind.json.JsonMapper.shared().readTree(data);
        tools.jackson.databind.JsonNode at = tree.path("act").path("at");
        if (!at.isString()) {
            at = tree.path("at");
        }
        if (!at.isString()) {
            throw new IllegalArgumentException("the event gives no instant");
        }
        return java.time.Instant.parse(at.asString());
    }

    /**
     * The file.
     *
     * @return the journal file the store appends to; never null
     */
    public Path file() {
        return file;
    }

    /**
     * The end of the file a crash cut off when it was opened, if any; every complete event was loaded.
     *
     * @return the damaged tail, or empty when the file ended with a complete event
     */
    public Optional<DamagedTail> damagedTail() {
        return Optional.ofNullable(damagedTail);
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public List<StoredEvent> append(List<NewEvent> batch, Map<String, Long> expected) {
        synchronized (this) {
            Journal<StoredLine> out = writable();
            List<StoredEvent> stored = index.admitting(batch, expected, events.size() + 1L, stored1 -> {
                List<StoredLine> lines = new ArrayList<>(stored1.size());
                stored1.forEach(e -> lines.add(StoredLine.of(e)));
                out.appendAll(lines);
            });
            events.addAll(stored);
            count = events.size();
            return stored;
        }
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
            int from = (int) Math.max(0, Math.min(position, events.size()));
            int to = (int) Math.min(events.size(), from + (long) Math.max(0, max));
            page = new ArrayList<>(events.subList(from, to));
        }
        long last = position;
        for (StoredEvent event : page) {
            each.accept(event);
            last = event.position();
        }
        return last;
    }

    @Override
    public long head() {
        return count;
    }

    @Override
    public synchronized int rewrite(Function<? super StoredEvent, @Nullable String> replacement) {
        Journal<StoredLine> out = writable();
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
        if (changed == 0) {
            return 0;
        }
        int[] at = {0};
        out.rewrite(line -> StoredLine.of(next.get(at[0]++)));
        events.clear();
        events.addAll(next);
        return changed;
    }

    @Override
    public void flush() {
        if (journal != null) {
            journal.flush();
        }
    }

    @Override
    public void sync() {
        if (journal != null) {
            journal.sync();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (journal != null) {
            journal.close();
        }
    }

    private Journal<StoredLine> writable() {
        if (journal == null) {
            throw new IllegalStateException("store " + file + " was opened for reading only");
        }
        if (closed) {
            throw new IllegalStateException("store " + file + " is closed");
        }
        return journal;
    }
}
