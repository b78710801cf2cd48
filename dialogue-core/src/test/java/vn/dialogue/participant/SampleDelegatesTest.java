package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.SeedPlans;

class SampleDelegatesTest {

    private final Plan plan = SeedPlans.loadKonTum2024();

    @Test
    void should_give_the_same_list_when_the_seed_is_the_same() {
        assertThat(SampleDelegates.forPlan(plan, 42)).isEqualTo(SampleDelegates.forPlan(plan, 42));
        assertThat(SampleDelegates.forPlan(plan, 42)).isNotEqualTo(SampleDelegates.forPlan(plan, 43));
    }

    @Test
    void should_match_the_seed_plans_groups_and_counts_when_drawn_for_it() {
        // WHEN
        DelegateList list = SampleDelegates.forPlan(plan, 2024);
        // THEN about 250 at the provincial hall: one chair, one presiding, about 200 women
        String hall = plan.format().mainVenue();
        assertThat(list.at(hall)).hasSize(250);
        assertThat(list.at(hall, "phu-nu-doi-thoai")).hasSize(200)
                .allMatch(d -> d.gender() == Gender.FEMALE && d.role() == DelegateRole.PARTICIPANT);
        assertThat(list.at(hall)).filteredOn(d -> d.role() == DelegateRole.CHAIR).singleElement()
                .satisfies(d -> assertThat(d.organisationId()).isEqualTo("ubnd-tinh"));
        assertThat(list.at(hall)).filteredOn(d -> d.role() == DelegateRole.PRESIDING).singleElement()
                .satisfies(d -> assertThat(d.organisationId()).isEqualTo("hlhpn-tinh"));
        assertThat(list.at(hall)).filteredOn(d -> d.role() == DelegateRole.PRESS).extracting(Delegate::organisationId)
                .contains("bao-kon-tum", "dai-ptth", "cong-ttdt");
        // and 30 at each of the nine bridge points, mostly women
        for (var b : plan.format().bridgePoints()) {
            assertThat(list.at(b.venue())).hasSize(30);
            assertThat(list.at(b.venue(), "huyen-phu-nu")).hasSizeGreaterThan(15);
        }
        assertThat(list.size()).isEqualTo(250 + 9 * 30);
        // with ethnic-minority delegates and names of Central Highlands peoples
        assertThat(list.delegates()).filteredOn(d -> d.isEthnicMinority("Kinh")).hasSizeGreaterThan(100);
        assertThat(list.delegates()).anyMatch(d -> d.fullName().startsWith("Y "))
                .anyMatch(d -> d.name().family().equals("Nguyễn"));
    }

    @Test
    void should_pass_the_delegate_checks_when_drawn_for_the_seed_plan() {
        DelegateList list = SampleDelegates.forPlan(plan, 7);
        var report = PlanCheckerSupport.delegateFindings(plan, list);
        assertThat(report).isEmpty();
    }
}
