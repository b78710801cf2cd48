package vn.dialogue.text;

import java.util.Locale;
import java.util.Objects;

/**
 * A message in Vietnamese with its English rendering. Immutable and thread-safe.
 *
 * @param vi the Vietnamese text, never null
 * @param en the English text, never null
 */
public record Bilingual(String vi, String en) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param vi the Vietnamese text, never null
     * @param en the English text, never null
     * @throws NullPointerException if a required component is null
     */
    public Bilingual {
        vi = Nfc.of(Objects.requireNonNull(vi, "vi"));
        en = Nfc.of(Objects.requireNonNull(en, "en"));
    }

    /**
     * A text in both languages.
     *
     * @param vi the Vietnamese text
     * @param en the English text
     * @return the bilingual text
     */
    public static Bilingual of(String vi, String en) {
        return new Bilingual(vi, en);
    }

    /**
     * The text for {@code locale}: Vietnamese for {@code vi}, English otherwise.
     *
     * @param locale the language of the text: Vietnamese ({@code vi}) or English ({@code en})
     * @return the text for {@code locale}: Vietnamese for {@code vi}, English otherwise
     */
    public String in(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? vi : en;
    }

    @Override
    public String toString() {
        return vi + " / " + en;
    }
}
