package vn.dialogue.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The rules of one family of records: which streams a command reads, what it decides, and how an event changes
 * the records it names. Pure: a decider keeps no state of its own, so the same fold serves live appends and
 * replay. Implementations are thread-safe.
 *
 * @param <C> the family's command type
 * @param <E> the family's event type
 * @param <S> the state of one record
 */
public interface Decider<C, E, S> {

    /**
     * The streams the command reads and writes, with the version it was decided on.
     *
     * @param command the command
     * @param current the current state of a stream, null if it has none
     * @return the claims, at least one
     * @throws RuntimeException a refusal (e.g. {@link java.util.NoSuchElementException} for a record that does not
     *                          exist)
     */
    List<Claim> claims(C command, Function<String, @Nullable Held<S>> current);

    /**
     * Decides the command on the claimed records' states.
     *
     * @param command the command
     * @param states  each claimed stream's state, null for one the command creates
     * @return the events; empty when the command changes nothing (then nothing is appended)
     * @throws RuntimeException a refusal: nothing is appended
     */
    List<E> decide(C command, Map<String, @Nullable S> states);

    /**
     * The streams an event about to be appended changes, its own first (the store keeps them with the event, and
     * replay follows the store).
     *
     * @param event   the event
     * @param current the current state of a stream, null if it has none
     * @return the streams, at least one
     */
    List<String> streams(E event, Function<String, @Nullable Held<S>> current);

    /**
     * One step of the fold: the states of the event's streams after it.
     *
     * @param event  the event
     * @param states the states of {@link #streams} before it, in that order (null for a stream it creates)
     * @return their states after it, in the same order
     * @throws RuntimeException if the event cannot happen to these states (a damaged store, on replay)
     */
    List<S> evolve(E event, List<@Nullable S> states);

    /**
     * When the event happened: the instant the store records with it.
     *
     * @param event the event
     * @return the instant; never null
     */
    Instant recorded(E event);

    /**
     * The event's idempotency key: the store takes each key once. The default gives none.
     *
     * @param event the event
     * @return the key, or null for an event without one
     */
    default @Nullable String key(E event) {
        return null;
    }
}
