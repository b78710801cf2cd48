package vn.dialogue.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.dialogue.participant.Delegate;

/** Seating is deterministic and keeps pins whatever the attendance. */
class SeatingPropertiesTest {

    private static final List<Delegate> ALL = SeedPlanSeatingTest.DELEGATES.at(SeedPlanSeatingTest.HALL);
    private static final HallLayout LAYOUT = SeedPlanSeatingTest.LAYOUT;
    private static final Protocol PROTOCOL = Protocol.of(SeedPlanSeatingTest.PLAN, SeedPlanSeatingTest.HALL);

    record Case(List<Delegate> attendees, List<SeatPin> pins) { }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<Integer>> absent = Arbitraries.integers().between(0, ALL.size() - 1).set().ofMaxSize(60)
                .map(List::copyOf);
        Arbitrary<List<Integer>> pinned = Arbitraries.integers().between(0, ALL.size() - 1).set().ofMaxSize(12)
                .map(List::copyOf);
        Arbitrary<List<Integer>> seats = Arbitraries.integers().between(0, LAYOUT.capacity() - 1).set()
                .ofMinSize(12).ofMaxSize(12).map(List::copyOf);
        return Combinators.combine(absent, pinned, seats).as((a, p, s) -> {
            List<Delegate> attendees = new ArrayList<>();
            for (int i = 0; i < ALL.size(); i++) {
                if (!a.contains(i)) {
                    attendees.add(ALL.get(i));
                }
            }
            List<SeatPin> pins = new ArrayList<>();
            for (int k = 0; k < p.size(); k++) {
                pins.add(SeatPin.of(ALL.get(p.get(k)).id(), LAYOUT.seats().get(s.get(k)).id()));
            }
            return new Case(attendees, pins);
        });
    }

    @Property(tries = 60)
    void should_seat_deterministically_and_keep_every_pin(@ForAll("cases") Case c) {
        SeatingPlan plan = Seating.assign(LAYOUT, c.attendees(), PROTOCOL, c.pins());
        // the same input gives the same plan
        assertThat(Seating.assign(LAYOUT, c.attendees(), PROTOCOL, c.pins())).isEqualTo(plan);
        // every attending pinned delegate sits in their seat; an absent one's seat stays empty
        Set<String> attending = new HashSet<>();
        c.attendees().forEach(d -> attending.add(d.id()));
        for (SeatPin pin : c.pins()) {
            if (attending.contains(pin.delegate())) {
                assertThat(plan.seatOf(pin.delegate())).get().extracting(Seat::id).isEqualTo(pin.seat());
            } else {
                assertThat(plan.occupant(pin.seat())).isEmpty();
            }
        }
        // each seat holds one person, each person one seat, and nobody is lost
        assertThat(plan.assignments()).extracting(a -> a.seat().id()).doesNotHaveDuplicates();
        assertThat(plan.assignments()).extracting(a -> a.delegate().id()).doesNotHaveDuplicates();
        assertThat(plan.assignments().size() + plan.unseated().size()).isEqualTo(c.attendees().size());
        // re-seating the full list moves no pinned delegate
        SeatingPlan full = plan.reseat(ALL);
        for (SeatPin pin : c.pins()) {
            assertThat(full.seatOf(pin.delegate())).get().extracting(Seat::id).isEqualTo(pin.seat());
        }
    }
}
