package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RolePolicyTest {

    @Test
    void defaults_give_every_action_to_some_role() {
        RolePolicy roles = RolePolicy.defaults();
        for (Action action : Action.values()) {
            assertThat(roles.rolesFor(action)).as(action.name()).isNotEmpty();
        }
        assertThat(roles.allows(Action.MODERATE, MODERATOR)).isTrue();
        assertThat(roles.allows(Action.MODERATE, COMPILER)).isFalse();
    }

    @Test
    void an_action_missing_from_the_policy_is_allowed_to_no_one() {
        RolePolicy none = new RolePolicy(Map.of(Action.RECEIVE, Set.of("intake")));
        assertThat(none.rolesFor(Action.CLOSE)).isEmpty();
        assertThatThrownBy(() -> none.require(Action.CLOSE, COMPILER)).isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("no role may");
    }

    @Test
    void organisation_bound_actions_refuse_another_organisation_and_no_organisation() {
        RolePolicy roles = RolePolicy.defaults();
        roles.require(Action.DRAFT, LDTBXH, List.of("so-ldtbxh"), "the lead agency");
        assertThatThrownBy(() -> roles.require(Action.DRAFT, BHXH, List.of("so-ldtbxh"), "the lead agency"))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("acts for bhxh-tinh");
        var agencyWithoutOrganisation = vn.dialogue.actor.Actor.of("x", "X", RolePolicy.AGENCY, null);
        assertThatThrownBy(() -> roles.require(Action.DRAFT, agencyWithoutOrganisation, List.of("so-ldtbxh"),
                "the lead agency")).isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("no organisation");
    }

    @Test
    void policies_are_values_and_refuse_bad_role_names() {
        EnumMap<Action, Set<String>> map = new EnumMap<>(Action.class);
        map.put(Action.CLOSE, Set.of("a", "b"));
        assertThat(new RolePolicy(map)).isEqualTo(new RolePolicy(Map.of(Action.CLOSE, Set.of("b", "a"))));
        assertThatThrownBy(() -> new RolePolicy(Map.of(Action.CLOSE, Set.of("has space"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role for CLOSE");
        assertThat(RolePolicy.defaults().with(Action.CLOSE, "chair-office").rolesFor(Action.CLOSE))
                .containsExactly("chair-office");
    }
}
