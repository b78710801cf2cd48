package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.SeedPlans;

/**
 * A sample list larger than the generator's name lists can fill with distinct names (all minority men, or 330
 * women per bridge point) once looped forever; it now ends with namesakes, each with its own id.
 */
@Timeout(120) // a guard against the old endless loop, not a speed check
class SampleDelegatesRunOutOfNamesTest {

    private static final Plan PLAN = SeedPlans.loadKonTum2024();

    @Test
    void should_finish_with_namesakes_and_distinct_ids_when_every_delegate_is_a_minority_man() {
        // GIVEN options asking for about 800 minority men: more than the men's minority names can make distinct
        SampleDelegates.Options options = new SampleDelegates.Options(7, 30, 0.0, 0.0, 1.0);
        // WHEN
        List<Delegate> delegates = SampleDelegates.forPlan(PLAN, options).delegates();
        // THEN the list is complete, namesakes appear, and every id is distinct
        assertThat(delegates).hasSizeGreaterThan(500);
        assertThat(delegates).allSatisfy(d -> assertThat(d.ethnicity()).isNotEqualTo("Kinh"));
        Set<String> names = new HashSet<>();
        delegates.forEach(d -> names.add(d.fullName()));
        assertThat(names).hasSizeLessThan(delegates.size());
        assertThat(delegates.stream().map(Delegate::id).distinct()).hasSameSizeAs(delegates);
    }

    @Test
    void should_finish_when_bridge_points_hold_330_kinh_women_each() {
        SampleDelegates.Options options = new SampleDelegates.Options(3, 330, 1.0, 1.0, 0.0);
        List<Delegate> delegates = SampleDelegates.forPlan(PLAN, options).delegates();
        assertThat(delegates).hasSizeGreaterThan(3000);
        assertThat(delegates.stream().map(Delegate::id).distinct()).hasSameSizeAs(delegates);
    }
}
