package vn.dialogue.lifecycle;

import java.util.Objects;

/**
 * A record's current state and the version it is at (how many events made it). Immutable.
 *
 * @param state   the state, never null
 * @param version the version, from 1
 * @param <S>     the state type
 */
public record Held<S>(S state, long version) {

    /**
     * Checks the fields.
     *
     * @param state   the state, never null
     * @param version the version, from 1
     * @throws NullPointerException     if {@code state} is null
     * @throws IllegalArgumentException if {@code version} is below 1
     */
    public Held {
        Objects.requireNonNull(state, "state");
        if (version < 1) {
            throw new IllegalArgumentException("a held state's version starts at 1, got " + version);
        }
    }
}
