package vn.dialogue.seating;

import java.util.Objects;

import vn.dialogue.participant.Delegate;

/**
 * A delegate in a seat. Immutable and thread-safe.
 *
 * @param seat     the seat
 * @param delegate who sits there
 * @param pinned   true when a pin put them there
 */
public record SeatAssignment(Seat seat, Delegate delegate, boolean pinned) {

    /**
     * Checks the components.
     *
     * @param seat the seat
     * @param delegate who sits there
     * @param pinned true when a pin put them there
     * @throws NullPointerException if a required component is null
     */
    public SeatAssignment {
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(delegate, "delegate");
    }
}
