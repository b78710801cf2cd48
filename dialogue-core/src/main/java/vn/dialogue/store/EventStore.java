package vn.dialogue.store;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The events of one log (e.g. the questions of one dialogue), kept as streams: the port every lifecycle of the
 * library is stored through. An event changes one or more streams, each to its next version, and takes the next
 * global position of the log.
 *
 * <p>Implementations are thread-safe, and a store over a shared database may be used by several processes at
 * once: {@link #append} is then the only point where they meet, and it is atomic and version-checked.
 *
 * <p>Two adapters ship: {@code vn.dialogue.journal.FileEventStore} (a JSON Lines file with a checksum per line,
 * one process) and {@code vn.dialogue.postgres.PostgresEventStore} (module {@code dialogue-postgres}, many
 * processes on one database).
 */
public interface EventStore extends AutoCloseable {

    /**
     * Where the store is, for messages.
     *
     * @return a file, or a database and log name; never null
     */
    String name();

    /**
     * Appends events atomically: all or none. Every stream an event names must be in {@code expected}, at the
     * version the caller decided on (0 for a stream that does not exist yet); events are stored in list order, a
     * stream named by several of them moving one version for each.
     *
     * @param events   the events, at least one
     * @param expected the version each named stream must be at now
     * @return the events as stored, with their positions and versions, in the same order
     * @throws StaleVersionException    if a stream is not at its expected version; nothing is appended
     * @throws DuplicateEventException  if an event's key is already stored (or repeated in the list); nothing is
     *                                  appended
     * @throws IllegalArgumentException if an event names a stream missing from {@code expected}
     * @throws IllegalStateException    if the store is closed or failed earlier
     * @throws java.io.UncheckedIOException or another unchecked exception of the adapter, if storing fails
     */
    List<StoredEvent> append(List<NewEvent> events, Map<String, Long> expected);

    /**
     * The events of one stream, in version order.
     *
     * @param stream the stream's id
     * @return its events, empty if it has none; never null
     */
    List<StoredEvent> readStream(String stream);

    /**
     * Hands every event after {@code position} to {@code each}, in position order, up to {@code max} of them. A
     * reader that goes on from the last position it was handed never skips an event, even one whose transaction
     * committed after a later position was read.
     *
     * @param position the last position already seen (0 for the start)
     * @param max      at most this many events
     * @param each     receives each event
     * @return the position of the last event handed over, or {@code position} if there was none
     * @throws DamagedStoreException if the store's sequence or an event is damaged where it reads
     */
    long readAfter(long position, int max, Consumer<? super StoredEvent> each);

    /**
     * The position of the last event committed to the log.
     *
     * @return the position, 0 if the log has no event
     */
    long head();

    /**
     * Replaces the data of stored events, in place, keeping their positions, streams, versions and types: the
     * rewrite an erasure of personal data needs, done atomically (every replacement or none).
     *
     * @param replacement the new data of an event, or null to leave it as it is
     * @return how many events were rewritten
     */
    int rewrite(Function<? super StoredEvent, @Nullable String> replacement);

    /**
     * Appends events and then rewrites stored events' data, as an erasure of personal data needs: the erasure event
     * and the scrubbing of what came before it. A store over a database does both in one transaction; the default
     * does one after the other, and the caller finishes a rewrite a crash interrupted when it next opens the store.
     *
     * @param events      the events to append, at least one
     * @param expected    the version each stream the events name must be at now
     * @param replacement the new data of a stored event, or null to leave it as it is
     * @return the events as stored, with their positions and versions, in the same order; never null
     * @throws StaleVersionException   if a stream is not at its expected version; nothing is appended or rewritten
     * @throws DuplicateEventException if an event's key is already stored; nothing is appended or rewritten
     * @see #append
     * @see #rewrite
     */
    default List<StoredEvent> appendAndRewrite(List<NewEvent> events, Map<String, Long> expected,
                                               Function<? super StoredEvent, @Nullable String> replacement) {
        List<StoredEvent> stored = append(events, expected);
        rewrite(replacement);
        return stored;
    }

    /** Hands every buffered event to the operating system or the database; a no-op where nothing is buffered. */
    void flush();

    /** Forces every appended event to durable storage; a no-op where each append is durable already. */
    void sync();

    /** Releases the store; closing twice does nothing. */
    @Override
    void close();
}
