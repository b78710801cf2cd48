package vn.dialogue.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.participant.Delegate;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.SampleDelegates;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.VenueAttendance;
import vn.dialogue.planfile.SeedPlans;

/** The seed plan's delegate groups drive a seating plan for the 250 seats of Hội trường Ngọc Linh. */
class SeedPlanSeatingTest {

    static final Plan PLAN = SeedPlans.loadKonTum2024();
    static final String HALL = "hoi-truong-ngoc-linh";
    /** Two presidium seats, and three blocks of eight rows: 8, 15 and 8 seats a row. 250 seats in all. */
    static final HallLayout LAYOUT = new HallLayout(HALL, 2, List.of(Block.of("A", 8, 8), Block.of("B", 8, 15),
            Block.of("C", 8, 8)));
    static final DelegateList DELEGATES = SampleDelegates.forPlan(PLAN, 2024);

    @Test
    void should_seat_all_250_delegates_by_protocol_when_the_seed_plan_drives_the_hall() {
        // WHEN
        SeatingPlan seating = Seating.forPlan(PLAN, LAYOUT, DELEGATES, List.of());
        // THEN everyone has a seat, each seat one person
        assertThat(LAYOUT.capacity()).isEqualTo(250);
        assertThat(seating.assignments()).hasSize(250);
        assertThat(seating.unseated()).isEmpty();
        assertThat(seating.emptySeats()).isEmpty();
        // the chair in presidium seat 1, the Women's Union chair in seat 2
        assertThat(seating.occupant("P-1")).get().extracting(Delegate::role).isEqualTo(DelegateRole.CHAIR);
        assertThat(seating.occupant("P-2")).get().extracting(Delegate::organisationId).isEqualTo("hlhpn-tinh");
        // leaders in the front rows, the women's group together behind them, the centre block first
        List<SeatAssignment> leaders = seating.assignments().stream()
                .filter(a -> a.delegate().role() == DelegateRole.ANSWERING
                        || a.delegate().role() == DelegateRole.INVITED).toList();
        assertThat(leaders).allMatch(a -> a.seat().row() <= 2);
        assertThat(seating.occupant("B-01-08")).get().extracting(Delegate::role).isIn(DelegateRole.ANSWERING,
                DelegateRole.INVITED);
        List<SeatAssignment> women = seating.assignments().stream()
                .filter(a -> a.delegate().group().equals("phu-nu-doi-thoai")).toList();
        assertThat(women).hasSize(200);
        assertThat(seating.assignments()).filteredOn(a -> "B".equals(a.seat().block()) && a.seat().row() >= 3)
                .hasSize(6 * 15).allMatch(a -> a.delegate().group().equals("phu-nu-doi-thoai"));
        assertThat(seating.assignments()).filteredOn(a -> a.delegate().role() == DelegateRole.PRESS)
                .allMatch(a -> "C".equals(a.seat().block()) && a.seat().row() == 8);
    }

    @Test
    void should_follow_the_precedence_the_plan_defines_when_it_states_one() {
        // GIVEN the Party committee, the People's Council and the Fatherland Front first
        List<VenueAttendance> attendance = new ArrayList<>(PLAN.attendance());
        attendance.set(0, attendance.get(0).withPrecedence(List.of("tinh-uy", "hdnd-tinh", "ubmttq-tinh",
                "doan-dbqh", "ubnd-tinh", "hlhpn-tinh")));
        Plan plan = PLAN.toBuilder().attendance(attendance).build();
        // WHEN
        SeatingPlan seating = Seating.forPlan(plan, LAYOUT, DELEGATES, List.of());
        // THEN the seats of most honour, front row nearest the centre, go to them in that order
        List<String> honour = List.of("B-01-08", "B-01-07", "B-01-09", "B-01-06", "B-01-10", "B-01-05", "B-01-11",
                "B-01-04", "B-01-12", "B-01-03");
        List<String> orgs = honour.stream().map(s -> seating.occupant(s).orElseThrow().organisationId()).distinct()
                .toList();
        assertThat(orgs).startsWith("tinh-uy", "hdnd-tinh", "ubmttq-tinh", "doan-dbqh");
        assertThat(seating.occupant("P-1")).get().extracting(Delegate::role).isEqualTo(DelegateRole.CHAIR);
    }

    @Test
    void should_give_the_same_plan_when_seated_twice() {
        assertThat(Seating.forPlan(PLAN, LAYOUT, DELEGATES, List.of()))
                .isEqualTo(Seating.forPlan(PLAN, LAYOUT, DELEGATES, List.of()));
    }

    @Test
    void should_make_table_cards_for_leaders_and_name_cards_for_everyone() {
        SeatingPlan seating = Seating.forPlan(PLAN, LAYOUT, DELEGATES, List.of());
        List<NameCard> cards = NameCards.from(seating, PLAN.registry());
        List<NameCard> table = cards.stream().filter(c -> c.kind() == NameCard.Kind.TABLE_CARD).toList();
        assertThat(table).hasSize(250 - 200 - 3);
        assertThat(table.get(0).seat().id()).isEqualTo("P-1");
        assertThat(table.get(0).titleLine()).isEqualTo("Chủ tịch, Ủy ban nhân dân tỉnh Kon Tum");
        assertThat(cards.stream().filter(c -> c.kind() == NameCard.Kind.NAME_CARD)).hasSize(250);
        assertThat(NameCards.tableCards(seating, PLAN.registry())).isEqualTo(table);
    }
}
