package vn.dialogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.organisation.AdministrativeLevel;
import vn.dialogue.organisation.AdministrativeUnit;
import vn.dialogue.organisation.Registry;
import vn.dialogue.venue.Venue;
import vn.dialogue.venue.VenueKind;

/** The plan's new elements: bridge points by rule, counts per point, sessions as windows, joint issuers. */
class PlanGeneralityTest {

    private static final Registry REGISTRY = new Registry(
            List.of(new AdministrativeLevel("province", "tỉnh", 1), new AdministrativeLevel("commune", "xã", 2)),
            List.of(new AdministrativeUnit("p", "tỉnh Mẫu", null, "province", null),
                    new AdministrativeUnit("w1", "phường Một", null, "commune", "p"),
                    new AdministrativeUnit("c2", "xã Hai", null, "commune", "p"),
                    new AdministrativeUnit("c3", "xã Ba", null, "commune", "p"),
                    new AdministrativeUnit("other", "tỉnh Khác", null, "province", null),
                    new AdministrativeUnit("c9", "xã Chín", null, "commune", "other")),
            List.of());

    private static Plan plan(DialogueFormat format) {
        return Plan.builder("p-2026", new DocumentIdentity("ubnd", null, DocumentType.KE_HOACH, null, "KH-UBND", null,
                        null, "Đối thoại"))
                .format(format)
                .venues(List.of(new Venue("hall", "Hội trường", VenueKind.IN_PERSON, "w1", null, null, null),
                        new Venue("c3-room", "Nhà văn hóa xã Ba", VenueKind.ONLINE, "c3", null, null, null)))
                .registry(REGISTRY).build();
    }

    @Test
    void should_expand_a_bridge_point_rule_within_its_unit_but_the_excepted_and_the_listed() {
        // GIVEN every commune of province p except w1, with c3 listed by hand
        Plan plan = plan(new DialogueFormat("hall", List.of(new BridgePoint("c3-room", "c3")), null, List.of(),
                new BridgePointRule("commune", "p", List.of("w1"), "Hội trường Ủy ban nhân dân {unit}", null)));
        // THEN c3 keeps its own room and c2 gets the rule's, named after it; c9 lies in another province
        assertThat(plan.bridgePoints()).containsExactly(new BridgePoint("c3-room", "c3"),
                new BridgePoint("diem-cau-c2", "c2"));
        assertThat(plan.venue("diem-cau-c2")).get().satisfies(v -> {
            assertThat(v.name()).isEqualTo("Hội trường Ủy ban nhân dân xã Hai");
            assertThat(v.kind()).isEqualTo(VenueKind.ONLINE);
            assertThat(v.unit()).isEqualTo("c2");
        });
        assertThat(plan.allVenues()).hasSize(3);
    }

    @Test
    void should_total_a_count_per_point_over_the_points() {
        VenueAttendance each = new VenueAttendance(null, true, null, null, null, List.of(), List.of(), List.of(),
                Headcount.exactly(20), null);

        assertThat(each.totalOver(119)).contains(Headcount.exactly(2380));
        assertThat(Headcount.between(15, 20).times(3)).isEqualTo(Headcount.between(45, 60));
        assertThat(each.expectedAtOneVenue()).contains(Headcount.exactly(20));
        assertThatThrownBy(() -> new VenueAttendance("hall", false, null, null, null, List.of(), List.of(), List.of(),
                Headcount.exactly(20), null)).hasMessageContaining("expectedEach");
    }

    @Test
    void should_hold_a_window_of_dates_and_refuse_one_that_ends_before_it_starts() {
        Session window = new Session("s", LocalDate.of(2023, 9, 15), null, PartOfDay.UNSPECIFIED, null, null,
                "Đối thoại tại các xã", null, LocalDate.of(2023, 9, 25));

        assertThat(window.earliestDay()).isEqualTo(LocalDate.of(2023, 9, 15));
        assertThat(window.latestDay()).isEqualTo(LocalDate.of(2023, 9, 25));
        assertThat(window.isWindow()).isTrue();
        assertThatThrownBy(() -> new Session("s", LocalDate.of(2023, 9, 15), null, null, null, null, null, null,
                LocalDate.of(2023, 9, 15))).hasMessageContaining("not after");
        assertThatThrownBy(() -> new Session("s", null, java.time.YearMonth.of(2023, 9), null, null, null, null, null,
                LocalDate.of(2023, 9, 25))).hasMessageContaining("first day");
    }

    @Test
    void should_list_every_issuer_of_a_joint_plan_lead_first_and_refuse_the_lead_twice() {
        DocumentIdentity joint = new DocumentIdentity("ubnd", null, DocumentType.KE_HOACH, null, "KH-UBND-HNDT", null,
                null, "Đối thoại", List.of("hnd"));

        assertThat(joint.issuers()).containsExactly("ubnd", "hnd");
        assertThat(joint.isJoint()).isTrue();
        assertThat(joint.withoutNumber().coIssuers()).containsExactly("hnd");
        assertThatThrownBy(() -> new DocumentIdentity("ubnd", null, DocumentType.KE_HOACH, null, null, null, null,
                null, List.of("ubnd"))).hasMessageContaining("lead issuer");
    }

    @Test
    void should_give_each_session_its_agenda_and_attendance_the_first_keeping_what_names_none() {
        Plan plan = plan(new DialogueFormat("hall", List.of(), null, List.of())).toBuilder()
                .sessions(List.of(Session.on("a", LocalDate.of(2026, 9, 17), PartOfDay.MORNING),
                        new Session("b", LocalDate.of(2026, 9, 17), null, PartOfDay.AFTERNOON, null, null, "Hội thảo",
                                "c3-room", null)))
                .agenda(List.of(new AgendaItem("x", "Khai mạc", null, null, null, List.of(), null),
                        new AgendaItem("y", "Đề dẫn", null, null, null, List.of(), null, null, "b")))
                .build();

        assertThat(plan.agendaOf("a")).extracting(AgendaItem::id).containsExactly("x");
        assertThat(plan.agendaOf("b")).extracting(AgendaItem::id).containsExactly("y");
        assertThat(plan.venueOf(plan.sessions().get(1))).contains("c3-room");
        assertThat(plan.venueOf(plan.sessions().get(0))).contains("hall");
    }
}
