package vn.dialogue.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Unicode NFC normalisation of Vietnamese text.
 *
 * <p>Vietnamese typed on some keyboards or pasted from some systems arrives decomposed
 * (a base letter followed by combining marks). Decomposed text compares unequal to the
 * same text composed, sorts wrongly and renders with misplaced accents in PDF libraries,
 * so every string that enters the library passes through here. NFC is canonical
 * equivalence: the text the user typed is not changed, only its encoding.
 */
public final class Nfc {

    private Nfc() {
    }

    /**
     * Returns {@code text} in NFC; {@code null} stays {@code null}.
     *
     * @param text any text, or null
     * @return {@code text} in NFC; {@code null} stays {@code null}
     */
    public static @Nullable String normalize(@Nullable String text) {
        if (text == null || isComposedVietnamese(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * A fast sufficient test for NFC: true when every character is below U+0300 (ASCII, Latin-1, Latin Extended
     * A and B, IPA, spacing modifiers) or in Latin Extended Additional (U+1E00 to U+1EFF, where the precomposed
     * Vietnamese letters live). Every such character is a starter that stays as it is under NFC and no two of them
     * compose, so the text is already NFC; false says nothing, and {@link Normalizer} decides.
     */
    static boolean isComposedVietnamese(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && (c < '\u1E00' || c > '\u1EFF')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns {@code text} in NFC; never null.
     *
     * @param text any text, never null
     * @return {@code text} in NFC; never null
     */
    public static String of(String text) {
        Objects.requireNonNull(text, "text");
        return Objects.requireNonNull(normalize(text));
    }

    /**
     * Returns an immutable copy of {@code texts}, each in NFC.
     *
     * @param texts texts, or null
     * @return an immutable copy of {@code texts}, each in NFC
     */
    public static List<String> all(@Nullable List<String> texts) {
        if (texts == null) {
            return List.of();
        }
        return texts.stream().map(Nfc::of).toList();
    }
}
