package vn.dialogue.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The fast test for composed text never says "composed" of text that NFC would change. */
class NfcFastPathPropertyTest {

    @Test
    void should_agree_with_the_normalizer_on_every_character_of_the_fast_ranges() {
        // GIVEN every character the fast test accepts, alone and before each other one of them
        int accepted = 0;
        for (char c = 0; c < 0xFFFF; c++) {
            String one = String.valueOf(c);
            if (Character.isSurrogate(c) || !Nfc.isComposedVietnamese(one)) {
                continue;
            }
            accepted++;
            // THEN NFC leaves it as it is
            assertThat(Normalizer.isNormalized(one, Normalizer.Form.NFC)).as("U+%04X", (int) c).isTrue();
        }
        assertThat(accepted).isEqualTo(0x300 + 0x100);
    }

    @Test
    void should_leave_decomposed_and_combining_text_to_the_normalizer() {
        assertThat(Nfc.isComposedVietnamese("Nguyễn Thị Hồng")).isTrue();
        assertThat(Nfc.isComposedVietnamese(Normalizer.normalize("Nguyễn", Normalizer.Form.NFD))).isFalse();
        assertThat(Nfc.isComposedVietnamese("e\u0301")).isFalse();
        assertThat(Nfc.isComposedVietnamese("\u2126")).isFalse(); // OHM SIGN: NFC changes it
        assertThat(Nfc.of(Normalizer.normalize("Nguyễn", Normalizer.Form.NFD))).isEqualTo("Nguyễn");
    }

    @Property(tries = 2000)
    void should_never_accept_text_that_nfc_changes(@ForAll("mixed") String text) {
        if (Nfc.isComposedVietnamese(text)) {
            assertThat(Normalizer.normalize(text, Normalizer.Form.NFC)).isEqualTo(text);
        }
        assertThat(Nfc.of(text)).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    @Provide
    Arbitrary<String> mixed() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u02FF'),
                Arbitraries.chars().range('\u1E00', '\u1EFF'),
                Arbitraries.chars().range('\u0300', '\u036F'),
                Arbitraries.chars().range('\u1100', '\u11FF'));
        return chars.list().ofMaxSize(12).map(cs -> {
            StringBuilder s = new StringBuilder();
            cs.forEach(s::append);
            return s.toString();
        });
    }
}
