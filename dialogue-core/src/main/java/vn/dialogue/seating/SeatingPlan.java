package vn.dialogue.seating;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.dialogue.participant.Delegate;

/**
 * Who sits where in the main hall: the result of {@link Seating}. Immutable and thread-safe.
 *
 * @param layout      the hall
 * @param protocol    the order of precedence used
 * @param attendees   the delegates to seat, as given
 * @param pins        the pins, as given
 * @param assignments every occupied seat, in the layout's seat order (presidium by rank, then the hall)
 * @param reserved    seats held empty for pinned delegates who are not attending
 * @param unseated    delegates left without a seat because the hall is full, lowest precedence last
 */
public record SeatingPlan(HallLayout layout, Protocol protocol, List<Delegate> attendees, List<SeatPin> pins,
                          List<SeatAssignment> assignments, List<Seat> reserved, List<Delegate> unseated) {

    /**
     * Checks the components and normalises them (collections copied, unmodifiable).
     *
     * @param layout the hall
     * @param protocol the order of precedence used
     * @param attendees the delegates to seat, as given
     * @param pins the pins, as given
     * @param assignments every occupied seat, in the layout's seat order (presidium by rank, then the hall)
     * @param reserved seats held empty for pinned delegates who are not attending
     * @param unseated delegates left without a seat because the hall is full, lowest precedence last
     * @throws NullPointerException if a required component is null
     */
    public SeatingPlan {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(protocol, "protocol");
        attendees = List.copyOf(attendees);
        pins = List.copyOf(pins);
        assignments = List.copyOf(assignments);
        reserved = List.copyOf(reserved);
        unseated = List.copyOf(unseated);
    }

    /**
     * The seat of a delegate.
     *
     * @param delegateId the delegate's id
     * @return the seat of a delegate
     */
    public Optional<Seat> seatOf(String delegateId) {
        return assignments.stream().filter(a -> a.delegate().id().equals(delegateId)).map(SeatAssignment::seat)
                .findFirst();
    }

    /**
     * Who sits in a seat.
     *
     * @param seatId the seat's id
     * @return who sits in a seat
     */
    public Optional<Delegate> occupant(String seatId) {
        return assignments.stream().filter(a -> a.seat().id().equals(seatId)).map(SeatAssignment::delegate)
                .findFirst();
    }

    /**
     * The assignments at the presidium, by rank.
     *
     * @return the assignments at the presidium, by rank
     */
    public List<SeatAssignment> presidium() {
        return assignments.stream().filter(a -> a.seat().isPresidium()).toList();
    }

    /**
     * Seats with nobody in them and not reserved, in layout order.
     *
     * @return the empty seats, in layout order
     */
    public List<Seat> emptySeats() {
        Set<String> taken = assignments.stream().map(a -> a.seat().id()).collect(Collectors.toSet());
        reserved.forEach(s -> taken.add(s.id()));
        return layout.seats().stream().filter(s -> !taken.contains(s.id())).toList();
    }

    /**
     * The plan for a new attendance, with the same layout, protocol and pins: pinned delegates keep their seats,
     * everyone else is seated afresh by the same rules.
     *
     * @param newAttendees the new {@code attendees}: the delegates to seat, as given
     * @return the plan for a new attendance, with the same layout, protocol and pins: pinned delegates keep their
     *         seats, everyone else is seated afresh by the same rules
     */
    public SeatingPlan reseat(List<Delegate> newAttendees) {
        return Seating.assign(layout, newAttendees, protocol, pins);
    }

    /**
     * The same attendance seated again with one more pin (replacing any pin of the same delegate).
     *
     * @param pin the delegate and the seat they must have
     * @return the same attendance seated again with one more pin (replacing any pin of the same delegate)
     */
    public SeatingPlan withPin(SeatPin pin) {
        Objects.requireNonNull(pin, "pin");
        List<SeatPin> all = new java.util.ArrayList<>(pins.stream()
                .filter(p -> !p.delegate().equals(pin.delegate())).toList());
        all.add(pin);
        return Seating.assign(layout, attendees, protocol, all);
    }

    /**
     * The same attendance seated again without the pin of this delegate.
     *
     * @param delegateId the delegate whose pin goes
     * @return the same attendance seated again without the pin of this delegate
     */
    public SeatingPlan withoutPin(String delegateId) {
        return Seating.assign(layout, attendees, protocol,
                pins.stream().filter(p -> !p.delegate().equals(delegateId)).toList());
    }
}
