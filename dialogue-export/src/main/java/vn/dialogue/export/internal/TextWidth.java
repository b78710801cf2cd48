package vn.dialogue.export.internal;

import java.util.EnumMap;
import java.util.Map;

import com.lowagie.text.pdf.BaseFont;

/**
 * Widths of text in the document serif, for rules that must be as long as the text above them.
 * Times New Roman and Liberation Serif share their metrics, so one measure serves DOCX and PDF.
 */
public final class TextWidth {

    private static final Map<Fonts.Face, BaseFont> FONTS = new EnumMap<>(Fonts.Face.class);

    private TextWidth() {
    }

    /** The width of {@code text} in points at {@code size} points. */
    public static synchronized float points(String text, Fonts.Face face, float size) {
        BaseFont font = FONTS.computeIfAbsent(face, Fonts::pdfFont);
        return font.getWidthPoint(text, size);
    }
}
