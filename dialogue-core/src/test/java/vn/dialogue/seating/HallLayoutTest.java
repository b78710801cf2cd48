package vn.dialogue.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class HallLayoutTest {

    @Test
    void should_number_the_presidium_from_the_centre_outwards_chairs_right_first() {
        HallLayout layout = HallLayout.uniform("hall", 5, 1, 1, 1);
        // seat 1 in the centre (position 3 of 5), 2 at its right = the hall's left, 3 at its left...
        assertThat(layout.presidium()).extracting(Seat::position).containsExactly(3, 2, 4, 1, 5);
        assertThat(layout.presidium()).extracting(Seat::id).containsExactly("P-1", "P-2", "P-3", "P-4", "P-5");
        assertThat(HallLayout.uniform("hall", 4, 1, 1, 1).presidium()).extracting(Seat::position)
                .containsExactly(3, 2, 4, 1);
    }

    @Test
    void should_count_and_name_every_seat() {
        HallLayout layout = new HallLayout("hall", 2, List.of(Block.of("A", 8, 8), Block.of("B", 8, 15),
                Block.of("C", 8, 8)));
        assertThat(layout.capacity()).isEqualTo(250);
        assertThat(layout.seats()).hasSize(250).extracting(Seat::id).doesNotHaveDuplicates();
        assertThat(layout.seat("B-03-07")).get().satisfies(s -> {
            assertThat(s.label()).isEqualTo("Khối B, hàng 3, ghế 7");
            assertThat(s.row()).isEqualTo(3);
            assertThat(s.position()).isEqualTo(8 + 1 + 7);
        });
        assertThat(layout.seat("B-01-08").orElseThrow().centreDistance()).isZero();
        assertThat(layout.seat("P-1").orElseThrow().label()).isEqualTo("Đoàn Chủ tịch, ghế 1");
    }

    @Test
    void should_reject_a_layout_that_cannot_be() {
        assertThatThrownBy(() -> new HallLayout("hall", 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HallLayout("hall", 0, List.of(Block.of("A", 1, 1), Block.of("A", 2, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> Block.of("A-1", 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Block.of("A", 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HallLayout("hall", -1, List.of(Block.of("A", 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
