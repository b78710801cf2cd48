package vn.dialogue.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class NfcTest {

    @Test
    void should_compose_decomposed_vietnamese() {
        String decomposed = Normalizer.normalize("Hội trường Ngọc Linh", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Hội trường Ngọc Linh");
        assertThat(Nfc.of(decomposed)).isEqualTo("Hội trường Ngọc Linh");
    }

    @Test
    void should_keep_null_as_null() {
        assertThat(Nfc.normalize(null)).isNull();
    }

    @Test
    void bilingual_picks_language() {
        Bilingual b = Bilingual.of("Thiếu", "Missing");
        assertThat(b.in(java.util.Locale.forLanguageTag("vi-VN"))).isEqualTo("Thiếu");
        assertThat(b.in(java.util.Locale.ENGLISH)).isEqualTo("Missing");
    }
}
