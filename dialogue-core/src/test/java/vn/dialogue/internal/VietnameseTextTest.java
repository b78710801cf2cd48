package vn.dialogue.internal;

import vn.dialogue.internal.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void should_lower_case_and_drop_punctuation_keeping_diacritics_when_not_folding() {
        assertThat(VietnameseText.normalise("Hỗ trợ, VAY VỐN!  (năm 2025)", false)).isEqualTo("hỗ trợ vay vốn năm 2025");
    }

    @Test
    void should_fold_every_vietnamese_diacritic_and_d_with_stroke() {
        assertThat(VietnameseText.normalise("Đăk Glei, Ngọc Hồi; Tu Mơ Rông – Ia H'Drai", true))
                .isEqualTo("dak glei ngoc hoi tu mo rong ia h drai");
        assertThat(VietnameseText.normalise("ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ỳýỷỹỵ đĐ", true))
                .isEqualTo("aaaaa aaaaa eeeee ooooo ooooo uuuuu yyyyy dd");
    }

    @Test
    void should_compose_decomposed_text_before_comparing() {
        String decomposed = Normalizer.normalize("Phụ nữ dân tộc thiểu số", Normalizer.Form.NFD);
        assertThat(VietnameseText.normalise(decomposed, false)).isEqualTo("phụ nữ dân tộc thiểu số");
        assertThat(VietnameseText.normalise(decomposed, true)).isEqualTo("phu nu dan toc thieu so");
    }

    @Test
    void should_give_empty_text_for_punctuation_only() {
        assertThat(VietnameseText.normalise(" ... ?! ", true)).isEmpty();
    }
}
