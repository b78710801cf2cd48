package vn.dialogue.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.participant.Delegate;
import vn.dialogue.participant.Gender;
import vn.dialogue.participant.PersonName;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.SeedPlans;

/** Layouts, seats, cards, protocols and plans of seats: their documented values at the edges. */
class SeatingValuesTest {

    private static final Plan SEED = SeedPlans.loadKonTum2024();

    private static Delegate delegate(String id, DelegateRole role, String title, String organisation,
                                     String organisationId) {
        return Delegate.builder(id, PersonName.parse("Lê Thị " + id.substring(0, 1).toUpperCase() + id.substring(1)),
                        Gender.FEMALE, "g", "hall", role)
                .title(title).organisation(organisation, organisationId).build();
    }

    @Test
    void should_name_blocks_from_a_and_accept_one_to_twenty_six_when_making_a_uniform_layout() {
        HallLayout three = HallLayout.uniform("hall", 0, 3, 2, 2);
        assertThat(three.blocks()).extracting(Block::id).containsExactly("A", "B", "C");
        assertThat(three.capacity()).isEqualTo(12);
        assertThat(HallLayout.uniform("hall", 0, 1, 1, 1).blocks()).extracting(Block::id).containsExactly("A");
        assertThat(HallLayout.uniform("hall", 0, 26, 1, 1).blocks()).hasSize(26).last()
                .extracting(Block::id).isEqualTo("Z");
        assertThatThrownBy(() -> HallLayout.uniform("hall", 0, 0, 1, 1)).hasMessage("blocks must be 1 to 26, was 0");
        assertThatThrownBy(() -> HallLayout.uniform("hall", 0, 27, 1, 1)).hasMessage("blocks must be 1 to 26, was 27");
        assertThat(three.block("B")).get().extracting(Block::id).isEqualTo("B");
        assertThat(three.block("D")).isEmpty();
    }

    @Test
    void should_measure_each_presidium_seat_from_the_centre_line_when_laying_out_the_table() {
        assertThat(HallLayout.uniform("hall", 5, 1, 1, 1).presidium()).extracting(Seat::centreDistance)
                .containsExactly(0, 2, 2, 4, 4);
        assertThat(HallLayout.uniform("hall", 4, 1, 1, 1).presidium()).extracting(Seat::centreDistance)
                .containsExactly(1, 1, 3, 3);
    }

    @Test
    void should_label_a_seat_in_english_when_asked() {
        HallLayout layout = HallLayout.uniform("hall", 3, 2, 3, 4);
        assertThat(layout.seat("P-1").orElseThrow().labelEnglish()).isEqualTo("Presidium, seat 1");
        assertThat(layout.seat("B-03-04").orElseThrow().labelEnglish()).isEqualTo("Block B, row 3, seat 4");
    }

    @Test
    void should_print_title_and_organisation_as_known_when_making_a_cards_title_line() {
        Seat seat = HallLayout.uniform("hall", 1, 1, 1, 1).seat("P-1").orElseThrow();
        assertThat(new NameCard(NameCard.Kind.TABLE_CARD, "a", "A", "Giám đốc", "Sở Y tế", seat, DelegateRole.CHAIR)
                .titleLine()).isEqualTo("Giám đốc, Sở Y tế");
        assertThat(new NameCard(NameCard.Kind.TABLE_CARD, "a", "A", "Giám đốc", null, seat, DelegateRole.CHAIR)
                .titleLine()).isEqualTo("Giám đốc");
        assertThat(new NameCard(NameCard.Kind.TABLE_CARD, "a", "A", null, "Sở Y tế", seat, DelegateRole.CHAIR)
                .titleLine()).isEqualTo("Sở Y tế");
        assertThat(new NameCard(NameCard.Kind.TABLE_CARD, "a", "A", null, null, seat, DelegateRole.CHAIR)
                .titleLine()).isEmpty();
    }

    @Test
    void should_print_the_organisation_as_written_else_the_registrys_name_when_making_cards() {
        HallLayout layout = HallLayout.uniform("hall", 0, 1, 1, 3);
        Delegate written = delegate("an", DelegateRole.PARTICIPANT, "Hội viên", "Chi hội thôn 1", null);
        Delegate byId = delegate("binh", DelegateRole.PARTICIPANT, null, null, "so-yte");
        Delegate none = delegate("chi", DelegateRole.PARTICIPANT, null, null, null);
        SeatingPlan plan = Seating.assign(layout, List.of(written, byId, none), Protocol.none(), List.of());
        List<NameCard> cards = NameCards.from(plan, SEED.registry());
        assertThat(cards).extracting(NameCard::delegate).containsExactlyInAnyOrder("an", "binh", "chi");
        assertThat(cards).filteredOn(c -> c.delegate().equals("an")).singleElement()
                .extracting(NameCard::organisation).isEqualTo("Chi hội thôn 1");
        assertThat(cards).filteredOn(c -> c.delegate().equals("binh")).singleElement()
                .extracting(NameCard::organisation).isEqualTo(SEED.registry().organisationName("so-yte"));
        assertThat(cards).filteredOn(c -> c.delegate().equals("chi")).singleElement()
                .extracting(NameCard::organisation).isNull();
    }

    @Test
    void should_check_ids_and_rank_listed_groups_first_when_making_a_protocol() {
        assertThatThrownBy(() -> new Protocol(List.of("Sở Y tế"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Protocol(List.of(), List.of("nhóm 1")))
                .isInstanceOf(IllegalArgumentException.class);
        Protocol p = new Protocol(List.of("a", "b"), List.of("g1", "g2"));
        assertThat(p.rankOfGroup("g1")).isZero();
        assertThat(p.rankOfGroup("g2")).isEqualTo(1);
        assertThat(p.rankOfGroup("g3")).isEqualTo(Integer.MAX_VALUE);
        assertThat(Protocol.of(SEED, "hoi-truong-ngoc-linh").groups())
                .containsExactly("doi-thoai-truc-tiep", "dai-bieu-moi", "phu-nu-doi-thoai");
        assertThat(Protocol.of(SEED, "khong-co").groups()).isEmpty();
    }

    @Test
    void should_list_the_presidium_and_the_empty_seats_apart_from_reserved_ones_when_seated() {
        HallLayout layout = HallLayout.uniform("hall", 2, 1, 1, 3);
        Delegate chair = delegate("an", DelegateRole.CHAIR, "Chủ tịch", null, "ubnd-tinh");
        Delegate guest = delegate("binh", DelegateRole.INVITED, null, null, null);
        // the pinned delegate "vang" does not attend: the pinned seat stays reserved
        SeatingPlan plan = Seating.assign(layout, List.of(chair, guest), Protocol.none(),
                List.of(new SeatPin("vang", "A-01-03")));
        assertThat(plan.presidium()).singleElement().satisfies(a -> {
            assertThat(a.delegate()).isEqualTo(chair);
            assertThat(a.seat().id()).isEqualTo("P-1");
        });
        assertThat(plan.reserved()).extracting(Seat::id).containsExactly("A-01-03");
        assertThat(plan.emptySeats()).extracting(Seat::id).containsExactly("P-2", "A-01-01");
        // a new pin for a delegate replaces that delegate's pin, and others' pins stay
        SeatingPlan moved = plan.withPin(new SeatPin("binh", "A-01-01")).withPin(new SeatPin("binh", "P-2"));
        assertThat(moved.pins()).containsExactly(new SeatPin("vang", "A-01-03"), new SeatPin("binh", "P-2"));
        assertThat(moved.seatOf("binh")).get().extracting(Seat::id).isEqualTo("P-2");
        assertThat(moved.withoutPin("binh").pins()).containsExactly(new SeatPin("vang", "A-01-03"));
    }
}
