package vn.dialogue.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.BridgePoint;
import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.DialogueFormat;
import vn.dialogue.plan.GroupMember;
import vn.dialogue.plan.Headcount;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.VenueAttendance;
import vn.dialogue.venue.Venue;
import vn.dialogue.venue.VenueKind;

/** Duplicate ids and unknown references in every place a plan can hold them, and the messages' fallback. */
class CheckRulesEveryPlaceTest {

    @Test
    void should_report_a_duplicate_session_venue_or_group_id_at_its_second_use() {
        Session s = Session.on("s", LocalDate.of(2026, 3, 20), PartOfDay.MORNING);
        Plan sessions = PlanFixtures.issued().sessions(List.of(s, s)).build();
        assertThat(PlanFixtures.check(new IdentityRule(), sessions).errors()).extracting(Finding::code, Finding::path)
                .containsExactly(tuple("ID_DUPLICATE", "sessions[1].id"));
        Venue hall = new Venue("hall", "Hội trường tỉnh", VenueKind.IN_PERSON, "qn", null, 300, null);
        Venue room = new Venue("room", "Phòng trực tuyến", VenueKind.ONLINE, "x1", null, 40, null);
        Plan venues = PlanFixtures.issued().venues(List.of(hall, room, hall)).build();
        assertThat(PlanFixtures.check(new IdentityRule(), venues).errors()).extracting(Finding::path)
                .containsExactly("venues[2].id");
        DelegateGroup g = new DelegateGroup("women", null, DelegateRole.PARTICIPANT, List.of(), null,
                Headcount.about(100), null);
        Plan groups = PlanFixtures.issued().attendance(List.of(new VenueAttendance("hall", false, null, null, null,
                List.of(g, g)))).build();
        assertThat(PlanFixtures.check(new IdentityRule(), groups).errors()).extracting(Finding::path)
                .containsExactly("attendance.groups[1].id");
    }

    @Test
    void should_report_unknown_units_of_venues_and_bridge_points_and_unknown_organisations_of_groups() {
        Plan plan = PlanFixtures.issued()
                .venues(List.of(new Venue("hall", "Hội trường tỉnh", VenueKind.IN_PERSON, "khong-co", null, 300, null),
                        new Venue("room", "Phòng trực tuyến", VenueKind.ONLINE, "x1", null, 40, null)))
                .format(new DialogueFormat("hall", List.of(new BridgePoint("room", "xa-la")), null, List.of()))
                .attendance(List.of(new VenueAttendance("hall", false, null, null, null, List.of(
                        new DelegateGroup("lead", null, DelegateRole.ANSWERING, List.of(new GroupMember("Sở",
                                null, List.of("so-nv", "so-la"), null)), null, null, "hoi-la")))))
                .build();
        assertThat(PlanFixtures.check(new ReferenceRule(), plan).errors()).extracting(Finding::path)
                .contains("venues[0].unit", "format.bridgePoints[0].unit", "attendance[0].groups[0].invitedBy",
                        "attendance[0].groups[0].members[0].organisations[1]")
                .doesNotContain("attendance[0].groups[0].members[0].organisations[0]");
    }

    @Test
    void should_fall_back_to_the_validators_message_when_the_bundle_has_no_such_key() {
        assertThat(BeanValidationRule.Messages.text("dialogue.no.such.key", Locale.ENGLISH, Map.of(), "as given"))
                .isEqualTo("as given");
    }
}
