package vn.dialogue.export.layout;

import java.util.Objects;

import vn.dialogue.export.internal.OutputText;

/**
 * A picture in the flow of a document (a chart, a seating map), with its caption under it ("Hình 1. ...").
 * The picture is drawn by a {@link Drawing} at {@code widthMm} by {@code heightMm}: in vector in PDF, as inline SVG
 * in HTML, as a PNG at print resolution in DOCX. A renderer shrinks it, keeping its proportions, when it is wider than
 * the text or taller than a page, and centres it. Immutable and thread-safe.
 *
 * @param drawing     what to draw, never null
 * @param widthMm     the width in millimetres, more than 0
 * @param heightMm    the height in millimetres, more than 0
 * @param caption     the caption printed under the picture, never null (may be empty: no caption)
 * @param description what the picture shows, in words, for readers who cannot see it (the SVG's title, the DOCX
 *                    picture's description); never null, never blank
 */
public record Figure(Drawing drawing, double widthMm, double heightMm, String caption, String description)
        implements Block {

    /**
     * Checks the components and normalises the texts (Unicode NFC).
     *
     * @param drawing what to draw, never null
     * @param widthMm the width in millimetres, more than 0
     * @param heightMm the height in millimetres, more than 0
     * @param caption the caption printed under the picture, never null (may be empty)
     * @param description what the picture shows, in words, never null, never blank
     * @throws IllegalArgumentException if a size is not positive or the description is blank
     * @throws NullPointerException if a required component is null
     */
    public Figure {
        Objects.requireNonNull(drawing, "drawing");
        if (!(widthMm > 0) || !(heightMm > 0) || widthMm > 2000 || heightMm > 2000) {
            throw new IllegalArgumentException("a figure's size must be above 0 and at most 2000 mm, was " + widthMm
                    + " x " + heightMm + " mm");
        }
        caption = OutputText.of(Objects.requireNonNull(caption, "caption")).strip();
        description = OutputText.of(Objects.requireNonNull(description, "description")).strip();
        if (description.isEmpty()) {
            throw new IllegalArgumentException("a figure needs a description of what it shows");
        }
    }

    /**
     * A figure whose description is its caption.
     *
     * @param drawing what to draw
     * @param widthMm the width in millimetres
     * @param heightMm the height in millimetres
     * @param caption the caption, also its description; never blank
     * @return the figure
     */
    public static Figure of(Drawing drawing, double widthMm, double heightMm, String caption) {
        return new Figure(drawing, widthMm, heightMm, caption, caption);
    }

    /** Points per millimetre. */
    private static final double PT_PER_MM = 72 / 25.4;

    /**
     * The width in points.
     *
     * @return the width in points
     */
    public double widthPt() {
        return widthMm * PT_PER_MM;
    }

    /**
     * The height in points.
     *
     * @return the height in points
     */
    public double heightPt() {
        return heightMm * PT_PER_MM;
    }
}
