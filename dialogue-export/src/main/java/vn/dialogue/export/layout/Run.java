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

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param text the text in NFC, never null (may be empty)
     * @param bold whether the run is bold
     * @param italic whether the run is italic
     * @throws NullPointerException if a required component is null
     */
    public Run {
        text = OutputText.of(Objects.requireNonNull(text, "text"));
    }

    /**
     * Regular text.
     *
     * @param text the text in NFC, never null (may be empty)
     * @return regular text
     */
    public static Run plain(String text) {
        return new Run(text, false, false);
    }

    /**
     * Bold text.
     *
     * @param text the text in NFC, never null (may be empty)
     * @return bold text
     */
    public static Run bold(String text) {
        return new Run(text, true, false);
    }

    /**
     * Italic text.
     *
     * @param text the text in NFC, never null (may be empty)
     * @return italic text
     */
    public static Run italic(String text) {
        return new Run(text, false, true);
    }

    /**
     * Bold italic text.
     *
     * @param text the text in NFC, never null (may be empty)
     * @return bold italic text
     */
    public static Run boldItalic(String text) {
        return new Run(text, true, true);
    }
}
