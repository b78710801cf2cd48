package vn.dialogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeadcountTest {

    @Test
    void should_give_bounds_for_each_form() {
        assertThat(Headcount.about(200).lowest()).isEqualTo(180);
        assertThat(Headcount.about(200).highest()).isEqualTo(220);
        assertThat(Headcount.exactly(3).toVietnamese()).isEqualTo("03");
        assertThat(Headcount.about(250).toVietnamese()).isEqualTo("khoảng 250");
        assertThat(Headcount.between(10, 20).nominal()).isEqualTo(20);
        assertThat(new Headcount(null, null, 5, null).highest()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void should_take_exactly_one_form() {
        assertThatThrownBy(() -> new Headcount(1, 2, null, null)).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> new Headcount(null, null, null, null)).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> Headcount.between(5, 2)).hasMessageContaining("above max");
        assertThatThrownBy(() -> Headcount.exactly(-1)).hasMessageContaining("negative");
    }
}
