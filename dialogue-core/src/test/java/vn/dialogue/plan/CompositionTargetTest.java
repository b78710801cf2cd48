package vn.dialogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.CompositionTarget.Trait;

class CompositionTargetTest {

    @Test
    void should_require_a_count_or_a_rounded_up_share() {
        assertThat(CompositionTarget.atLeast("a", 150, Trait.WOMAN).required(190)).isEqualTo(150);
        assertThat(CompositionTarget.atLeastPercent("b", 30, Trait.WOMAN, Trait.ETHNIC_MINORITY).required(199))
                .isEqualTo(60);
        assertThat(CompositionTarget.atLeastPercent("b", 30, Trait.WOMAN).required(0)).isZero();
    }

    @Test
    void should_read_as_the_plan_would_write_it() {
        CompositionTarget t = CompositionTarget.atLeastPercent("dtts", 30, Trait.WOMAN, Trait.ETHNIC_MINORITY);
        assertThat(t.toVietnamese()).isEqualTo("phụ nữ dân tộc thiểu số: ít nhất 30%");
        assertThat(t.toEnglish()).isEqualTo("ethnic-minority women: at least 30%");
        assertThat(t.effectiveMajority()).isEqualTo("Kinh");
        assertThat(t.withinGroup("phu-nu").group()).isEqualTo("phu-nu");
    }

    @Test
    void should_reject_targets_that_say_nothing_or_cannot_be_met() {
        assertThatThrownBy(() -> new CompositionTarget("x", null, null, List.of(), 1, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trait");
        assertThatThrownBy(() -> new CompositionTarget("x", null, null, List.of(Trait.WOMAN), 1, 10, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> CompositionTarget.atLeastPercent("x", 101, Trait.WOMAN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompositionTarget.atLeast("x", 1, Trait.WOMAN, Trait.MAN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never be met");
    }

    @Test
    void should_derive_precedence_from_the_order_the_plan_names_bodies_unless_stated() {
        DelegateGroup a = new DelegateGroup("a", null, DelegateRole.ANSWERING, List.of(
                new GroupMember("x", null, List.of("ubnd", "so"), null)), null, null, null);
        DelegateGroup b = new DelegateGroup("b", null, DelegateRole.INVITED, List.of(
                new GroupMember("y", null, List.of("tinh-uy", "so"), null)), null, null, null);
        VenueAttendance at = new VenueAttendance("hall", false, null, null, null, List.of(a, b));
        assertThat(at.effectivePrecedence()).containsExactly("ubnd", "so", "tinh-uy");
        assertThat(at.withPrecedence(List.of("tinh-uy", "ubnd")).effectivePrecedence())
                .containsExactly("tinh-uy", "ubnd");
        assertThatThrownBy(() -> at.withPrecedence(List.of("ubnd", "ubnd")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }
}
