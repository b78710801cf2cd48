package vn.dialogue.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.GroupMember;
import vn.dialogue.plan.Headcount;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.VenueAttendance;
import vn.dialogue.venue.Venue;
import vn.dialogue.venue.VenueKind;

class AttendanceRuleTest {

    private final AttendanceRule rule = new AttendanceRule();

    private static Plan withGroups(Headcount total, int hallCapacity, DelegateGroup... groups) {
        return PlanFixtures.issued()
                .venues(List.of(new Venue("hall", "Hội trường tỉnh", VenueKind.IN_PERSON, "qn", null, hallCapacity,
                        null), new Venue("room", "Phòng trực tuyến", VenueKind.ONLINE, "x1", null, 40, null)))
                .attendance(List.of(new VenueAttendance("hall", false, null, null, total, List.of(groups)))).build();
    }

    private static DelegateGroup group(String id, Headcount count) {
        return new DelegateGroup(id, null, DelegateRole.PARTICIPANT, List.of(), null, count, null);
    }

    @Test
    void should_accept_groups_that_add_up_within_the_tolerance_of_about() {
        assertThat(PlanFixtures.check(rule, withGroups(Headcount.about(250), 300, group("a", Headcount.exactly(40)),
                group("b", Headcount.about(200)))).findings()).isEmpty();
    }

    @Test
    void should_warn_when_groups_do_not_add_up_to_the_total() {
        CheckReport report = PlanFixtures.check(rule, withGroups(Headcount.exactly(250), 300,
                group("a", Headcount.exactly(10)), group("b", Headcount.exactly(100))));
        assertThat(report.warnings()).extracting(Finding::code).containsExactly("ATTENDANCE_TOTAL_MISMATCH");
    }

    @Test
    void should_warn_when_stated_groups_already_exceed_the_total_and_inform_of_what_remains() {
        assertThat(PlanFixtures.check(rule, withGroups(Headcount.about(100), 300, group("a", Headcount.exactly(200)),
                group("b", null))).warnings()).extracting(Finding::code).containsExactly("ATTENDANCE_TOTAL_EXCEEDED");
        CheckReport remaining = PlanFixtures.check(rule, withGroups(Headcount.about(250), 300,
                group("a", Headcount.about(200)), group("b", null)));
        assertThat(remaining.of(Severity.INFO)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("ATTENDANCE_UNALLOCATED");
            assertThat(f.message().en()).contains("about 50 places remain");
        });
    }

    @Test
    void should_check_members_against_their_group() {
        DelegateGroup g = new DelegateGroup("g", null, DelegateRole.INVITED, List.of(
                new GroupMember("A", null, List.of(), Headcount.exactly(3)),
                new GroupMember("B", null, List.of(), Headcount.exactly(3))), null, Headcount.exactly(10), null);
        assertThat(PlanFixtures.check(rule, withGroups(Headcount.exactly(10), 300, g)).warnings())
                .extracting(Finding::code).containsExactly("GROUP_MEMBERS_MISMATCH");
    }

    @Test
    void should_report_a_venue_too_small_for_its_delegates() {
        assertThat(PlanFixtures.check(rule, withGroups(Headcount.exactly(250), 200,
                group("a", Headcount.exactly(250)))).errors()).extracting(Finding::code)
                .containsExactly("VENUE_OVER_CAPACITY");
        assertThat(PlanFixtures.check(rule, withGroups(Headcount.about(250), 260,
                group("a", Headcount.about(250)))).warnings()).extracting(Finding::code)
                .containsExactly("VENUE_MAY_EXCEED_CAPACITY");
    }
}
