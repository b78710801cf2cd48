package vn.dialogue.export.internal;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.text.Nfc;

/**
 * The one place every text of every output passes through (the layout model behind HTML, DOCX and PDF, the sheets
 * behind XLSX and CSV, the calendar entries behind ICS, and HTML escaping as a last guard): NFC, and the invisible
 * characters that can make a displayed name or question say something else removed.
 *
 * <p>Removed: the bidirectional controls (U+202A to U+202E embeddings and overrides, U+2066 to U+2069 isolates,
 * U+200E and U+200F marks, U+061C the Arabic letter mark), with which {@code "Nguyễn\u202Eoaj"} displays as
 * "Nguyễnjao", and the zero-width and invisible characters (U+200B to U+200D, U+2060 to U+2064, U+FEFF, U+180E),
 * with which two different names display the same. Vietnamese needs none of them. What a person typed is kept as it
 * is in the library's own records and journals; only what is printed or published is neutralised.
 *
 * <p>Thread-safe: stateless.
 */
public final class OutputText {

    private OutputText() {
    }

    /** Whether {@code c} is a bidirectional control or an invisible zero-width character. */
    public static boolean isInvisibleControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
                || c == 0x061C || c >= 0x200B && c <= 0x200D || c >= 0x2060 && c <= 0x2064 || c == 0xFEFF
                || c == 0x180E;
    }

    /** {@code text} in NFC, without bidirectional controls or zero-width characters; never null. */
    public static String of(String text) {
        Objects.requireNonNull(text, "text");
        return neutralise(Nfc.of(text));
    }

    /** As {@link #of(String)}; null stays null. */
    public static @Nullable String orNull(@Nullable String text) {
        return text == null ? null : of(text);
    }

    /** Each text as {@link #of(String)}, in an immutable list. */
    public static List<String> all(@Nullable List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(OutputText::of).toList();
    }

    /** {@code text} without bidirectional controls or zero-width characters (no normalisation). */
    public static String neutralise(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && !isInvisibleControl(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder s = new StringBuilder(n);
        s.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!isInvisibleControl(c)) {
                s.append(c);
            }
        }
        return s.toString();
    }
}
