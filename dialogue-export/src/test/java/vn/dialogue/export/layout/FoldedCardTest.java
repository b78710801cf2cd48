package vn.dialogue.export.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

class FoldedCardTest {

    @Test
    void should_keep_the_name_and_non_blank_lines_in_nfc() {
        String nfd = Normalizer.normalize("Rơ Châm H'Hen", Normalizer.Form.NFD);
        FoldedCard card = new FoldedCard("  " + nfd + " ", List.of("Phó Chủ tịch", "  ", "Hội LHPN tỉnh "));
        assertThat(card.name()).isEqualTo("Rơ Châm H'Hen");
        assertThat(card.lines()).containsExactly("Phó Chủ tịch", "Hội LHPN tỉnh");
        assertThat(card).isEqualTo(FoldedCard.of("Rơ Châm H'Hen", "Phó Chủ tịch", "Hội LHPN tỉnh"));
    }

    @Test
    void should_refuse_a_card_without_a_name() {
        assertThatThrownBy(() -> FoldedCard.of("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> new FoldedCard("A", null)).isInstanceOf(NullPointerException.class);
    }
}
