package vn.dialogue.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
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
 * <p><b>Memory.</b> The store keeps where each event's line starts, not the events: opening reads the file once to
 * verify it and index its streams and keys, and every read ({@link #readAfter}, {@link #readStream}) reads the
 * lines again from the file, checking each one's checksum and position once more. A journal of a million events
 * costs the store some 16 bytes an event beside its stream index. Only a read-only store of a 0.1 journal (which
 * cannot be upgraded in place) holds its events in memory. Thread-safe.
 */
public final class FileEventStore implements EventStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileEventStore.class);
    /** How many bytes one page of {@link #readAfter} reads at most, beyond its first line. */
    private static final int PAGE_BYTES = 4 * 1024 * 1024;

    private final Path file;
    private final @Nullable Journal<StoredLine> journal;
    private final StreamIndex index;
    private final @Nullable DamagedTail damagedTail;
    /** Where each event's line starts (by position - 1), and its line number; {@link #size} of them are set. */
    private long[] offsets;
    private long[] lines;
    private int size;
    /** The events of a read-only 0.1 journal, held since the file cannot give them back; null otherwise. */
    private final @Nullable List<StoredEvent> held;
    /** Reads lines back; reopened after a rewrite replaced the file. */
    private @Nullable FileChannel reader;
    /** The file's length when it was read for a read-only store. */
    private final long readOnlyEnd;
    private boolean closed;
    /** How many events the store holds: read without the lock (a desk asks it to know whether it is behind). */
    private volatile long count;

    private FileEventStore(Path file, @Nullable Journal<StoredLine> journal, Loader loaded, long readOnlyEnd) {
        this.file = file;
        this.journal = journal;
        this.index = loaded.index;
        this.offsets = loaded.offsets;
        this.lines = loaded.lines;
        this.size = loaded.size;
        this.held = loaded.keep;
        this.damagedTail = loaded.tail;
        this.readOnlyEnd = readOnlyEnd;
        this.count = loaded.size;
    }

    /**
     * Opens (or creates) a store file for appending, with buffered durability and no legacy format.
     *
     * @param file       the file
     * @param durability when appended lines reach the disk
     * @return the open store; never null
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
        Loader loader = new Loader(file, legacy, false);
        Journal<StoredLine> journal = Journal.open(file, StoredLine.CODEC, durability, loader, StoredLine.ENVELOPE);
        try {
            loader.tail = journal.loaded().damagedTail().orElse(null);
            if (loader.upgraded > 0) {
                Path copy = file.resolveSibling(file.getFileName() + ".v0");
                if (!Files.exists(copy)) {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
                List<StoredEvent> upgrade = Objects.requireNonNull(loader.keep);
                int[] at = {0};
                journal.rewrite(line -> StoredLine.of(upgrade.get(at[0]++)));
                LOG.warn("journal {}: {} events of the 0.1 format upgraded (unverified); the original is kept in {}",
                        file, loader.upgraded, copy);
                loader.keep = null;
                loader.reindex(file);
            }
            loader.keep = null;
            return new FileEventStore(file, journal, loader, -1);
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
     * @param store      the store given, or null
     * @param journal    the journal file given, or null
     * @param durability when appended lines reach the disk, for a journal file
     * @param legacy     how to read lines of the 0.1 format in a journal file
     * @param memoryName the name of the store in memory
     * @return the store; never null
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
     * @param file   the file
     * @param legacy how to read lines of the 0.1 format, or null if the file may not hold any
     * @return the store, read-only; never null
     * @throws JournalCorruptedException if a line is altered, repeated, missing or not an event
     * @throws UncheckedIOException      if the file cannot be read
     */
    public static FileEventStore read(Path file, @Nullable Supplier<LegacyStreams> legacy) {
        Objects.requireNonNull(file, "file");
        long length;
        try {
            length = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journal " + file + ": " + e.getMessage(), e);
        }
        Loader loader = new Loader(file, legacy, false);
        loader.tail = Journal.lines(file, StoredLine.ENVELOPE, loader).orElse(null);
        if (loader.upgraded > 0) {
            // a 0.1 journal cannot be upgraded without writing it: its events are held, as they were read
            loader = new Loader(file, legacy, true);
            loader.tail = Journal.lines(file, StoredLine.CODEC, loader).orElse(null);
        } else {
            loader.keep = null;
        }
        long end = loader.tail != null ? loader.tail.offset() : length;
        return new FileEventStore(file, null, loader, end);
    }

    /**
     * Verifies lines as they are read and indexes them: position in sequence, each stream at its next version,
     * keys once; the 0.1 format converted, before any line of the new one.
     */
    private static final class Loader implements Journal.Lines<StoredLine> {
        private final Path file;
        private final @Nullable Supplier<LegacyStreams> legacy;
        private final boolean keepAll;
        StreamIndex index = new StreamIndex();
        long[] offsets = new long[1024];
        long[] lines = new long[1024];
        int size;
        /** The events converted from the 0.1 format (or all events, with {@code keepAll}); null once not needed. */
        @Nullable List<StoredEvent> keep = new ArrayList<>();
        @Nullable LegacyStreams upgrade;
        int upgraded;
        @Nullable DamagedTail tail;

        Loader(Path file, @Nullable Supplier<LegacyStreams> legacy, boolean keepAll) {
            this.file = file;
            this.legacy = legacy;
            this.keepAll = keepAll;
        }

        @Override
        public void accept(StoredLine line, long lineNumber, long offset) {
            StoredEvent event;
            if (line.legacy()) {
                if (upgraded < size) {
                    throw new JournalCorruptedException(file, lineNumber, "a line of the old format "
                            + "after lines of the new one", null);
                }
                if (legacy == null) {
                    throw new JournalCorruptedException(file, lineNumber, "a line of the old format, in "
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
                    throw new JournalCorruptedException(file, lineNumber, "an event of the old format "
                            + "that cannot be read: " + e.getMessage(), e);
                }
                List<StreamVersion> versions = new ArrayList<>(streams.streams().size());
                for (String stream : streams.streams()) {
                    versions.add(new StreamVersion(stream, index.version(stream) + 1));
                }
                event = new StoredEvent(size + 1L, versions, line.legacyType(),
                        recordedOf(line.legacyData()), line.legacyData(), streams.key(), false);
                upgraded++;
            } else {
                event = Objects.requireNonNull(line.event());
                long expected = size + 1L;
                if (event.position() < expected) {
                    throw new JournalCorruptedException(file, lineNumber, "position " + event.position()
                            + " again, after position " + (expected - 1) + ": a repeated event", null);
                }
                if (event.position() > expected) {
                    throw new JournalCorruptedException(file, lineNumber, "position " + event.position()
                            + " follows position " + (expected - 1) + ": " + (event.position() - expected)
                            + " event(s) missing before this line", null);
                }
            }
            String broken = index.follow(event);
            if (broken != null) {
                throw new JournalCorruptedException(file, lineNumber, broken, null);
            }
            if (keep != null && (keepAll || line.legacy())) {
                keep.add(event);
            }
            place(offset, lineNumber);
        }

        void place(long offset, long lineNumber) {
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
            }
            offsets[size] = offset;
            lines[size] = lineNumber;
            size++;
        }

        /** Finds the lines again after the file was rewritten; the index stays as it is. */
        void reindex(Path rewritten) {
            size = 0;
            Journal.lines(rewritten, StoredLine.ENVELOPE, (line, lineNumber, offset) -> place(offset, lineNumber));
        }
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
            List<StoredEvent> stored = index.admitting(batch, expected, size + 1L, admitted -> {
                List<StoredLine> written = new ArrayList<>(admitted.size());
                int[] lengths = new int[admitted.size()];
                for (int i = 0; i < admitted.size(); i++) {
                    byte[] bytes = StoredLine.encode(admitted.get(i));
                    written.add(StoredLine.encoded(admitted.get(i), bytes));
                    lengths[i] = bytes.length + 1;
                }
                long at = out.appendAt(written);
                long line = size == 0 ? 1 : lines[size - 1] + 1;
                for (int length : lengths) {
                    ensureRoom();
                    offsets[size] = at;
                    lines[size] = line++;
                    size++;
                    at += length;
                }
            });
            count = size;
            return stored;
        }
    }

    private void ensureRoom() {
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(1024, size * 2));
            lines = Arrays.copyOf(lines, Math.max(1024, size * 2));
        }
    }

    @Override
    public synchronized List<StoredEvent> readStream(String stream) {
        List<StoredEvent> out = new ArrayList<>();
        for (long position : index.positions(stream)) {
            out.addAll(page((int) position - 1, (int) position));
        }
        return out;
    }

    @Override
    public long readAfter(long position, int max, Consumer<? super StoredEvent> each) {
        List<StoredEvent> page;
        synchronized (this) {
            int from = (int) Math.max(0, Math.min(position, size));
            int to = (int) Math.min(size, from + (long) Math.max(0, max));
            page = page(from, to);
        }
        long last = position;
        for (StoredEvent event : page) {
            each.accept(event);
            last = event.position();
        }
        return last;
    }

    /**
     * The events at indexes {@code from} to {@code to} (exclusive), read back from the file and verified again; fewer
     * when their lines pass {@link #PAGE_BYTES} (never fewer than one). Called under the store's lock.
     */
    private List<StoredEvent> page(int from, int to) {
        if (from >= to) {
            return List.of();
        }
        if (held != null) {
            return new ArrayList<>(held.subList(from, to));
        }
        long end;
        try {
            if (journal != null) {
                journal.flush();
                end = journal.end();
            } else {
                end = readOnlyEnd;
            }
            FileChannel in = reader();
            long start = offsets[from];
            long stop = to < size ? offsets[to] : end;
            ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(stop - start,
                    Math.max(PAGE_BYTES, lineSpan(from, end))));
            while (bytes.hasRemaining() && in.read(bytes, start + bytes.position()) >= 0) {
                // reads until the page is full or the file ends
            }
            byte[] array = bytes.array();
            int filled = bytes.position();
            List<StoredEvent> out = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                long lineStop = (i + 1 < size ? offsets[i + 1] : end) - start;
                if (lineStop > filled) {
                    if (i == from) {
                        throw changed(i, "the file is shorter than it was");
                    }
                    break;
                }
                int at = (int) (offsets[i] - start);
                int newline = indexOfNewline(array, at, (int) lineStop);
                out.add(decode(i, array, at, newline < 0 ? (int) lineStop : newline));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** The length of the line at index {@code i}, its line end included. */
    private long lineSpan(int i, long end) {
        return (i + 1 < size ? offsets[i + 1] : end) - offsets[i];
    }

    private StoredEvent decode(int i, byte[] bytes, int from, int to) {
        int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
        StoredLine line;
        try {
            line = StoredLine.decode(bytes, from, end - from);
        } catch (RuntimeException e) {
            throw changed(i, e.getMessage());
        }
        StoredEvent event = line.event();
        if (event == null || event.position() != i + 1L) {
            throw changed(i, "it no longer holds the event at position " + (i + 1));
        }
        return event;
    }

    private JournalCorruptedException changed(int i, @Nullable String why) {
        return new JournalCorruptedException(file, lines[i], "the line changed after the store was opened: " + why,
                null);
    }

    private static int indexOfNewline(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private FileChannel reader() throws IOException {
        if (reader == null) {
            reader = FileChannel.open(file, StandardOpenOption.READ);
        }
        return reader;
    }

    @Override
    public long head() {
        return count;
    }

    @Override
    public synchronized int rewrite(Function<? super StoredEvent, @Nullable String> replacement) {
        Journal<StoredLine> out = writable();
        int[] changed = {0};
        for (int from = 0; from < size; ) {
            List<StoredEvent> page = page(from, Math.min(size, from + 10_000));
            for (StoredEvent event : page) {
                String data = replacement.apply(event);
                if (data != null && !data.equals(event.data())) {
                    changed[0]++;
                }
            }
            from += page.size();
        }
        if (changed[0] == 0) {
            return 0;
        }
        out.rewrite(line -> {
            StoredEvent event = Objects.requireNonNull(line.event());
            String data = replacement.apply(event);
            return data != null && !data.equals(event.data()) ? StoredLine.of(event.withData(data)) : line;
        });
        closeReader();
        Loader again = new Loader(file, null, false);
        again.reindex(file);
        offsets = again.offsets;
        lines = again.lines;
        size = again.size;
        return changed[0];
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // the file is read again through a new channel
            }
            reader = null;
        }
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
        closeReader();
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
