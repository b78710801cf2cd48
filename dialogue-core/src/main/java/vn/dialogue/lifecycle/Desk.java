package vn.dialogue.lifecycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dialogue.store.DamagedStoreException;
import vn.dialogue.store.DuplicateEventException;
import vn.dialogue.store.EventStore;
import vn.dialogue.store.NewEvent;
import vn.dialogue.store.StaleVersionException;
import vn.dialogue.store.StoredEvent;
import vn.dialogue.store.StreamVersion;

/**
 * Runs one family's {@link Decider} over an {@link EventStore}: the generic desk behind every lifecycle.
 *
 * <p>A command's streams are locked (in id order, so two commands never wait on each other in a cycle), their
 * versions checked against the command's, the decision made on their states, the events appended to the store
 * (which checks the versions again, atomically, against every other process), and only then applied: nobody
 * sees a state the store does not hold. A refusal changes nothing.
 *
 * <p><b>Several processes.</b> When the store has moved under this desk (another instance appended), the desk
 * finds out where it matters: a command naming a version the desk has not seen, or an append refused as stale.
 * It then catches up (reads every event after the last position it applied) and decides again on what it now
 * knows, or reports the command stale. {@link #catchUp()} does it on request, e.g. before a report.
 *
 * <p>Thread-safe. Events are applied with their versions from the store, so a desk's states after catching up
 * equal a fresh replay of the store.
 *
 * @param <C> the command type
 * @param <E> the event type
 * @param <S> the state of one record
 */
public final class Desk<C, E, S> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Desk.class);
    private static final int PAGE = 10_000;
    private static final int ATTEMPTS = 8;

    /**
     * What a desk tells its façade about each event it applies, live or on replay, in each stream's order.
     *
     * @param <E> the event type
     */
    @FunctionalInterface
    public interface Applied<E> {
        /**
         * The event was applied.
         *
         * @param event  the event
         * @param stored how the store holds it
         */
        void applied(E event, StoredEvent stored);
    }

    /**
     * What a command did.
     *
     * @param events the events appended, in order
     * @param stored the same as the store holds them
     * @param states each changed stream's state after them
     * @param <E>    the event type
     * @param <S>    the state type
     */
    public record Outcome<E, S>(List<E> events, List<StoredEvent> stored, Map<String, Held<S>> states) {
        /**
         * Copies the collections.
         *
         * @param events the events appended, in order
         * @param stored the same as the store holds them
         * @param states each changed stream's state after them; copied in its order
         * @throws NullPointerException if a collection is null, or {@code events} or {@code stored} holds null
         */
        public Outcome {
            events = List.copyOf(events);
            stored = List.copyOf(stored);
            states = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(states));
        }

        /**
         * The state of the first event's own stream after the command.
         *
         * @return that state, or the first changed stream's state if the command appended nothing
         * @throws java.util.NoSuchElementException if the command appended nothing and holds no state
         */
        public Held<S> first() {
            return stored.isEmpty() ? states.values().iterator().next() : states.get(stored.get(0).stream());
        }
    }

    private static final class Slot<S> extends ReentrantLock {
        private static final long serialVersionUID = 1L;
        transient volatile @Nullable Held<S> held;
    }

    private final EventStore store;
    private final Decider<C, E, S> decider;
    private final EventCodec<E> codec;
    private final Applied<E> applied;
    private final ConcurrentHashMap<String, Slot<S>> slots;
    /** Commands hold it shared; catching up holds it alone. */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    /** Every event up to this position is applied. */
    private long watermark;
    /** Positions above the watermark applied by this desk's own commands. */
    private final ConcurrentSkipListSet<Long> ahead = new ConcurrentSkipListSet<>();
    private final Object marks = new Object();

    /**
     * Opens a desk on a store and replays it.
     *
     * @param store    the store, owned by the desk from now on (closed with it)
     * @param decider  the family's rules
     * @param codec    the family's events in JSON
     * @param applied  told of each event applied (the façade's own indexes), or a no-op
     * @param expected about how many records there will be, to size the maps
     * @throws DamagedStoreException if the store holds an event that cannot be read or cannot happen where it is
     */
    public Desk(EventStore store, Decider<C, E, S> decider, EventCodec<E> codec, Applied<E> applied, int expected) {
        this.store = Objects.requireNonNull(store, "store");
        this.decider = Objects.requireNonNull(decider, "decider");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.applied = Objects.requireNonNull(applied, "applied");
        this.slots = new ConcurrentHashMap<>(Math.max(16, expected));
        catchUp();
        LOG.debug("desk on {}: {} events replayed, {} records", store.name(), watermark, slots.size());
    }

    /**
     * The store under this desk.
     *
     * @return the store the desk owns; never null
     */
    public EventStore store() {
        return store;
    }

    /**
     * The family's event codec.
     *
     * @return the codec; never null
     */
    public EventCodec<E> codec() {
        return codec;
    }

    /**
     * Carries out a command.
     *
     * @param command the command
     * @return what it appended and the changed records' states
     * @throws StaleVersionException   if a record is no longer at the command's version
     * @throws DuplicateEventException if an event's key was stored before (the desk has caught up: look it up)
     * @throws RuntimeException        the decider's refusal; nothing is appended
     */
    public Outcome<E, S> execute(C command) {
        return execute(command, null);
    }

    /**
     * Carries out a command whose events, once appended, call for a rewrite of what is stored (an erasure of
     * personal data): both go to the store together ({@link EventStore#appendAndRewrite}).
     *
     * @param command the command
     * @param rewrite given the command's events, the replacement of stored events' data; null for none
     * @return what it appended and the changed records' states
     * @see #execute(Object)
     */
    public Outcome<E, S> execute(C command,
                                 @Nullable Function<List<E>, Function<? super StoredEvent, @Nullable String>> rewrite) {
        Objects.requireNonNull(command, "command");
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(command, rewrite, attempt == ATTEMPTS);
            } catch (Retry retry) {
                catchUp();
            } catch (StaleVersionException | DuplicateEventException e) {
                catchUp();
                throw e;
            }
        }
    }

    /** Thrown inside to say: the store moved under us; catch up and decide again. */
    private static final class Retry extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Retry() {
            super(null, null, false, false);
        }
    }

    private Outcome<E, S> attempt(C command,
                                  @Nullable Function<List<E>, Function<? super StoredEvent, @Nullable String>> rewrite,
                                  boolean last) {
        gate.readLock().lock();
        try {
            List<Claim> claims = new ArrayList<>(decider.claims(command, this::current));
            claims.sort(Comparator.comparing(Claim::stream));
            List<Slot<S>> locked = new ArrayList<>(claims.size());
            try {
                Map<String, Long> expected = new HashMap<>();
                Map<String, @Nullable S> states = new HashMap<>();
                for (Claim claim : claims) {
                    Slot<S> slot = slots.computeIfAbsent(claim.stream(), s -> new Slot<>());
                    slot.lock();
                    locked.add(slot);
                    Held<S> held = slot.held;
                    long version = held == null ? 0 : held.version();
                    if (claim.expected() != Claim.ANY && claim.expected() != version) {
                        if (!last && store.head() > watermark()) {
                            throw new Retry();
                        }
                        throw new StaleVersionException(claim.stream(), claim.expected(), version);
                    }
                    expected.put(claim.stream(), version);
                    states.put(claim.stream(), held == null ? null : held.state());
                }
                List<E> events = decider.decide(command, states);
                if (events.isEmpty()) {
                    Map<String, Held<S>> unchanged = new LinkedHashMap<>();
                    for (Claim claim : claims) {
                        Held<S> held = current(claim.stream());
                        if (held != null) {
                            unchanged.put(claim.stream(), held);
                        }
                    }
                    return new Outcome<>(List.of(), List.of(), unchanged);
                }
                List<NewEvent> batch = new ArrayList<>(events.size());
                for (E event : events) {
                    List<String> streams = decider.streams(event, this::current);
                    for (String stream : streams) {
                        if (!expected.containsKey(stream)) {
                            throw new IllegalStateException("event " + codec.type(event) + " changes " + stream
                                    + ", which its command did not claim");
                        }
                    }
                    batch.add(new NewEvent(codec.type(event), codec.data(event), decider.recorded(event), streams,
                            decider.key(event)));
                }
                List<StoredEvent> stored;
                try {
                    stored = rewrite == null ? store.append(batch, expected)
                            : store.appendAndRewrite(batch, expected, rewrite.apply(events));
                } catch (StaleVersionException e) {
                    if (!last && claims.stream().anyMatch(c -> c.expected() == Claim.ANY || c.expected() == 0)) {
                        throw new Retry();
                    }
                    throw e;
                }
                Map<String, Held<S>> after = new LinkedHashMap<>();
                for (int i = 0; i < events.size(); i++) {
                    apply(events.get(i), stored.get(i), after);
                }
                mark(stored);
                return new Outcome<>(events, stored, after);
            } finally {
                for (Slot<S> slot : locked) {
                    slot.unlock();
                }
            }
        } finally {
            gate.readLock().unlock();
        }
    }

    private void apply(E event, StoredEvent stored, @Nullable Map<String, Held<S>> after) {
        List<StreamVersion> streams = stored.streams();
        List<@Nullable S> before = new ArrayList<>(streams.size());
        for (StreamVersion sv : streams) {
            Slot<S> slot = slots.get(sv.stream());
            Held<S> held = slot == null ? null : slot.held;
            before.add(held == null ? null : held.state());
        }
        List<S> next = decider.evolve(event, before);
        if (next.size() != streams.size()) {
            throw new IllegalStateException("evolving " + stored.type() + " gave " + next.size() + " states for "
                    + streams.size() + " streams");
        }
        for (int i = 0; i < streams.size(); i++) {
            StreamVersion sv = streams.get(i);
            Held<S> held = new Held<>(next.get(i), sv.version());
            slots.computeIfAbsent(sv.stream(), s -> new Slot<>()).held = held;
            if (after != null) {
                after.put(sv.stream(), held);
            }
        }
        applied.applied(event, stored);
    }

    private void mark(List<StoredEvent> stored) {
        synchronized (marks) {
            for (StoredEvent e : stored) {
                ahead.add(e.position());
            }
            while (ahead.remove(watermark + 1)) {
                watermark++;
            }
        }
    }

    private long watermark() {
        synchronized (marks) {
            return watermark;
        }
    }

    /**
     * Reads every event the store holds after the last one this desk applied (another process's), and applies
     * it. Commands wait meanwhile.
     *
     * @return how many events were applied
     * @throws DamagedStoreException if an event cannot be read or cannot happen where it is
     */
    public long catchUp() {
        gate.writeLock().lock();
        try {
            long before = watermark();
            long[] count = {0};
            while (true) {
                long from = watermark();
                long to = store.readAfter(from, PAGE, stored -> {
                    synchronized (marks) {
                        if (!ahead.remove(stored.position())) {
                            replay(stored);
                            count[0]++;
                        }
                        watermark = stored.position();
                    }
                });
                if (to == from) {
                    break;
                }
            }
            if (count[0] > 0 && before > 0) {
                LOG.debug("desk on {}: caught up {} events from other processes", store.name(), count[0]);
            }
            return count[0];
        } finally {
            gate.writeLock().unlock();
        }
    }

    private void replay(StoredEvent stored) {
        E event;
        try {
            event = codec.read(stored.type(), stored.data());
        } catch (RuntimeException e) {
            throw damaged(stored, e.getMessage(), e);
        }
        List<StreamVersion> streams = stored.streams();
        for (StreamVersion sv : streams) {
            Slot<S> slot = slots.get(sv.stream());
            long version = slot == null || slot.held == null ? 0 : slot.held.version();
            if (sv.version() != version + 1) {
                throw damaged(stored, "stream " + sv.stream() + " is at version " + version + ", the event gives it "
                        + sv.version(), null);
            }
        }
        try {
            apply(event, stored, null);
        } catch (RuntimeException e) {
            throw damaged(stored, "event " + stored.type() + " cannot happen here: " + e.getMessage(), e);
        }
    }

    private DamagedStoreException damaged(StoredEvent stored, @Nullable String reason, @Nullable Throwable cause) {
        return new DamagedStoreException(store.name() + ", position " + stored.position(),
                reason == null ? "unreadable event" : reason, cause);
    }

    private @Nullable Held<S> current(String stream) {
        Slot<S> slot = slots.get(stream);
        return slot == null ? null : slot.held;
    }

    /**
     * A record's state and version, if it exists.
     *
     * @param stream the record's stream id
     * @return its state and version, or empty if the desk knows no such record
     * @throws NullPointerException if {@code stream} is null
     */
    public Optional<Held<S>> get(String stream) {
        return Optional.ofNullable(current(Objects.requireNonNull(stream, "stream")));
    }

    /**
     * Every record's state and version, by stream, at one moment per record.
     *
     * @return a new modifiable map; never null
     */
    public Map<String, Held<S>> snapshot() {
        Map<String, Held<S>> out = new HashMap<>(slots.size());
        slots.forEach((stream, slot) -> {
            Held<S> held = slot.held;
            if (held != null) {
                out.put(stream, held);
            }
        });
        return out;
    }

    /**
     * How many records exist.
     *
     * @return the number of streams holding a state
     */
    public int size() {
        int n = 0;
        for (Slot<S> slot : slots.values()) {
            if (slot.held != null) {
                n++;
            }
        }
        return n;
    }

    /**
     * Rewrites stored events' data in place (an erasure), with the store's atomicity; the desk's states stay.
     *
     * @param replacement the new data of a stored event, or null to leave it as it is
     * @return how many events were rewritten
     * @see EventStore#rewrite
     */
    public int rewrite(Function<? super StoredEvent, @Nullable String> replacement) {
        return store.rewrite(replacement);
    }

    /** Hands appended events to the operating system or database. */
    public void flush() {
        store.flush();
    }

    /** Forces appended events to durable storage. */
    public void sync() {
        store.sync();
    }

    /** Closes the store. */
    @Override
    public void close() {
        store.close();
    }
}
