package vn.dialogue.export.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.function.Function;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import vn.dialogue.export.internal.Fonts;
import vn.dialogue.export.layout.Figure;

/**
 * A {@link Figure} in a PDF: its drawing painted through OpenPDF's {@code PdfGraphics2D} into a form XObject (vector
 * paths, and text in the document's own embedded Liberation faces, so it extracts), placed in the flow as an image
 * of that form, centred, shrunk to the room it has. Stateless.
 */
final class PdfFigure {

    private PdfFigure() {
    }

    /**
     * Adds the figure's picture to {@code doc}.
     *
     * @param faces     the document's faces, embedded as subsets
     * @param maxWidth  the text width, in points
     * @param maxHeight the most height the picture may take, in points
     */
    static void add(Document doc, PdfWriter writer, Figure figure, Function<Fonts.Face, BaseFont> faces,
                    float maxWidth, float maxHeight) throws DocumentException {
        float w = (float) figure.widthPt();
        float h = (float) figure.heightPt();
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate template = cb.createTemplate(w, h);
        Graphics2D g = template.createGraphics(w, h, new Mapper(faces));
        try {
            figure.drawing().draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlignment(Image.MIDDLE);
        if (w > maxWidth || h > maxHeight) {
            image.scaleToFit(maxWidth, maxHeight);
        }
        image.setSpacingBefore(4);
        image.setSpacingAfter(2);
        doc.add(image);
    }

    /** Maps the AWT fonts of a drawing to the document's faces: every text is set in the embedded serif. */
    private static final class Mapper implements FontMapper {
        private final Function<Fonts.Face, BaseFont> faces;

        Mapper(Function<Fonts.Face, BaseFont> faces) {
            this.faces = faces;
        }

        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return faces.apply(Fonts.faceOf(font));
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            String name = font.getPostscriptFontName().toLowerCase(java.util.Locale.ROOT);
            return Fonts.awt(name.contains("bold"), name.contains("italic"), size);
        }
    }
}
