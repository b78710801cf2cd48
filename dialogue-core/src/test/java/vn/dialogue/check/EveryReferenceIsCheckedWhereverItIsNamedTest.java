package vn.dialogue.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.organisation.AdministrativeLevel;
import vn.dialogue.organisation.AdministrativeUnit;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.organisation.Registry;
import vn.dialogue.plan.AgendaItem;
import vn.dialogue.plan.Assignment;
import vn.dialogue.plan.CarryOver;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.FundingLine;
import vn.dialogue.plan.Implementation;
import vn.dialogue.plan.ImplementationPart;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Recipient;
import vn.dialogue.plan.Task;

/**
 * {@link ReferenceRule} reports an unknown organisation or unit at every place a plan can name one, each at its own
 * path, and nothing when the registry knows them.
 */
class EveryReferenceIsCheckedWhereverItIsNamedTest {

    /** The fixture plan, naming "x" wherever an organisation can be named. */
    private static Plan namingXEverywhere() {
        Plan base = PlanFixtures.issued().build();
        DocumentIdentity id = base.identity();
        return base.toBuilder()
                .identity(new DocumentIdentity("x", "x", id.type(), id.number(), id.symbol(), id.place(), id.issueDate(),
                        id.subject()))
                .agenda(List.of(new AgendaItem("a1", "Báo cáo", null, null, null, List.of("ubnd", "x"),
                        new CarryOver("qn-2025", CarryOver.Kind.CONCLUSION_TASK, "KL-1", "Rà soát", "x", null))))
                .funding(List.of(new FundingLine("Ngân sách tỉnh", null, "x", null)))
                .implementation(new Implementation(List.of(new ImplementationPart("P", List.of(new Assignment(
                        List.of("hlhpn", "x"), null, null, List.of(new Task("t", "Làm", List.of("x"), List.of("so-nv", "x"),
                                List.of("Báo cáo"), null)))))), null))
                .recipients(List.of(new Recipient("Các sở", null, "x",
                        List.of(new Recipient("Sở Nội vụ", null, "so-nv", List.of()),
                                new Recipient("Sở khác", null, "x", List.of())))))
                .build();
    }

    private static List<String> paths(Plan plan, String code) {
        return PlanFixtures.check(new ReferenceRule(), plan).withCode(code).stream().map(Finding::path).toList();
    }

    @Test
    void should_report_an_unknown_organisation_at_each_place_it_is_named() {
        assertThat(paths(namingXEverywhere(), "ORGANISATION_UNKNOWN")).containsExactlyInAnyOrder(
                "identity.issuer", "identity.parentBody", "agenda[0].agencies[1]", "agenda[0].carriedOver.agency",
                "funding[0].responsible", "implementation.parts[0].assignments[0].owners[1]",
                "implementation.parts[0].assignments[0].tasks[0].owners[0]",
                "implementation.parts[0].assignments[0].tasks[0].coordinators[1]", "recipients[0].organisation",
                "recipients[0].children[1].organisation");
    }

    @Test
    void should_report_nothing_when_the_registry_knows_every_organisation_named() {
        Plan plan = namingXEverywhere();
        Registry r = plan.registry();
        List<Organisation> orgs = new java.util.ArrayList<>(r.organisations());
        orgs.add(new Organisation("x", "Cơ quan X", null, null, "qn", null));
        Plan known = plan.toBuilder().registry(new Registry(r.levels(), r.units(), orgs)).build();

        assertThat(PlanFixtures.check(new ReferenceRule(), known).findings()).isEmpty();
    }

    @Test
    void should_report_units_and_parents_an_organisation_names_when_the_registry_lacks_them() {
        Plan base = PlanFixtures.issued().build();
        Registry r = base.registry();
        Registry broken = new Registry(r.levels(), r.units(), List.of(
                new Organisation("ubnd", "UBND tỉnh", null, null, "qn", null),
                new Organisation("so-nv", "Sở Nội vụ", null, "sở", "nowhere", "ubnd"),
                new Organisation("hlhpn", "Hội LHPN tỉnh", null, "hội", "qn", "missing-parent")));

        Plan plan = base.toBuilder().registry(broken).build();

        assertThat(paths(plan, "UNIT_UNKNOWN")).containsExactly("registry.organisations[1].unit");
        assertThat(paths(plan, "ORGANISATION_UNKNOWN")).containsExactly("registry.organisations[2].parent");
    }

    @Test
    void should_report_a_unit_whose_parent_or_level_is_unknown_and_warn_when_the_parent_is_not_higher() {
        Plan base = PlanFixtures.issued().build();
        Registry r = base.registry();
        Registry broken = new Registry(
                List.of(new AdministrativeLevel("province", "tỉnh", 1), new AdministrativeLevel("commune", "xã", 2)),
                List.of(new AdministrativeUnit("qn", "tỉnh Quảng Ngãi", "Quảng Ngãi", "province", null),
                        new AdministrativeUnit("x1", "phường Kon Tum", "Kon Tum", "commune", "qn"),
                        new AdministrativeUnit("x2", "xã Hai", "Hai", "commune", "x1"),
                        new AdministrativeUnit("x3", "xã Ba", "Ba", "district", "qn"),
                        new AdministrativeUnit("x4", "xã Bốn", "Bốn", "commune", "gone")),
                r.organisations());

        CheckReport report = PlanFixtures.check(new ReferenceRule(), base.toBuilder().registry(broken).build());

        assertThat(report.withCode("LEVEL_UNKNOWN")).extracting(Finding::path).containsExactly("registry.units[3].level");
        assertThat(report.withCode("UNIT_UNKNOWN")).extracting(Finding::path).containsExactly("registry.units[4].parent");
        assertThat(report.withCode("UNIT_LEVEL_ORDER")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("registry.units[2].parent");
            assertThat(f.message().en()).isEqualTo("xã Hai (xã) belongs to phường Kon Tum (xã), which is not a higher level.");
        });
    }

    @Test
    void should_name_a_venue_by_its_name_or_by_its_id_when_the_plan_has_none() {
        Plan plan = PlanFixtures.issued().build();

        assertThat(ReferenceRule.venueName(plan, "hall")).isEqualTo("Hội trường tỉnh");
        assertThat(ReferenceRule.venueName(plan, "nowhere")).isEqualTo("nowhere");
        assertThat(LocalDate.of(2026, 3, 20)).isEqualTo(plan.sessions().get(0).date());
    }
}
