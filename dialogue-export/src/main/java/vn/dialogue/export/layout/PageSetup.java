package vn.dialogue.export.layout;

import java.util.Objects;

/**
 * Paper, orientation, margins and body font size of a document. Immutable and thread-safe.
 *
 * @param paper        the paper size, never null
 * @param orientation  portrait or landscape, never null
 * @param margins      the margins, never null
 * @param bodyFontSize the body font size in points, 10 to 16
 */
public record PageSetup(Paper paper, Orientation orientation, Margins margins, double bodyFontSize) {

    /** Paper sizes, with their portrait dimensions in millimetres. */
    public enum Paper {
        /** ISO 216 A4, 210 x 297 mm: the paper of Nghị định 30/2020. */
        A4(210, 297);

        private final int widthMm;
        private final int heightMm;

        Paper(int widthMm, int heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }

        /**
         * Portrait width in millimetres.
         *
         * @return portrait width in millimetres
         */
        public int widthMm() {
            return widthMm;
        }

        /**
         * Portrait height in millimetres.
         *
         * @return portrait height in millimetres
         */
        public int heightMm() {
            return heightMm;
        }
    }

    /** Page orientation. */
    public enum Orientation {
        /** Taller than wide: documents. */
        PORTRAIT,
        /** Wider than tall: seating charts and wide tables. */
        LANDSCAPE
    }

    /**
     * Page margins in millimetres, each at least 0.
     *
     * @param top    top margin
     * @param bottom bottom margin
     * @param left   left margin
     * @param right  right margin
     */
    public record Margins(double top, double bottom, double left, double right) {
        /**
         * Checks the components.
         *
         * @param top top margin
         * @param bottom bottom margin
         * @param left left margin
         * @param right right margin
         * @throws IllegalArgumentException if a component is not valid; the message says which and why
         */
        public Margins {
            if (top < 0 || bottom < 0 || left < 0 || right < 0) {
                throw new IllegalArgumentException("margins must not be negative: " + top + ", " + bottom + ", " + left + ", " + right);
            }
        }
    }

    /**
     * Checks the components.
     *
     * @param paper the paper size, never null
     * @param orientation portrait or landscape, never null
     * @param margins the margins, never null
     * @param bodyFontSize the body font size in points, 10 to 16
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public PageSetup {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(margins, "margins");
        if (bodyFontSize < 10 || bodyFontSize > 16) {
            throw new IllegalArgumentException("body font size must be 10 to 16 pt, was " + bodyFontSize);
        }
        double width = orientation == Orientation.PORTRAIT ? paper.widthMm() : paper.heightMm();
        if (margins.left() + margins.right() >= width - 20) {
            throw new IllegalArgumentException("left and right margins leave less than 20 mm of text width");
        }
    }

    /**
     * A4 portrait within the ranges of Nghị định 30/2020, Phụ lục I: top and bottom 20 mm
     * (20-25 allowed), left 30 mm (30-35), right 15 mm (15-20), body 14 pt (13-14).
     *
     * @return A4 portrait within the ranges of Nghị định 30/2020, Phụ lục I: top and bottom 20 mm (20-25 allowed), left
     *         30 mm (30-35), right 15 mm (15-20), body 14 pt (13-14)
     */
    public static PageSetup a4Portrait() {
        return new PageSetup(Paper.A4, Orientation.PORTRAIT, new Margins(20, 20, 30, 15), 14);
    }

    /**
     * A4 landscape with the same margins, for seating charts and wide tables.
     *
     * @return A4 landscape with the same margins, for seating charts and wide tables
     */
    public static PageSetup a4Landscape() {
        return a4Portrait().withOrientation(Orientation.LANDSCAPE);
    }

    /**
     * The same setup in {@code orientation}.
     *
     * @param orientation portrait or landscape, never null
     * @return the same setup in {@code orientation}
     */
    public PageSetup withOrientation(Orientation orientation) {
        return new PageSetup(paper, orientation, margins, bodyFontSize);
    }

    /**
     * The same setup with {@code margins}.
     *
     * @param margins the margins, never null
     * @return the same setup with {@code margins}
     */
    public PageSetup withMargins(Margins margins) {
        return new PageSetup(paper, orientation, margins, bodyFontSize);
    }

    /**
     * The same setup with the body font size {@code points}.
     *
     * @param points the size in points (13 to 14 in the decree)
     * @return the same setup with the body font size {@code points}
     */
    public PageSetup withBodyFontSize(double points) {
        return new PageSetup(paper, orientation, margins, points);
    }

    /**
     * The page width in millimetres, orientation applied.
     *
     * @return the page width in millimetres, orientation applied
     */
    public double pageWidthMm() {
        return orientation == Orientation.PORTRAIT ? paper.widthMm() : paper.heightMm();
    }

    /**
     * The page height in millimetres, orientation applied.
     *
     * @return the page height in millimetres, orientation applied
     */
    public double pageHeightMm() {
        return orientation == Orientation.PORTRAIT ? paper.heightMm() : paper.widthMm();
    }

    /**
     * The width between the left and right margins in millimetres.
     *
     * @return the width between the left and right margins in millimetres
     */
    public double textWidthMm() {
        return pageWidthMm() - margins.left() - margins.right();
    }
}
