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

/** The edges of {@link AttendanceRule}: exact fits, the wording of what remains, and bridge-point attendance. */
class AttendanceRuleBoundariesTest {

    private final AttendanceRule rule = new AttendanceRule();

    private static Plan hall(Headcount total, int capacity, DelegateGroup... groups) {
        return PlanFixtures.issued()
                .venues(List.of(new Venue("hall", "Hội trường tỉnh", VenueKind.IN_PERSON, "qn", null, capacity,
                        null)))
                .attendance(List.of(new VenueAttendance("hall", false, null, null, total, List.of(groups)))).build();
    }

    private static DelegateGroup group(String id, Headcount count) {
        return new DelegateGroup(id, null, DelegateRole.PARTICIPANT, List.of(), null, count, null);
    }

    private static DelegateGroup lines(Headcount count, Headcount... lines) {
        List<GroupMember> members = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            members.add(new GroupMember("Dòng " + i, null, List.of(), lines[i]));
        }
        return new DelegateGroup("g", null, DelegateRole.INVITED, members, null, count, null);
    }

    @Test
    void should_say_how_many_groups_and_places_remain_when_some_groups_state_no_count() {
        CheckReport report = PlanFixtures.check(rule, hall(Headcount.exactly(250), 300,
                group("a", Headcount.exactly(200)), group("b", null), group("c", null)));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("ATTENDANCE_UNALLOCATED");
            assertThat(f.path()).isEqualTo("attendance[0].expected");
            assertThat(f.message().en()).isEqualTo(
                    "2 group(s) at Hội trường tỉnh state no count; about 50 places remain for them.");
            assertThat(f.message().vi()).isEqualTo(
                    "2 thành phần tại Hội trường tỉnh chưa nêu số lượng; còn khoảng 50 chỗ cho các thành phần này.");
        });
    }

    @Test
    void should_inform_not_warn_when_the_stated_groups_fill_the_total_exactly() {
        CheckReport report = PlanFixtures.check(rule, hall(Headcount.exactly(100), 300,
                group("a", Headcount.exactly(100)), group("b", null)));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("ATTENDANCE_UNALLOCATED");
            assertThat(f.message().en()).contains("about 0 places remain");
        });
    }

    @Test
    void should_name_each_bridge_point_when_the_attendance_is_for_bridge_points() {
        Plan plan = PlanFixtures.issued().attendance(List.of(new VenueAttendance(null, true, null, null,
                Headcount.exactly(30), List.of(group("a", Headcount.exactly(10)), group("b", null))))).build();
        CheckReport report = PlanFixtures.check(rule, plan);
        assertThat(report.findings()).filteredOn(f -> f.code().equals("ATTENDANCE_UNALLOCATED")).singleElement()
                .satisfies(f -> {
                    assertThat(f.message().en()).isEqualTo(
                            "1 group(s) at each bridge point state no count; about 20 places remain for them.");
                    assertThat(f.message().vi()).startsWith("1 thành phần tại mỗi điểm cầu chưa nêu số lượng");
                });
    }

    @Test
    void should_accept_lines_that_add_up_exactly_and_warn_when_their_least_exceeds_the_group() {
        assertThat(PlanFixtures.check(rule, hall(Headcount.exactly(6), 300,
                lines(Headcount.exactly(6), Headcount.exactly(3), Headcount.exactly(3)))).findings()).isEmpty();
        assertThat(PlanFixtures.check(rule, hall(Headcount.exactly(6), 300,
                lines(Headcount.exactly(6), Headcount.exactly(4), Headcount.exactly(4)))).warnings())
                .extracting(Finding::code).containsExactly("GROUP_MEMBERS_MISMATCH");
        assertThat(PlanFixtures.check(rule, hall(Headcount.exactly(6), 300,
                lines(Headcount.between(6, 9), Headcount.exactly(3), Headcount.exactly(3)))).findings()).isEmpty();
        assertThat(PlanFixtures.check(rule, hall(Headcount.exactly(6), 300,
                lines(Headcount.between(3, 6), Headcount.exactly(3), Headcount.exactly(3)))).findings()).isEmpty();
    }

    @Test
    void should_accept_a_venue_that_seats_exactly_the_delegates_expected() {
        assertThat(PlanFixtures.check(rule, hall(Headcount.exactly(200), 200,
                group("a", Headcount.exactly(200)))).findings()).isEmpty();
        assertThat(PlanFixtures.check(rule, hall(Headcount.about(200), 220,
                group("a", Headcount.about(200)))).findings()).isEmpty();
        assertThat(PlanFixtures.check(rule, hall(Headcount.about(200), 219,
                group("a", Headcount.about(200)))).warnings()).extracting(Finding::code)
                .containsExactly("VENUE_MAY_EXCEED_CAPACITY");
    }
}
