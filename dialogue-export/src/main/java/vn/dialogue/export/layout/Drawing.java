package vn.dialogue.export.layout;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * The content of a {@link Figure}: a picture drawn through Java 2D, once for every format. The PDF renderer hands it
 * a graphics that writes PDF vector operators (text stays text, in the embedded fonts), the HTML renderer one that
 * writes SVG, the DOCX renderer one that paints a PNG at print resolution. A drawing uses the fonts of
 * {@link vn.dialogue.export.internal.Fonts#awt} only, so that every format prints the same glyphs, and draws the
 * same thing each time it is called (the output is deterministic).
 *
 * <p>Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface Drawing {

    /**
     * Draws the picture into {@code area}, in points (1/72 inch), with the origin at the top left.
     *
     * @param g    the graphics to draw with; its state may be changed freely
     * @param area the box to fill, in points
     */
    void draw(Graphics2D g, Rectangle2D area);
}
