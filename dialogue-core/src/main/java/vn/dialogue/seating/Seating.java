package vn.dialogue.seating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.dialogue.participant.Delegate;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.VietnameseCollation;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.Plan;

/**
 * Seats delegates in a hall by protocol precedence. Deterministic: the same layout, attendees (in the same order),
 * protocol and pins give the same plan.
 *
 * <ol>
 *   <li>Pinned delegates sit in their pinned seats; a pinned seat whose delegate does not attend stays empty.</li>
 *   <li>The presidium: the chair in seat 1, then presiding officials by precedence. Presidium seats left over stay
 *       empty; presiding officials beyond them sit first in the hall.</li>
 *   <li>Blocks reserved for roles (the press) take those roles, in their seat order.</li>
 *   <li>Leaders (answering officials, invited guests, the master of ceremonies) by precedence: the organisation's
 *       place in the {@link Protocol}, then the list order (officials list the head of a body first); they take the
 *       hall's seats of most honour: front rows first, within a row nearest the centre line, the hall's left (the
 *       chair's right) before its right.</li>
 *   <li>Participants by block: by group in protocol order, then by organisation in the order the list first names
 *       it, then by Vietnamese name order; they fill the blocks one after another, the centre block first, front
 *       to back, so that a group sits together.</li>
 *   <li>Everyone else (press without a reserved block, secretariat) after them.</li>
 * </ol>
 * Delegates who find no seat are returned as unseated, lowest precedence last. Thread-safe: stateless.
 */
public final class Seating {

    private static final Set<DelegateRole> PRESIDIUM = Set.of(DelegateRole.CHAIR, DelegateRole.CO_CHAIR,
            DelegateRole.PRESIDING);
    private static final Set<DelegateRole> LEADERS = Set.of(DelegateRole.ANSWERING, DelegateRole.INVITED,
            DelegateRole.MASTER_OF_CEREMONIES);

    private Seating() {
    }

    /**
     * Seats the delegates of {@code delegates} who are at the layout's venue, by the protocol {@code plan} defines
     * for that venue ({@link Protocol#of}).
     *
     * @param plan the plan
     * @param delegates the delegate list
     * @param layout the hall's blocks and rows
     * @param pins delegates who must sit in a given seat
     * @return the seating plan
     */
    public static SeatingPlan forPlan(Plan plan, HallLayout layout, DelegateList delegates, List<SeatPin> pins) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(delegates, "delegates");
        return assign(layout, delegates.at(layout.venue()), Protocol.of(plan, layout.venue()), pins);
    }

    /**
     * Seats {@code attendees}.
     *
     * @param layout the hall's blocks and rows
     * @param attendees the delegates to seat, each once
     * @param protocol the order of precedence the seats follow
     * @param pins delegates who must sit in a given seat
     * @return the seating plan
     * @throws IllegalArgumentException if an attendee appears twice or sits at another venue, a pin names a seat the
     *                                  layout does not have, or two pins name the same seat or the same delegate
     */
    public static SeatingPlan assign(HallLayout layout, List<Delegate> attendees, Protocol protocol,
                                     List<SeatPin> pins) {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(attendees, "attendees");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(pins, "pins");
        Map<String, Seat> seats = new LinkedHashMap<>();
        layout.seats().forEach(s -> seats.put(s.id(), s));
        Map<String, Integer> listIndex = new HashMap<>();
        for (int i = 0; i < attendees.size(); i++) {
            Delegate d = attendees.get(i);
            if (listIndex.putIfAbsent(d.id(), i) != null) {
                throw new IllegalArgumentException("delegate " + d.id() + " appears twice among the attendees");
            }
            if (!d.venue().equals(layout.venue())) {
                throw new IllegalArgumentException("delegate " + d.id() + " sits at " + d.venue() + ", not at "
                        + layout.venue());
            }
        }
        Map<String, SeatPin> pinByDelegate = new HashMap<>();
        Set<String> pinnedSeats = new HashSet<>();
        for (SeatPin p : pins) {
            if (!seats.containsKey(p.seat())) {
                throw new IllegalArgumentException("pin of " + p.delegate() + ": the hall has no seat " + p.seat());
            }
            if (!pinnedSeats.add(p.seat())) {
                throw new IllegalArgumentException("seat " + p.seat() + " is pinned twice");
            }
            if (pinByDelegate.putIfAbsent(p.delegate(), p) != null) {
                throw new IllegalArgumentException("delegate " + p.delegate() + " is pinned twice");
            }
        }

        Map<String, SeatAssignment> taken = new HashMap<>();
        List<Seat> reserved = new ArrayList<>();
        List<Delegate> free = new ArrayList<>();
        for (Delegate d : attendees) {
            SeatPin pin = pinByDelegate.get(d.id());
            if (pin == null) {
                free.add(d);
            } else {
                taken.put(pin.seat(), new SeatAssignment(seats.get(pin.seat()), d, true));
            }
        }
        for (SeatPin p : pins) {
            if (!listIndex.containsKey(p.delegate())) {
                reserved.add(seats.get(p.seat()));
            }
        }

        Comparator<Delegate> byPrecedence = Comparator
                .comparingInt((Delegate d) -> protocol.rankOfOrganisation(d.organisationId()))
                .thenComparingInt(d -> d.role().ordinal())
                .thenComparingInt(d -> listIndex.get(d.id()));
        List<Delegate> presidium = free.stream().filter(d -> PRESIDIUM.contains(d.role()))
                .sorted(Comparator.comparingInt((Delegate d) -> d.role().ordinal()).thenComparing(byPrecedence))
                .toList();
        List<Delegate> unseated = new ArrayList<>();
        List<Delegate> leaders = new ArrayList<>();
        List<Seat> presidiumSeats = layout.presidium().stream().filter(s -> !pinnedSeats.contains(s.id())).toList();
        for (int i = 0; i < presidium.size(); i++) {
            if (i < presidiumSeats.size()) {
                taken.put(presidiumSeats.get(i).id(), new SeatAssignment(presidiumSeats.get(i), presidium.get(i),
                        false));
            } else {
                leaders.add(presidium.get(i));
            }
        }

        List<Delegate> rest = new ArrayList<>(free.stream().filter(d -> !PRESIDIUM.contains(d.role())).toList());
        for (Block b : layout.blocks()) {
            if (b.reservedFor().isEmpty()) {
                continue;
            }
            List<Delegate> mine = rest.stream().filter(d -> b.reservedFor().contains(d.role())).sorted(byPrecedence)
                    .toList();
            List<Seat> blockSeats = layout.hallSeats().stream()
                    .filter(s -> b.id().equals(s.block()) && !pinnedSeats.contains(s.id())).toList();
            for (int i = 0; i < mine.size() && i < blockSeats.size(); i++) {
                taken.put(blockSeats.get(i).id(), new SeatAssignment(blockSeats.get(i), mine.get(i), false));
                rest.remove(mine.get(i));
            }
        }

        Set<String> reservedBlocks = new HashSet<>();
        layout.blocks().stream().filter(b -> !b.reservedFor().isEmpty()).forEach(b -> reservedBlocks.add(b.id()));
        List<Seat> general = layout.hallSeats().stream()
                .filter(s -> !reservedBlocks.contains(s.block()) && !pinnedSeats.contains(s.id())).toList();

        leaders.addAll(rest.stream().filter(d -> LEADERS.contains(d.role())).sorted(byPrecedence).toList());
        Map<String, Integer> orgOrder = new HashMap<>();
        for (Delegate d : attendees) {
            orgOrder.putIfAbsent(organisationKey(d), orgOrder.size());
        }
        List<Delegate> participants = rest.stream().filter(d -> d.role() == DelegateRole.PARTICIPANT)
                .sorted(Comparator.comparingInt((Delegate d) -> protocol.rankOfGroup(d.group()))
                        .thenComparingInt(d -> orgOrder.get(organisationKey(d)))
                        .thenComparing(Delegate::name, VietnameseCollation.NAME_ORDER)
                        .thenComparing(Delegate::id))
                .toList();
        List<Delegate> others = rest.stream().filter(d -> !LEADERS.contains(d.role())
                && d.role() != DelegateRole.PARTICIPANT).sorted(byPrecedence).toList();

        List<Seat> honour = general.stream().sorted(Comparator.comparingInt(Seat::row)
                .thenComparingInt(Seat::centreDistance).thenComparingInt(Seat::position)).toList();
        Map<String, Integer> blockRank = blockRank(layout);
        List<Seat> byBlock = general.stream().sorted(Comparator.comparingInt((Seat s) -> blockRank.get(s.block()))
                .thenComparingInt(Seat::row).thenComparingInt(Seat::number)).toList();

        fill(leaders, honour, taken, unseated);
        fill(participants, byBlock, taken, unseated);
        fill(others, byBlock, taken, unseated);

        List<SeatAssignment> assignments = layout.seats().stream().filter(s -> taken.containsKey(s.id()))
                .map(s -> taken.get(s.id())).toList();
        return new SeatingPlan(layout, protocol, attendees, pins, assignments, reserved, unseated);
    }

    private static void fill(List<Delegate> who, List<Seat> order, Map<String, SeatAssignment> taken,
                             List<Delegate> unseated) {
        int next = 0;
        for (Delegate d : who) {
            while (next < order.size() && taken.containsKey(order.get(next).id())) {
                next++;
            }
            if (next < order.size()) {
                Seat s = order.get(next);
                taken.put(s.id(), new SeatAssignment(s, d, false));
            } else {
                unseated.add(d);
            }
        }
    }

    /** Blocks by honour: the one nearest the centre line first, the hall's left before its right. */
    private static Map<String, Integer> blockRank(HallLayout layout) {
        int width = layout.blocks().stream().mapToInt(Block::seatsPerRow).sum() + layout.blocks().size() - 1;
        record Mid(String id, int distance, int left) { }
        List<Mid> mids = new ArrayList<>();
        int x0 = 1;
        for (Block b : layout.blocks()) {
            int centre2 = 2 * x0 + b.seatsPerRow() - 1;
            mids.add(new Mid(b.id(), Math.abs(centre2 - width - 1), x0));
            x0 += b.seatsPerRow() + 1;
        }
        mids.sort(Comparator.comparingInt(Mid::distance).thenComparingInt(Mid::left));
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < mids.size(); i++) {
            rank.put(mids.get(i).id(), i);
        }
        return rank;
    }

    private static String organisationKey(Delegate d) {
        if (d.organisationId() != null) {
            return "id:" + d.organisationId();
        }
        return d.organisation() == null ? "" : "text:" + d.organisation();
    }
}
