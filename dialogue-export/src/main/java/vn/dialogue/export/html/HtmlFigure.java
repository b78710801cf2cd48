package vn.dialogue.export.html;

import java.awt.geom.Rectangle2D;
import java.util.Locale;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

import vn.dialogue.export.internal.Fonts;
import vn.dialogue.export.layout.Figure;

/**
 * A {@link Figure} in an HTML page: its drawing as inline SVG (JFreeSVG), text kept as text in the document's serif,
 * scaled to the width of the page, with its description as the SVG's accessible name and its caption under it.
 * Stateless.
 */
final class HtmlFigure {

    private HtmlFigure() {
    }

    /** The figure as SVG markup alone: an {@code <svg>} element, well-formed XML. */
    static String svg(Figure figure, String id) {
        double w = figure.widthPt();
        double h = figure.heightPt();
        SVGGraphics2D g = new SVGGraphics2D(w, h, SVGUnits.PT);
        // fixed ids, so the same document gives the same page (the default prefix is drawn from the clock)
        g.setDefsKeyPrefix(id + "-");
        g.setFontFunction(family -> family.toLowerCase(Locale.ROOT).contains("liberation serif")
                ? Fonts.FAMILY + ", Liberation Serif, serif" : family);
        try {
            figure.drawing().draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        String svg = g.getSVGElement(id, true, new ViewBox(0, 0, w, h), null, null);
        // the accessible name: a title as the first child
        int open = svg.indexOf('>');
        return svg.substring(0, open) + " role=\"img\" aria-labelledby=\"" + id + "-title\">"
                + "<title id=\"" + id + "-title\">" + HtmlRenderer.escape(figure.description()) + "</title>"
                + svg.substring(open + 1);
    }

    /** Appends the figure, its picture and caption, to {@code sb}; {@code number} makes its ids unique in the page. */
    static void append(StringBuilder sb, Figure figure, int number) {
        sb.append("<figure class=\"figure\">\n").append(svg(figure, "figure-" + number)).append('\n');
        if (!figure.caption().isEmpty()) {
            sb.append("<figcaption>").append(HtmlRenderer.escape(figure.caption())).append("</figcaption>\n");
        }
        sb.append("</figure>\n");
    }
}
