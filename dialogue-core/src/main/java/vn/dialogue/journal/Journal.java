package vn.dialogue.journal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ObjLongConsumer;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only journal of events in JSON Lines: one event per line, UTF-8, each line ended by {@code \n}.
 * Lines are only ever appended; nothing rewrites or removes one, except that opening a journal whose last line a
 * crash cut off moves that damaged tail to a side file first (so nothing is lost) and then appends after the last
 * complete line, and that {@link #rewrite} replaces the file by a copy whose events are mapped one for one (to erase
 * personal data on request, never to drop history).
 *
 * <p><b>Reading and recovery.</b> {@link #read} and {@link #open} load every complete event. An incomplete last
 * line (no line end and not an event) or a run of zero bytes at the end is a crash-cut tail: it is reported as a
 * {@link DamagedTail}, never silently dropped. Any other line that is not an event, in particular one followed by
 * complete events, makes reading fail with a {@link JournalCorruptedException} naming the line: a journal is
 * never loaded with a hole in it. Blank lines carry nothing and are passed over.
 *
 * <p><b>Writing.</b> {@link #append} serialises the event in the calling thread, outside any lock, into a
 * per-thread buffer, then copies the line into the journal's buffer under a short lock, so appends from many
 * threads run in parallel and land as whole lines, in the order the lock was taken. When lines reach the disk
 * depends on the {@link Durability}; by default they are buffered and no {@code fsync} is made per event (see
 * {@link Durability} for the trade-off). An I/O error makes the journal refuse every later append, since its
 * callers' state may already be ahead of the file.
 *
 * <p>Only one process may hold a journal open for appending: {@link #open} takes an exclusive file lock.
 * Thread-safe.
 *
 * @param <E> the event type
 */
public final class Journal<E> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int READ_CHUNK = 1024 * 1024;
    private static final int MAX_REASON = 240;
    /** The longest line read: an event is a few kilobytes; a longer line is damage, not something to load. */
    static final int MAX_LINE = 8 * 1024 * 1024;

    private final Path file;
    /** Replaced (under {@link #lock}) only by {@link #rewrite}. */
    private FileChannel channel;
    /** Replaced (under {@link #lock}) only by {@link #rewrite}. */
    private FileLock fileLock;
    private final JournalCodec<E> codec;
    private final Durability durability;
    private final JournalContents<E> loaded;
    private final ThreadLocal<LineBuffer> scratch = ThreadLocal.withInitial(LineBuffer::new);
    private final Object lock = new Object();
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);
    private long appended;
    /** The offset just past the last byte appended (buffered or written): where the next line starts. */
    private long end;
    private @Nullable IOException failure;
    private boolean closed;

    private Journal(Path file, FileChannel channel, FileLock fileLock, JournalCodec<E> codec, Durability durability,
                    JournalContents<E> loaded) {
        this.file = file;
        this.channel = channel;
        this.fileLock = fileLock;
        this.codec = codec;
        this.durability = durability;
        this.loaded = loaded;
        try {
            this.end = channel.position();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the length of journal " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Takes each complete event of a journal as it is read, with its line number and the offset of its line's first
     * byte in the file: for a reader that keeps where events are rather than the events.
     *
     * @param <E> the event type
     */
    @FunctionalInterface
    interface Lines<E> {
        /**
         * One event.
         *
         * @param event  the event read
         * @param line   its 1-based line number
         * @param offset the offset of its line's first byte
         */
        void accept(E event, long line, long offset);
    }

    /**
     * Opens a journal for appending with {@link Durability#BUFFERED}, creating the file if it does not exist.
     *
     * @see #open(Path, JournalCodec, Durability)
     */
    public static <E> Journal<E> open(Path file, JournalCodec<E> codec) {
        return open(file, codec, Durability.BUFFERED);
    }

    /**
     * Opens a journal for appending, creating the file if it does not exist (its folder must exist). The events
     * already in the file are in {@link #loaded()}. If a crash cut the last line, the damaged bytes are copied to a
     * side file next to the journal ({@code <name>.damaged-<offset>}), the journal is truncated after its last
     * complete line, and {@code loaded().damagedTail()} says where and why.
     *
     * @throws JournalCorruptedException if a line other than a crash-cut tail is not an event
     * @throws IllegalStateException     if the journal is already open for appending, here or in another process
     * @throws UncheckedIOException      if the file cannot be read or written
     */
    public static <E> Journal<E> open(Path file, JournalCodec<E> codec, Durability durability) {
        return open(file, codec, durability, null, codec);
    }

    /**
     * Opens a journal for appending as {@link #open(Path, JournalCodec, Durability)} does, but hands each complete
     * event to {@code each} as it is read instead of keeping it: {@link #loaded()} then holds no event, only the
     * damaged tail if there was one. The lines already in the file are read with {@code reading} (which may read less
     * of each than {@code codec}, when only part of it is needed now); appends and rewrites use {@code codec}.
     */
    static <E> Journal<E> open(Path file, JournalCodec<E> codec, Durability durability, @Nullable Lines<? super E> each,
                               JournalCodec<E> reading) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(durability, "durability");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.CREATE);
            FileLock fileLock;
            try {
                fileLock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                fileLock = null;
            }
            if (fileLock == null) {
                throw new IllegalStateException("journal " + file + " is already open for appending");
            }
            Scan<E> scan = scan(file, channel, reading, each);
            JournalContents<E> contents = scan.contents;
            DamagedTail tail = contents.damagedTail().orElse(null);
            if (tail != null) {
                Path saved = saveDamaged(file, channel, tail);
                channel.truncate(tail.offset());
                channel.force(true);
                contents = contents.withDamagedTail(tail.savedTo(saved));
                LOG.warn("journal {}: {}; {} complete events loaded", file, contents.damagedTail().orElseThrow(),
                        contents.size());
            }
            channel.position(channel.size());
            if (scan.endsWithoutNewline && tail == null) {
                channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
            }
            LOG.debug("journal {} opened: {} events, durability {}", file, contents.size(), durability);
            return new Journal<>(file, channel, fileLock, codec, durability, contents);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot open journal " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * Reads a journal without changing it. A crash-cut tail is reported in the result (with no side file).
     *
     * @throws JournalCorruptedException if a line other than a crash-cut tail is not an event
     * @throws UncheckedIOException      if the file cannot be read
     */
    public static <E> JournalContents<E> read(Path file, JournalCodec<E> codec) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(codec, "codec");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return scan(file, channel, codec, null).contents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journal " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a journal without changing it, handing each complete event to {@code each} with its 1-based line
     * number, in file order, as it is read; nothing is kept. For folding a large journal into a state without
     * holding all its events at once. A crash-cut tail is returned (with no side file).
     *
     * <p>If reading fails, the events before the failing line have been handed over already: discard what was
     * built from them, as {@link #read(Path, JournalCodec)} would have loaded nothing.
     *
     * @return the damaged tail, if a crash cut the last line
     * @throws JournalCorruptedException if a line other than a crash-cut tail is not an event
     * @throws UncheckedIOException      if the file cannot be read
     */
    public static <E> Optional<DamagedTail> read(Path file, JournalCodec<E> codec, ObjLongConsumer<? super E> each) {
        Objects.requireNonNull(each, "each");
        return lines(file, codec, (event, line, offset) -> each.accept(event, line));
    }

    /** Reads a journal without changing it, handing each complete event to {@code each} with its line and offset. */
    static <E> Optional<DamagedTail> lines(Path file, JournalCodec<E> codec, Lines<? super E> each) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(each, "each");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Scanner<E> scanner = new Scanner<>(file, codec, each);
            feed(scanner, channel);
            return Optional.ofNullable(scanner.finish());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /** The durability chosen when the journal was opened. */
    public Durability durability() {
        return durability;
    }

    /** What the file held when it was opened; the base to fold into the current state. */
    public JournalContents<E> loaded() {
        return loaded;
    }

    /** How many events were appended since the journal was opened. */
    public long appended() {
        synchronized (lock) {
            return appended;
        }
    }

    /**
     * The offset just past the last byte appended, buffered or written: the file's length once flushed.
     *
     * @return the offset, from 0
     */
    long end() {
        synchronized (lock) {
            return end;
        }
    }

    /**
     * Appends one event as one line.
     *
     * @throws IllegalArgumentException if the codec wrote nothing or a line break
     * @throws IllegalStateException    if the journal is closed or failed earlier
     * @throws UncheckedIOException     if writing fails (the journal then refuses further appends)
     */
    public void append(E event) {
        Objects.requireNonNull(event, "event");
        LineBuffer line = scratch.get();
        line.reset();
        encode(event, line);
        write(line, 1);
    }

    /**
     * Appends events as adjacent lines: no other thread's line comes between them.
     *
     * @throws IllegalArgumentException if the codec wrote nothing or a line break for one of them
     * @throws IllegalStateException    if the journal is closed or failed earlier
     * @throws UncheckedIOException     if writing fails (the journal then refuses further appends)
     */
    public void appendAll(List<? extends E> events) {
        appendAt(events);
    }

    /**
     * Appends events as adjacent lines, as {@link #appendAll} does, and says where the first one starts.
     *
     * @return the offset of the first appended line's first byte, or -1 if {@code events} is empty
     */
    long appendAt(List<? extends E> events) {
        Objects.requireNonNull(events, "events");
        if (events.isEmpty()) {
            return -1;
        }
        LineBuffer lines = scratch.get();
        lines.reset();
        for (E event : events) {
            encode(Objects.requireNonNull(event, "event"), lines);
        }
        return write(lines, events.size());
    }

    /** Hands every buffered line to the operating system. */
    public void flush() {
        synchronized (lock) {
            ensureWritable();
            try {
                drain();
            } catch (IOException e) {
                throw fail(e);
            }
        }
    }

    /** Writes every buffered line and forces the file's content to the storage device. */
    public void sync() {
        synchronized (lock) {
            ensureWritable();
            try {
                drain();
                channel.force(false);
            } catch (IOException e) {
                throw fail(e);
            }
        }
    }

    /**
     * Replaces every event of the journal by {@code mapping}'s image of it, in the same order, one line for one
     * event: the way to erase personal data on request (Luật 91/2025/QH15) while the history keeps every event,
     * its order and its count. Appends wait while it runs.
     *
     * <p><b>Crash safety.</b> Buffered lines are written and forced first. The mapped events are written to a side
     * file next to the journal ({@code <name>.rewrite}), forced to the device, locked, and then moved over the
     * journal in one atomic rename; the folder is forced after the rename where the platform allows it. A crash
     * before the rename leaves the old journal whole (and a stale side file, which the next rewrite replaces and
     * which holds only mapped events); a crash after it leaves the new one whole. Never a mixture: no line is
     * rewritten in place. The side files of damaged tails ({@code <name>.damaged-*}) are not touched: they hold
     * bytes that are not events.
     *
     * @param mapping gives each event's replacement, never null; identity for events it leaves alone
     * @return how many events were rewritten (all of them)
     * @throws IllegalStateException    if the journal is closed or failed earlier
     * @throws IllegalArgumentException if the mapping returns null or the codec writes a line break; the journal is
     *                                  then unchanged and still open
     * @throws UncheckedIOException     if the side file cannot be written or moved; the journal is then unchanged
     *                                  and still open (if the rename itself failed half-way, the journal refuses
     *                                  further appends)
     */
    public int rewrite(UnaryOperator<E> mapping) {
        Objects.requireNonNull(mapping, "mapping");
        synchronized (lock) {
            ensureWritable();
            try {
                drain();
                channel.force(false);
            } catch (IOException e) {
                throw fail(e);
            }
            Path side = file.resolveSibling(file.getFileName() + ".rewrite");
            FileChannel next = null;
            FileLock nextLock = null;
            boolean moved = false;
            long[] count = {0};
            try {
                Files.deleteIfExists(side);
                FileChannel out = FileChannel.open(side, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.CREATE_NEW);
                next = out;
                LineBuffer lines = new LineBuffer();
                // each event is read, mapped and written in turn: nothing of the journal is held whole
                Scanner<E> scanner = new Scanner<>(file, codec, (event, line, offset) -> {
                    E mapped = mapping.apply(event);
                    if (mapped == null) {
                        throw new IllegalArgumentException("the rewrite mapped an event of " + file + " to null; "
                                + "a rewrite replaces events, it never drops one");
                    }
                    encode(mapped, lines);
                    count[0]++;
                    if (lines.size >= BUFFER_SIZE) {
                        try {
                            writeFully(out, lines);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
                try {
                    feed(scanner, channel);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read journal " + file + " to rewrite it: "
                            + e.getMessage(), e);
                }
                DamagedTail tail = scanner.finish();
                if (tail != null) {
                    throw new IllegalStateException("journal " + file + " has a damaged tail that appeared while it "
                            + "was open (" + tail + "); it is not rewritten");
                }
                writeFully(next, lines);
                next.force(true);
                nextLock = next.tryLock();
                if (nextLock == null) {
                    throw new IOException("cannot lock " + side);
                }
                Files.move(side, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                moved = true;
                forceFolder(file);
            } catch (IOException | UncheckedIOException e) {
                if (!moved) {
                    abandon(side, next);
                    throw new UncheckedIOException("cannot rewrite journal " + file + "; it is unchanged: "
                            + e.getMessage(), e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
                }
                LOG.warn("journal {}: rewritten, but the folder could not be forced: {}", file, e.getMessage());
            } catch (RuntimeException e) {
                abandon(side, next);
                throw e;
            }
            FileChannel old = channel;
            FileLock oldLock = fileLock;
            channel = next;
            fileLock = nextLock;
            try {
                oldLock.release();
            } catch (IOException | RuntimeException ignored) {
                // closing the channel releases it too
            }
            closeQuietly(old);
            try {
                end = channel.size();
                channel.position(end);
            } catch (IOException e) {
                throw fail(e);
            }
            LOG.info("journal {}: rewritten, {} events", file, count[0]);
            return (int) count[0];
        }
    }

    /**
     * Rewrites a journal that is not open: opens it (setting a crash-cut tail aside as {@link #open} does), applies
     * {@link #rewrite(UnaryOperator)}, and closes it.
     *
     * @return how many events were rewritten
     * @throws JournalCorruptedException if a line other than a crash-cut tail is not an event
     * @throws IllegalStateException     if the journal is open for appending elsewhere
     * @throws UncheckedIOException      if the file cannot be read, written or moved; it is then unchanged
     */
    public static <E> int rewrite(Path file, JournalCodec<E> codec, UnaryOperator<E> mapping) {
        try (Journal<E> journal = open(file, codec, Durability.BUFFERED)) {
            return journal.rewrite(mapping);
        }
    }

    private static void writeFully(FileChannel out, LineBuffer lines) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(lines.bytes, 0, lines.size);
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
        lines.reset();
    }

    private static void abandon(Path side, @Nullable FileChannel next) {
        closeQuietly(next);
        try {
            Files.deleteIfExists(side);
        } catch (IOException ignored) {
            // a stale side file holds only mapped events; the next rewrite replaces it
        }
    }

    /** Forces the folder's entry for a renamed file; some platforms cannot open a folder, which is not an error. */
    private static void forceFolder(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        try (FileChannel folder = FileChannel.open(parent, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (UnsupportedOperationException | java.nio.file.AccessDeniedException e) {
            // Windows cannot open a folder as a channel; its rename is durable on its own terms
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
        }
    }

    /** Writes and forces every buffered line, then releases the file. Closing twice does nothing. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (failure == null) {
                    drain();
                    channel.force(false);
                }
            } catch (IOException e) {
                failure = e;
                throw new UncheckedIOException("cannot write journal " + file + " on close: " + e.getMessage(), e);
            } finally {
                try {
                    fileLock.release();
                } catch (IOException | RuntimeException ignored) {
                    // the channel's close releases the lock too
                }
                closeQuietly(channel);
            }
        }
    }

    private void encode(E event, LineBuffer line) {
        int start = line.size;
        codec.write(event, line);
        int end = line.size;
        if (end == start) {
            throw new IllegalArgumentException("the codec wrote nothing for " + event.getClass().getSimpleName());
        }
        if (indexOfLineBreak(line.bytes, start, end) >= 0) {
            line.size = start;
            throw new IllegalArgumentException("the codec wrote a line break for "
                    + event.getClass().getSimpleName() + ": a journal line must hold exactly one event");
        }
        line.write('\n');
    }

    private static int indexOfLineBreak(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    private long write(LineBuffer line, int count) {
        try {
            synchronized (lock) {
                ensureWritable();
                long start = end;
                try {
                    put(line.bytes, line.size);
                    if (durability != Durability.BUFFERED) {
                        drain();
                        if (durability == Durability.SYNC_EACH) {
                            channel.force(false);
                        }
                    }
                } catch (IOException e) {
                    throw fail(e);
                }
                appended += count;
                end = start + line.size;
                return start;
            }
        } finally {
            line.trim();
        }
    }

    private void put(byte[] bytes, int length) throws IOException {
        if (length > buffer.remaining()) {
            drain();
        }
        if (length > buffer.capacity()) {
            ByteBuffer direct = ByteBuffer.wrap(bytes, 0, length);
            while (direct.hasRemaining()) {
                channel.write(direct);
            }
        } else {
            buffer.put(bytes, 0, length);
        }
    }

    private void drain() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    private void ensureWritable() {
        if (closed) {
            throw new IllegalStateException("journal " + file + " is closed");
        }
        if (failure != null) {
            throw new IllegalStateException("journal " + file + " failed earlier and accepts no more events: "
                    + failure.getMessage(), failure);
        }
    }

    private UncheckedIOException fail(IOException e) {
        failure = e;
        LOG.error("journal {}: write failed, no further events accepted: {}", file, e.getMessage());
        return new UncheckedIOException("cannot write journal " + file + ": " + e.getMessage(), e);
    }

    private static Path saveDamaged(Path file, FileChannel channel, DamagedTail tail) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        String base = file.getFileName() + ".damaged-" + tail.offset();
        for (int attempt = 0; ; attempt++) {
            Path side = parent.resolve(attempt == 0 ? base : base + "-" + attempt);
            try (FileChannel out = FileChannel.open(side, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                long position = tail.offset();
                long end = position + tail.length();
                while (position < end) {
                    long moved = channel.transferTo(position, end - position, out);
                    if (moved <= 0) {
                        throw new IOException("cannot copy the damaged tail of " + file + " to " + side);
                    }
                    position += moved;
                }
                out.force(true);
                return side;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 1000) {
                    throw e;
                }
            }
        }
    }

    private static void closeQuietly(@Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /** The result of scanning a file: its contents, and whether its last event had no line end. */
    private record Scan<E>(JournalContents<E> contents, boolean endsWithoutNewline) {
    }

    private static <E> Scan<E> scan(Path file, FileChannel channel, JournalCodec<E> codec,
                                    @Nullable Lines<? super E> each) throws IOException {
        Collector<E> collector = new Collector<>();
        Scanner<E> scanner = new Scanner<>(file, codec, each != null ? each : collector);
        feed(scanner, channel);
        DamagedTail tail = scanner.finish();
        JournalContents<E> contents = new JournalContents<>(file, collector.events,
                Arrays.copyOf(collector.lines, collector.events.size()), tail);
        return new Scan<>(contents, scanner.lastEventUnterminated);
    }

    private static void feed(Scanner<?> scanner, FileChannel channel) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(READ_CHUNK, Math.max(4096, channel.size())));
        long position = 0;
        while (true) {
            chunk.clear();
            int read = channel.read(chunk, position);
            if (read < 0) {
                break;
            }
            if (read == 0) {
                continue;
            }
            scanner.feed(chunk.array(), read);
            position += read;
        }
    }

    /** Keeps every event read, with its line number. */
    private static final class Collector<E> implements Lines<E> {
        final List<E> events = new ArrayList<>();
        long[] lines = new long[1024];

        @Override
        public void accept(E event, long line, long offset) {
            if (events.size() == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[events.size()] = line;
            events.add(event);
        }
    }

    /**
     * Splits bytes into lines and reads each; decides what is a crash-cut tail and what is corruption. A line that
     * lies within one chunk is read where it is; only a line split across chunks is copied.
     */
    private static final class Scanner<E> {
        private final Path file;
        private final JournalCodec<E> codec;
        private final Lines<? super E> sink;
        private byte[] line = new byte[4096];
        private int length;
        private long lineNumber = 1;
        private long lineStart;
        private long offset;
        private long damageLine = -1;
        /** The current line passed {@link #MAX_LINE}: its bytes are no longer kept. */
        private boolean tooLong;
        private long damageOffset = -1;
        private @Nullable String damageReason;
        boolean lastEventUnterminated;

        Scanner(Path file, JournalCodec<E> codec, Lines<? super E> sink) {
            this.file = file;
            this.codec = codec;
            this.sink = sink;
        }

        void feed(byte[] bytes, int count) {
            int from = 0;
            while (from < count) {
                int newline = indexOf(bytes, from, count);
                if (newline < 0) {
                    append(bytes, from, count - from);
                    offset += count - from;
                    return;
                }
                offset += newline - from + 1;
                if (length == 0) {
                    endLine(bytes, from, newline, true);
                } else {
                    append(bytes, from, newline - from);
                    endLine(line, 0, length, true);
                }
                from = newline + 1;
            }
        }

        private static int indexOf(byte[] bytes, int from, int to) {
            for (int i = from; i < to; i++) {
                if (bytes[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        private void append(byte[] bytes, int from, int count) {
            if (count == 0 || tooLong) {
                return;
            }
            if ((long) length + count > MAX_LINE) {
                tooLong = true;
                return;
            }
            if (length + count > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
            }
            System.arraycopy(bytes, from, line, length, count);
            length += count;
        }

        /** Reads the line in {@code bytes} from {@code start} to {@code end} (exclusive, without its line end). */
        private void endLine(byte[] bytes, int start, int end, boolean terminated) {
            if (tooLong || end - start > MAX_LINE) {
                tooLong = false;
                try {
                    String reason = "the line is longer than " + MAX_LINE / (1024 * 1024) + " MB: not an event";
                    if (!terminated) {
                        startDamage("incomplete last line: " + reason);
                        return;
                    }
                    if (damageLine < 0) {
                        throw new JournalCorruptedException(file, lineNumber, reason, null);
                    }
                    throw corruptedAtDamage(null);
                } finally {
                    length = 0;
                    lineNumber++;
                    lineStart = offset;
                }
            }
            if (end > start && bytes[end - 1] == '\r') {
                end--;
            }
            boolean blank = true;
            boolean zeros = false;
            for (int i = start; i < end; i++) {
                byte b = bytes[i];
                if (b == 0) {
                    zeros = true;
                } else if (b != ' ' && b != '\t' && b != '\r') {
                    blank = false;
                    break;
                }
            }
            try {
                if (blank && zeros) {
                    startDamage("zero bytes left by an interrupted write");
                    return;
                }
                if (blank) {
                    return;
                }
                E event;
                try {
                    event = codec.read(bytes, start, end - start);
                } catch (RuntimeException e) {
                    if (!terminated) {
                        startDamage("incomplete last line: " + reason(e));
                        return;
                    }
                    if (damageLine < 0) {
                        throw new JournalCorruptedException(file, lineNumber, reason(e), e);
                    }
                    throw corruptedAtDamage(e);
                }
                if (damageLine >= 0) {
                    throw corruptedAtDamage(null);
                }
                sink.accept(event, lineNumber, lineStart);
                lastEventUnterminated = !terminated;
            } finally {
                length = 0;
                lineNumber++;
                lineStart = offset;
            }
        }

        private JournalCorruptedException corruptedAtDamage(@Nullable RuntimeException cause) {
            return new JournalCorruptedException(file, damageLine, damageReason + ", yet more lines follow", cause);
        }

        private void startDamage(String reason) {
            if (damageLine < 0) {
                damageLine = lineNumber;
                damageOffset = lineStart;
                damageReason = reason;
            }
        }

        /** Reads the last line if it has no line end; returns the damaged tail, if any. */
        @Nullable DamagedTail finish() {
            if (length > 0) {
                endLine(line, 0, length, false);
            }
            return damageLine < 0 ? null
                    : new DamagedTail(damageLine, damageOffset, offset - damageOffset,
                            Objects.requireNonNull(damageReason), null);
        }

        private static String reason(RuntimeException e) {
            String message = e instanceof tools.jackson.core.JacksonException jackson
                    ? jackson.getOriginalMessage() : e.getMessage();
            if (message == null || message.isBlank()) {
                message = e.getClass().getSimpleName();
            }
            // the parser quotes what it read; that may be an asker's name, and reasons reach logs
            int cut = message.length();
            for (char stop : new char[] {'\n', '\'', '"', '\u2018', '\u201c'}) {
                int at = message.indexOf(stop);
                if (at >= 0 && at < cut) {
                    cut = at;
                }
            }
            message = cut < message.length() ? message.substring(0, cut).strip() + " (...)" : message;
            return message.length() > MAX_REASON ? message.substring(0, MAX_REASON) + "..." : message;
        }
    }

    /** A growable byte buffer that a codec writes one line into; reused per thread. */
    static final class LineBuffer extends OutputStream {
        private static final int KEEP = 256 * 1024;
        byte[] bytes = new byte[1024];
        int size;

        void reset() {
            size = 0;
        }

        void trim() {
            if (bytes.length > KEEP) {
                bytes = new byte[1024];
            }
            size = 0;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        @Override
        public void write(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            ensure(len);
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }
    }
}
