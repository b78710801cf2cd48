package vn.dialogue.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.organisation.AdministrativeLevel;
import vn.dialogue.organisation.AdministrativeUnit;
import vn.dialogue.organisation.Registry;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Recipient;
import vn.dialogue.plan.Topic;

class ReferenceRuleTest {

    private final ReferenceRule rule = new ReferenceRule();

    @Test
    void should_accept_a_plan_whose_references_all_resolve() {
        assertThat(PlanFixtures.check(rule, PlanFixtures.issued().build()).findings()).isEmpty();
    }

    @Test
    void should_report_unknown_organisations_wherever_they_are_named() {
        Plan plan = PlanFixtures.issued()
                .topics(List.of(new Topic("t1", "Việc làm", List.of("so-ldtbxh"), List.of())))
                .recipients(List.of(new Recipient("VP", null, "vp", List.of(new Recipient("CVP", null, "cvp",
                        List.of())))))
                .build();
        assertThat(PlanFixtures.check(rule, plan).errors()).extracting(Finding::code, Finding::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ORGANISATION_UNKNOWN", "recipients[0].children[0].organisation"),
                org.assertj.core.groups.Tuple.tuple("ORGANISATION_UNKNOWN", "recipients[0].organisation"),
                org.assertj.core.groups.Tuple.tuple("ORGANISATION_UNKNOWN", "topics[0].agencies[0]"));
    }

    @Test
    void should_report_unknown_units_levels_and_venues() {
        Registry base = PlanFixtures.registry();
        Registry broken = new Registry(base.levels(), List.of(base.units().get(0),
                new AdministrativeUnit("x9", "xã Chín", null, "district", "nowhere")), base.organisations());
        Plan plan = PlanFixtures.issued().registry(broken).build();
        assertThat(PlanFixtures.check(rule, plan).errors()).extracting(Finding::code)
                .contains("LEVEL_UNKNOWN", "UNIT_UNKNOWN");
        Plan noVenue = PlanFixtures.issued().venues(List.of()).build();
        assertThat(PlanFixtures.check(rule, noVenue).withCode("VENUE_UNKNOWN")).extracting(Finding::path)
                .containsExactly("attendance[0].venue", "format.bridgePoints[0].venue", "format.mainVenue");
    }

    @Test
    void should_warn_when_a_parent_unit_is_not_on_a_higher_level() {
        Registry flat = new Registry(List.of(new AdministrativeLevel("province", "tỉnh", 1),
                new AdministrativeLevel("commune", "xã", 2)),
                List.of(new AdministrativeUnit("qn", "tỉnh Quảng Ngãi", null, "province", null),
                        new AdministrativeUnit("a", "xã A", null, "commune", "qn"),
                        new AdministrativeUnit("x1", "xã B", null, "commune", "a")),
                PlanFixtures.registry().organisations());
        assertThat(PlanFixtures.check(rule, PlanFixtures.issued().registry(flat).build()).warnings())
                .extracting(Finding::code).containsExactly("UNIT_LEVEL_ORDER");
    }
}
