package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.check.Finding;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.check.PlanRule;
import vn.dialogue.plan.CompositionTarget;
import vn.dialogue.plan.CompositionTarget.Trait;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.VenueAttendance;
import vn.dialogue.planfile.SeedPlans;
import vn.dialogue.venue.Venue;

/** What the delegate rules say, and where, for the seed plan and its sample list. */
class DelegateRulesWordingTest {

    private static final Plan PLAN = SeedPlans.loadKonTum2024();
    private static final String HALL = "hoi-truong-ngoc-linh";
    private static final DelegateList SAMPLE = SampleDelegates.forPlan(PLAN, 1);

    private static List<Finding> run(PlanRule rule, Plan plan) {
        return PlanChecker.of(rule).check(plan).findings();
    }

    private static Plan withTargets(CompositionTarget... targets) {
        List<VenueAttendance> all = new ArrayList<>(PLAN.attendance());
        VenueAttendance hall = all.get(0);
        all.set(0, new VenueAttendance(hall.venue(), hall.bridgePoints(), hall.heading(), hall.intro(),
                hall.expected(), hall.groups(), List.of(targets), hall.precedence()));
        return PLAN.toBuilder().attendance(all).build();
    }

    @Test
    void should_say_by_how_many_a_venue_is_over_its_capacity() {
        List<Venue> venues = new ArrayList<>(PLAN.venues());
        Venue hall = venues.get(0);
        venues.set(0, new Venue(hall.id(), hall.name(), hall.kind(), hall.unit(), hall.address(), 240,
                hall.onlineRoom()));
        Plan plan = PLAN.toBuilder().venues(venues).build();
        assertThat(run(DelegateChecks.capacity(SAMPLE), plan)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("DELEGATES_OVER_CAPACITY");
            assertThat(f.path()).isEqualTo("venues[0].capacity");
            assertThat(f.message().en()).isEqualTo(
                    "Hội trường Ngọc Linh seats 240 but 250 delegates are registered (10 too many).");
            assertThat(f.message().vi()).endsWith("(thừa 10).");
        });
    }

    @Test
    void should_name_the_group_of_a_missed_target_and_count_only_men_for_a_target_of_men() {
        Plan plan = withTargets(CompositionTarget.atLeast("nam", 1, Trait.MAN).withinGroup("phu-nu-doi-thoai"),
                CompositionTarget.atLeast("nu", 251, Trait.WOMAN));
        List<Finding> findings = run(DelegateChecks.composition(SAMPLE), plan);
        assertThat(findings).extracting(f -> f.message().en()).containsExactly(
                "Hội trường Ngọc Linh (phu-nu-doi-thoai) has 0 men of 200 delegates; the target is men: at least 1 "
                        + "(1 needed).",
                "Hội trường Ngọc Linh has " + SAMPLE.at(HALL).stream().filter(d -> d.gender() == Gender.FEMALE).count()
                        + " women of 250 delegates; the target is women: at least 251 (251 needed).");
    }

    @Test
    void should_report_only_the_unknown_venue_when_a_delegate_sits_at_a_venue_the_plan_lacks() {
        Delegate d = Delegate.builder("le-thi-hoa", PersonName.parse("Lê Thị Hoa"), Gender.FEMALE,
                "phu-nu-doi-thoai", "hoi-truong-khac", DelegateRole.PARTICIPANT).build();
        assertThat(run(DelegateChecks.references(DelegateList.of(d)), PLAN)).extracting(Finding::code)
                .containsExactly("DELEGATE_VENUE_UNKNOWN");
    }

    @Test
    void should_report_an_empty_group_by_its_heading_at_the_hall_but_not_at_a_bridge_point_with_delegates() {
        // GIVEN the hall without its invited guests, and one woman at one bridge point
        List<Delegate> list = new ArrayList<>(SAMPLE.at(HALL).stream()
                .filter(x -> !x.group().equals("dai-bieu-moi")).toList());
        list.add(SAMPLE.at("truc-tuyen-dak-glei", "huyen-phu-nu").get(0));
        // WHEN
        List<Finding> findings = run(DelegateChecks.groupQuotas(DelegateList.of(list)), PLAN);
        // THEN
        assertThat(findings).filteredOn(f -> f.code().equals("GROUP_EMPTY")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("attendance[0].groups[1]");
            assertThat(f.message().en()).isEqualTo("No delegates of group 'Đại biểu mời:' at Hội trường Ngọc Linh yet.");
        });
        assertThat(findings).filteredOn(f -> f.code().equals("BRIDGE_POINT_EMPTY")).hasSize(8);
    }

    @Test
    void should_give_every_venue_of_the_plan_a_line_when_no_invitation_is_out() {
        AttendanceTally tally = AttendanceTally.of(PLAN, List.of());
        assertThat(tally.venues()).extracting(AttendanceTally.VenueTally::venue)
                .containsExactlyElementsOf(PLAN.venues().stream().map(Venue::id).toList());
        assertThat(tally.venue(HALL)).get().extracting(AttendanceTally.VenueTally::invited).isEqualTo(0);
    }
}
