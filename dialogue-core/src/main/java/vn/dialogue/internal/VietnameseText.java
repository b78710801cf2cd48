package vn.dialogue.internal;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Normalisation of Vietnamese text for comparison (never for storage: submissions keep their text as written).
 *
 * <p>Text is brought to NFC, lower-cased, and cut into words at everything that is not a letter or a digit
 * (punctuation, symbols, spaces); optionally diacritics are folded away (ắ → a, ơ → o, đ → d), because many
 * people type without them. Words are joined by single spaces. Thread-safe.
 */
public final class VietnameseText {

    /** Table size: every precomposed Vietnamese letter is below U+1F00. */
    private static final int TABLE = 0x1F00;
    /** Marks a character that separates words. */
    public static final char SEPARATOR = 0;
    /** Marks a character that is dropped without separating words (a stray combining mark). */
    public static final char SKIP = 1;

    private static final char[] LOWER = new char[TABLE];
    private static final char[] FOLDED = new char[TABLE];

    static {
        for (int c = 0; c < TABLE; c++) {
            char ch = (char) c;
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                LOWER[c] = SKIP;
                FOLDED[c] = SKIP;
            } else if (Character.isLetterOrDigit(ch)) {
                char lower = Character.toLowerCase(ch);
                LOWER[c] = lower;
                FOLDED[c] = fold(lower);
            } else {
                LOWER[c] = SEPARATOR;
                FOLDED[c] = SEPARATOR;
            }
        }
    }

    private VietnameseText() {
    }

    private static char fold(char lower) {
        if (lower == 'đ') {
            return 'd';
        }
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return Character.isLetterOrDigit(base) ? base : lower;
    }

    /**
     * Maps one character of NFC text: its lower-case (and, with {@code fold}, unaccented) form, or
     * {@link #SEPARATOR}, or {@link #SKIP}. Characters beyond the table are kept lower-cased if letters or
     * digits (including surrogates, so other scripts stay words).
     */
    public static char map(char c, boolean fold) {
        if (c < TABLE) {
            return fold ? FOLDED[c] : LOWER[c];
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : SEPARATOR;
    }

    /**
     * The normalised form of {@code text}: NFC, lower case, words separated by one space, no punctuation; with
     * {@code foldDiacritics}, without diacritics and with đ as d. "Hỗ trợ, VAY VỐN!" gives "hỗ trợ vay vốn", or
     * "ho tro vay von" folded.
     */
    public static String normalise(CharSequence text, boolean foldDiacritics) {
        Objects.requireNonNull(text, "text");
        String nfc = text.toString();
        if (!Normalizer.isNormalized(nfc, Normalizer.Form.NFC)) {
            nfc = Normalizer.normalize(nfc, Normalizer.Form.NFC);
        }
        StringBuilder out = new StringBuilder(nfc.length());
        boolean inWord = false;
        for (int i = 0; i < nfc.length(); i++) {
            char m = map(nfc.charAt(i), foldDiacritics);
            if (m == SKIP) {
                continue;
            }
            if (m == SEPARATOR) {
                inWord = false;
                continue;
            }
            if (!inWord && out.length() > 0) {
                out.append(' ');
            }
            out.append(m);
            inWord = true;
        }
        return out.toString();
    }
}
