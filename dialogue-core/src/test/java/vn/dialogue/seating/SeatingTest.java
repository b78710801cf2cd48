package vn.dialogue.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.participant.Delegate;
import vn.dialogue.participant.Gender;
import vn.dialogue.participant.PersonName;
import vn.dialogue.plan.DelegateRole;

class SeatingTest {

    static final String HALL = "hall";

    static Delegate delegate(String id, String name, DelegateRole role, String group, String org) {
        return Delegate.builder(id, PersonName.parse(name), Gender.FEMALE, group, HALL, role)
                .organisation(org, org).build();
    }

    static final List<Delegate> SMALL = List.of(
            delegate("chair", "Lê Văn Chủ", DelegateRole.CHAIR, "lanh-dao", "ubnd"),
            delegate("hoi", "Trần Thị Hội", DelegateRole.PRESIDING, "lanh-dao", "hoi"),
            delegate("so", "Phạm Văn Sở", DelegateRole.ANSWERING, "lanh-dao", "so"),
            delegate("hdnd", "Đỗ Văn Hội", DelegateRole.INVITED, "moi", "hdnd"),
            delegate("bao", "Vũ Thị Báo", DelegateRole.PRESS, "moi", "bao"),
            delegate("w-hoa", "Nguyễn Thị Hoa", DelegateRole.PARTICIPANT, "phu-nu", "xa-a"),
            delegate("w-an", "Lê Thị Ân", DelegateRole.PARTICIPANT, "phu-nu", "xa-b"),
            delegate("w-anh", "Bùi Thị Ánh", DelegateRole.PARTICIPANT, "phu-nu", "xa-a"));

    static final HallLayout SMALL_HALL = new HallLayout(HALL, 3, List.of(Block.of("A", 2, 2), Block.of("B", 2, 3),
            Block.of("C", 2, 2)));

    static final Protocol PROTOCOL = new Protocol(List.of("hdnd", "ubnd", "so"), List.of("lanh-dao", "moi", "phu-nu"));

    @Test
    void should_seat_by_tiers_and_sort_participants_by_organisation_then_vietnamese_name() {
        SeatingPlan plan = Seating.assign(SMALL_HALL, SMALL, PROTOCOL, List.of());
        assertThat(plan.occupant("P-1")).get().extracting(Delegate::id).isEqualTo("chair");
        assertThat(plan.occupant("P-2")).get().extracting(Delegate::id).isEqualTo("hoi");
        assertThat(plan.occupant("P-3")).isEmpty();
        // leaders: hdnd precedes so; the centre of the front row first, then the hall's left
        assertThat(plan.occupant("B-01-02")).get().extracting(Delegate::id).isEqualTo("hdnd");
        assertThat(plan.occupant("B-01-01")).get().extracting(Delegate::id).isEqualTo("so");
        // participants: the centre block first; xa-a (named first) before xa-b; Ánh before Hoa within xa-a
        assertThat(List.of("B-01-03", "B-02-01", "B-02-02")).extracting(s -> plan.occupant(s).orElseThrow().id())
                .containsExactly("w-anh", "w-hoa", "w-an");
        assertThat(plan.occupant("B-02-03")).get().extracting(Delegate::id).isEqualTo("bao");
        assertThat(plan.unseated()).isEmpty();
    }

    @Test
    void should_keep_pinned_delegates_and_their_seats_when_attendance_changes() {
        // GIVEN Ánh pinned to the aisle seat A-02-02 and the invited guest to C-01-01
        List<SeatPin> pins = List.of(SeatPin.of("w-anh", "A-02-02"), SeatPin.of("hdnd", "C-01-01"));
        SeatingPlan before = Seating.assign(SMALL_HALL, SMALL, PROTOCOL, pins);
        // WHEN Hoa and the guest drop out
        List<Delegate> fewer = new ArrayList<>(SMALL);
        fewer.removeIf(d -> d.id().equals("w-hoa") || d.id().equals("hdnd"));
        SeatingPlan after = before.reseat(fewer);
        // THEN Ánh has not moved, and the guest's pinned seat is held empty for them
        assertThat(before.seatOf("w-anh")).get().extracting(Seat::id).isEqualTo("A-02-02");
        assertThat(after.seatOf("w-anh")).get().extracting(Seat::id).isEqualTo("A-02-02");
        assertThat(after.assignments()).filteredOn(SeatAssignment::pinned).extracting(a -> a.delegate().id())
                .containsExactly("w-anh");
        assertThat(after.reserved()).extracting(Seat::id).containsExactly("C-01-01");
        assertThat(after.occupant("C-01-01")).isEmpty();
        assertThat(after.seatOf("w-hoa")).isEmpty();
        assertThat(after.assignments()).hasSize(6);
    }

    @Test
    void should_list_the_lowest_precedence_as_unseated_when_the_hall_is_full() {
        HallLayout tiny = new HallLayout(HALL, 1, List.of(Block.of("A", 1, 4)));
        SeatingPlan plan = Seating.assign(tiny, SMALL, PROTOCOL, List.of());
        assertThat(plan.assignments()).hasSize(5);
        // the presiding official goes first into the hall; participants, then the press, lose out
        assertThat(plan.unseated()).extracting(Delegate::id).containsExactly("w-hoa", "w-an", "bao");
        assertThat(plan.seatOf("hoi")).get().extracting(Seat::id).isEqualTo("A-01-02");
    }

    @Test
    void should_seat_the_press_in_its_reserved_block() {
        HallLayout withPress = new HallLayout(HALL, 2, List.of(Block.of("A", 2, 3),
                Block.reserved("BC", 1, 2, DelegateRole.PRESS)));
        SeatingPlan plan = Seating.assign(withPress, SMALL, PROTOCOL, List.of());
        assertThat(plan.seatOf("bao")).get().extracting(Seat::block).isEqualTo("BC");
        assertThat(plan.assignments()).filteredOn(a -> "BC".equals(a.seat().block())).hasSize(1);
    }

    @Test
    void should_reject_pins_and_attendees_that_cannot_be() {
        assertThatThrownBy(() -> Seating.assign(SMALL_HALL, SMALL, PROTOCOL, List.of(SeatPin.of("w-an", "Z-01-01"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no seat Z-01-01");
        assertThatThrownBy(() -> Seating.assign(SMALL_HALL, SMALL, PROTOCOL,
                List.of(SeatPin.of("w-an", "A-01-01"), SeatPin.of("w-hoa", "A-01-01"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pinned twice");
        assertThatThrownBy(() -> Seating.assign(SMALL_HALL, List.of(SMALL.get(0), SMALL.get(0)), PROTOCOL, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> Seating.assign(SMALL_HALL, List.of(SMALL.get(0).withVenue("khac")), PROTOCOL,
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not at hall");
    }

    @Test
    void should_add_and_remove_a_pin_on_the_same_attendance() {
        SeatingPlan plan = Seating.assign(SMALL_HALL, SMALL, PROTOCOL, List.of());
        SeatingPlan pinned = plan.withPin(SeatPin.of("chair", "P-3"));
        assertThat(pinned.seatOf("chair")).get().extracting(Seat::id).isEqualTo("P-3");
        assertThat(pinned.occupant("P-1")).get().extracting(Delegate::id).isEqualTo("hoi");
        assertThat(pinned.withoutPin("chair")).isEqualTo(plan);
    }
}
