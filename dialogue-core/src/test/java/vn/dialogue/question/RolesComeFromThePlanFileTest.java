package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dialogue.actor.Actor;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.Format;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.planfile.SeedPlans;

class RolesComeFromThePlanFileTest {

    private final Plan seed = SeedPlans.loadKonTum2024();

    @Test
    void should_let_a_plan_give_moderation_to_its_own_role_and_keep_the_defaults_elsewhere() {
        // GIVEN a plan file whose roles section gives moderation to the district unions' editors
        Plan plan = PlanFiles.read("plan.yaml", PlanFiles.write(seed, Format.YAML)
                + "roles:\n  moderate: [bien-tap-vien, moderator]\n", Format.YAML);
        // WHEN the policy is built from it
        RolePolicy policy = RolePolicy.forPlan(plan);
        // THEN the plan's role may moderate, and routing keeps its default
        assertThat(policy.allows(Action.MODERATE, Actor.of("e1", "Biên tập viên", "bien-tap-vien", null))).isTrue();
        assertThat(policy.rolesFor(Action.ROUTE)).isEqualTo(RolePolicy.defaults().rolesFor(Action.ROUTE));
        assertThat(plan.roles()).containsEntry("moderate", List.of("bien-tap-vien", "moderator"));
    }

    @Test
    void should_name_an_unknown_action_and_the_known_ones() {
        Plan plan = seed.toBuilder().roles(Map.of("approve", List.of("chair"))).build();
        assertThatThrownBy(() -> RolePolicy.forPlan(plan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown action 'approve'").hasMessageContaining("record-live-outcome");
        assertThat(PlanChecker.standard().with(RolePolicy.planRule()).check(plan).withCode("ROLES_UNKNOWN_ACTION"))
                .singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("roles.approve"));
        assertThat(PlanChecker.of(RolePolicy.planRule()).check(seed).findings()).isEmpty();
    }
}
