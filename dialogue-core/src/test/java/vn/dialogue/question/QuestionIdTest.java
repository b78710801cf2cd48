package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionIdTest {

    @Test
    void should_number_ids_with_at_least_six_digits_and_read_the_number_back() {
        assertThat(QuestionId.numbered(42).value()).isEqualTo("q-000042");
        assertThat(QuestionId.numbered(1_234_567).value()).isEqualTo("q-1234567");
        assertThat(QuestionId.numbered(42).number()).isEqualTo(42);
        assertThat(QuestionId.of("floor-7").number()).isZero();
        assertThatThrownBy(() -> QuestionId.numbered(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_sort_numbered_ids_by_number_then_others_alphabetically() {
        List<QuestionId> ids = new ArrayList<>(List.of(QuestionId.of("b"), QuestionId.numbered(1_000_000),
                QuestionId.numbered(2), QuestionId.of("a")));
        Collections.sort(ids);
        assertThat(ids).extracting(QuestionId::value).containsExactly("q-000002", "q-1000000", "a", "b");
    }

    @Test
    void should_refuse_an_id_that_is_not_a_key() {
        assertThatThrownBy(() -> QuestionId.of("q 1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("question id 'q 1'");
        assertThatThrownBy(() -> QuestionId.of("-q")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuestionId.of("x".repeat(129))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuestionId.of(null)).isInstanceOf(NullPointerException.class);
        assertThat(QuestionId.of("q-000001")).isEqualTo(QuestionId.numbered(1)).hasToString("q-000001");
    }
}
