package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.check.CheckReport;
import vn.dialogue.check.Finding;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.check.Severity;
import vn.dialogue.plan.CompositionTarget;
import vn.dialogue.plan.CompositionTarget.Trait;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.VenueAttendance;
import vn.dialogue.planfile.SeedPlans;
import vn.dialogue.venue.Venue;

class DelegateChecksTest {

    private static final Plan PLAN = SeedPlans.loadKonTum2024();
    private static final String HALL = "hoi-truong-ngoc-linh";
    private static final DelegateList SAMPLE = SampleDelegates.forPlan(PLAN, 1);

    private static List<Finding> run(vn.dialogue.check.PlanRule rule, Plan plan) {
        return PlanChecker.of(rule).check(plan).findings();
    }

    private static DelegateList dropping(DelegateList list, String venue, String group, int n) {
        List<Delegate> all = new ArrayList<>(list.delegates());
        List<Delegate> drop = list.at(venue, group).subList(0, n);
        all.removeAll(drop);
        return DelegateList.of(all);
    }

    private static Plan withAttendance(Plan plan, int index, VenueAttendance at) {
        List<VenueAttendance> all = new ArrayList<>(plan.attendance());
        all.set(index, at);
        return plan.toBuilder().attendance(all).build();
    }

    @Test
    void should_find_nothing_to_warn_when_the_list_matches_the_plan() {
        CheckReport report = DelegateChecks.check(PLAN, SAMPLE);
        assertThat(report.findings()).filteredOn(f -> f.code().startsWith("DELEGATE")
                || f.code().startsWith("GROUP_") || f.code().startsWith("VENUE_TOTAL")
                || f.code().equals("DELEGATES_OVER_CAPACITY") || f.code().startsWith("COMPOSITION")).isEmpty();
    }

    @Test
    void should_report_a_shortfall_per_group_and_venue_when_too_few_women_are_registered() {
        // GIVEN 40 of the about 200 women drop out: 160 is below 180, the lowest "about 200" allows
        DelegateList list = dropping(SAMPLE, HALL, "phu-nu-doi-thoai", 40);
        // WHEN
        List<Finding> groups = run(DelegateChecks.groupQuotas(list), PLAN);
        List<Finding> totals = run(DelegateChecks.venueTotals(list), PLAN);
        // THEN
        assertThat(groups).filteredOn(f -> f.code().equals("GROUP_SHORTFALL")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("attendance[0].groups[2]");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message().vi()).contains("160").contains("khoảng 200");
        });
        assertThat(totals).filteredOn(f -> f.code().equals("VENUE_TOTAL_SHORTFALL")).singleElement()
                .satisfies(f -> assertThat(f.message().en()).contains("210 delegates").contains("about 250"));
    }

    @Test
    void should_stay_quiet_when_a_count_is_within_the_about_tolerance() {
        DelegateList list = dropping(SAMPLE, HALL, "phu-nu-doi-thoai", 15);
        assertThat(run(DelegateChecks.groupQuotas(list), PLAN)).extracting(Finding::code)
                .doesNotContain("GROUP_SHORTFALL", "GROUP_EXCESS");
        assertThat(run(DelegateChecks.venueTotals(list), PLAN)).isEmpty();
    }

    @Test
    void should_report_excess_and_a_second_chair_when_too_many_are_registered() {
        // GIVEN a second chair in the answering group and 30 more women
        Delegate chair = SAMPLE.at(HALL).stream().filter(d -> d.role() == DelegateRole.CHAIR).findFirst().orElseThrow();
        DelegateList list = SAMPLE.with(chair.toBuilder().id("chair-2").name(PersonName.parse("Lê Văn Hai")).build());
        Delegate woman = SAMPLE.at(HALL, "phu-nu-doi-thoai").get(0);
        for (int i = 0; i < 30; i++) {
            list = list.with(woman.toBuilder().id("extra-" + i).name(PersonName.parse("Lê Thị Thêm " + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcd".charAt(i))).build());
        }
        // WHEN
        List<Finding> groups = run(DelegateChecks.groupQuotas(list), PLAN);
        List<Finding> totals = run(DelegateChecks.venueTotals(list), PLAN);
        // THEN
        assertThat(groups).extracting(Finding::code).contains("GROUP_EXCESS", "GROUP_ROLE_EXCESS");
        assertThat(groups).filteredOn(f -> f.code().equals("GROUP_ROLE_EXCESS")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("attendance[0].groups[0].members[0]"));
        assertThat(totals).extracting(Finding::code).containsExactly("VENUE_TOTAL_EXCESS");
    }

    @Test
    void should_report_a_missing_chair_when_the_chair_line_is_unfilled() {
        DelegateList list = DelegateList.of(SAMPLE.filter(d -> d.role() != DelegateRole.CHAIR));
        assertThat(run(DelegateChecks.groupQuotas(list), PLAN)).extracting(Finding::code)
                .containsExactly("GROUP_ROLE_SHORTFALL");
    }

    @Test
    void should_report_a_bridge_point_room_over_capacity_as_an_error() {
        // GIVEN Đăk Glei's room seats 25, and 30 are registered there
        List<Venue> venues = new ArrayList<>(PLAN.venues());
        int i = venues.indexOf(PLAN.venue("truc-tuyen-dak-glei").orElseThrow());
        Venue room = venues.get(i);
        venues.set(i, new Venue(room.id(), room.name(), room.kind(), room.unit(), room.address(), 25, null));
        Plan plan = PLAN.toBuilder().venues(venues).build();
        // WHEN
        List<Finding> findings = run(DelegateChecks.capacity(SAMPLE), plan);
        // THEN
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("DELEGATES_OVER_CAPACITY");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("venues[" + i + "].capacity");
            assertThat(f.message().en()).contains("seats 25 but 30").contains("5 too many");
        });
        assertThat(run(DelegateChecks.capacity(dropping(SAMPLE, room.id(), "huyen-phu-nu", 5)), plan)).isEmpty();
    }

    @Test
    void should_check_composition_targets_when_the_plan_states_them() {
        // GIVEN at least 200 women and at least 40% ethnic-minority women among the women's group at the hall
        VenueAttendance hall = PLAN.attendance().get(0).withTargets(List.of(
                CompositionTarget.atLeast("phu-nu", 200, Trait.WOMAN),
                CompositionTarget.atLeastPercent("phu-nu-dtts", 40, Trait.WOMAN, Trait.ETHNIC_MINORITY)
                        .withinGroup("phu-nu-doi-thoai")));
        Plan plan = withAttendance(PLAN, 0, hall);
        long minority = SAMPLE.at(HALL, "phu-nu-doi-thoai").stream().filter(d -> d.isEthnicMinority("Kinh")).count();
        // WHEN
        List<Finding> findings = run(DelegateChecks.composition(SAMPLE), plan);
        // THEN the first target holds (at least 200 women), the second fails when fewer than 80 are minorities
        assertThat(minority).isLessThan(80);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("COMPOSITION_TARGET_MISSED");
            assertThat(f.path()).isEqualTo("attendance[0].targets[1]");
            assertThat(f.message().vi()).contains(minority + " phụ nữ dân tộc thiểu số trên 200").contains("cần 80");
        });
        // AND the same check passes against a lower target
        Plan lower = withAttendance(PLAN, 0, PLAN.attendance().get(0).withTargets(List.of(
                CompositionTarget.atLeastPercent("phu-nu-dtts", 20, Trait.WOMAN, Trait.ETHNIC_MINORITY)
                        .withinGroup("phu-nu-doi-thoai"))));
        assertThat(run(DelegateChecks.composition(SAMPLE), lower)).isEmpty();
    }

    @Test
    void should_count_targets_at_each_bridge_point_and_note_unstated_ethnicity() {
        VenueAttendance bridge = PLAN.attendance().get(1).withTargets(List.of(
                CompositionTarget.atLeast("dtts", 5, Trait.ETHNIC_MINORITY)));
        Plan plan = withAttendance(PLAN, 1, bridge);
        List<Delegate> all = new ArrayList<>();
        for (Delegate d : SAMPLE.delegates()) {
            all.add(d.venue().equals("truc-tuyen-kon-ray") ? d.toBuilder().ethnicity(null).build() : d);
        }
        List<Finding> findings = run(DelegateChecks.composition(DelegateList.of(all)), plan);
        assertThat(findings).extracting(Finding::code).containsExactly("COMPOSITION_TARGET_MISSED",
                "ETHNICITY_UNSTATED");
        assertThat(findings.get(0).message().en()).contains("Kon Rẫy");
    }

    @Test
    void should_report_a_target_naming_an_unknown_group() {
        Plan plan = withAttendance(PLAN, 0, PLAN.attendance().get(0).withTargets(List.of(
                CompositionTarget.atLeast("x", 1, Trait.WOMAN).withinGroup("khong-co"))));
        assertThat(run(DelegateChecks.composition(SAMPLE), plan)).extracting(Finding::code)
                .containsExactly("TARGET_GROUP_UNKNOWN");
    }

    @Test
    void should_report_delegates_whose_venue_group_or_registry_ids_are_unknown() {
        Delegate d = SAMPLE.at(HALL, "phu-nu-doi-thoai").get(0);
        DelegateList list = DelegateList.of(
                d.withVenue("phong-khac"),
                d.toBuilder().id("b").group("khong-co").build(),
                d.toBuilder().id("c").group("huyen-phu-nu").build(),
                d.toBuilder().id("e").organisation("X", "to-chuc-la").unit("xa-la").build());
        assertThat(run(DelegateChecks.references(list), PLAN)).extracting(Finding::code).containsExactlyInAnyOrder(
                "DELEGATE_VENUE_UNKNOWN", "DELEGATE_GROUP_UNKNOWN", "DELEGATE_GROUP_NOT_AT_VENUE",
                "DELEGATE_ORGANISATION_UNKNOWN", "DELEGATE_UNIT_UNKNOWN");
    }

    @Test
    void should_note_empty_bridge_points_and_warn_on_unknown_precedence() {
        DelegateList hallOnly = DelegateList.of(SAMPLE.at(HALL));
        assertThat(run(DelegateChecks.groupQuotas(hallOnly), PLAN)).extracting(Finding::code)
                .containsOnly("BRIDGE_POINT_EMPTY").hasSize(9);
        Plan plan = withAttendance(PLAN, 0, PLAN.attendance().get(0).withPrecedence(List.of("tinh-uy", "khong-co")));
        assertThat(run(DelegateChecks.precedence(), plan)).extracting(Finding::path)
                .containsExactly("attendance[0].precedence[1]");
    }

    @Test
    void should_run_alongside_the_standard_checks() {
        CheckReport report = PlanChecker.standard().with(DelegateChecks.rules(SAMPLE)).check(PLAN);
        assertThat(report.withCode("RULE_FAILED")).isEmpty();
        assertThat(PlanChecker.standard().with(DelegateChecks.rules(SAMPLE)).rules())
                .hasSize(PlanChecker.standard().rules().size() + 6);
    }
}
