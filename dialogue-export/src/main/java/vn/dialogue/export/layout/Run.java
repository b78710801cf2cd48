package vn.dialogue.export.layout;

import java.util.Objects;

import vn.dialogue.export.internal.OutputText;

/**
 * A stretch of text with one emphasis: the unit every paragraph is made of. Immutable and thread-safe.
 *
 * @param text   the text in NFC, never null (may be empty)
 * @param bold   whether the run is bold
 * @param italic whether the run is italic
 */
public record Run(String text, boolean bold, boolean italic) {

    public Run {
        text = OutputText.of(Objects.requireNonNull(text, "text"));
    }

    /** Regular text. */
    public static Run plain(String text) {
        return new Run(text, false, false);
    }

    /** Bold text. */
    public static Run bold(String text) {
        return new Run(text, true, false);
    }

    /** Italic text. */
    public static Run italic(String text) {
        return new Run(text, false, true);
    }

    /** Bold italic text. */
    public static Run boldItalic(String text) {
        return new Run(text, true, true);
    }
}
