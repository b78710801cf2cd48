package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

import vn.dialogue.check.PlanChecker;
import vn.dialogue.plan.Plan;

/** The fuzzer's starting plans are valid, so that what breaks a case is its mutations. */
class MalformedPlansBaseTest {

    @Provide
    Arbitrary<MalformedPlans.Base> smallPlans() {
        return MalformedPlans.smallPlans();
    }

    @Property(tries = 300)
    void should_read_and_check_a_small_plan_when_it_is_not_mutated(@ForAll("smallPlans") MalformedPlans.Base base) {
        for (Format format : Format.values()) {
            // GIVEN a generated small plan, WHEN read unmutated
            MalformedPlans.Input in = MalformedPlans.input(new MalformedPlans.Case(base, List.of(), format));
            Plan plan = PlanFiles.read(in.name(), in.bytes(), in.format());
            // THEN it reads, and its check runs every rule
            assertThat(PlanChecker.standard().check(plan).withCode("RULE_FAILED")).isEmpty();
            assertThat(plan.registry().organisationName("org-0")).isEqualTo("Cơ quan số 0");
        }
    }

    @Example
    void should_read_the_seed_plan_equal_to_the_file_when_written_from_its_tree() {
        for (Format format : Format.values()) {
            MalformedPlans.Input in = MalformedPlans.input(new MalformedPlans.Case(
                    new MalformedPlans.Base("seed", MalformedPlans.seedTree()), List.of(), format));
            assertThat(PlanFiles.read(in.name(), in.bytes(), in.format())).isEqualTo(SeedPlans.loadKonTum2024());
        }
    }
}
