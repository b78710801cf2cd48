package vn.dialogue.seating;

import vn.dialogue.organisation.Ids;

/**
 * A seat fixed by hand for a delegate; seating keeps it whatever else changes. While the delegate does not attend,
 * the seat stays empty: it is theirs. Immutable and thread-safe.
 *
 * @param delegate id of the delegate
 * @param seat     id of the seat, e.g. {@code P-2} or {@code B-01-05}
 */
public record SeatPin(String delegate, String seat) {

    /**
     * Checks the components.
     *
     * @param delegate id of the delegate
     * @param seat id of the seat, e.g. {@code P-2} or {@code B-01-05}
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public SeatPin {
        delegate = Ids.require(delegate, "delegate");
        seat = Ids.require(seat, "seat");
    }

    /**
     * A pin of {@code delegate} to {@code seat}.
     *
     * @param delegate the delegate's id
     * @param seat the seat's id
     * @return the pin
     */
    public static SeatPin of(String delegate, String seat) {
        return new SeatPin(delegate, seat);
    }
}
