package vn.dialogue.export.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import vn.dialogue.export.layout.Figure;

/**
 * A {@link Figure} in a DOCX: its drawing painted into a PNG at print resolution (up to 300 dots per inch, fewer for a
 * figure so large that its picture would pass 24 million pixels), stored as a media part, placed in the flow as an
 * inline picture of the figure's size (shrunk to the text width), centred. Stateless.
 */
final class DocxFigure {

    /** Dots per inch of the pictures: print resolution. */
    static final int DPI = 300;
    private static final double MAX_PIXELS = 24e6;
    /** English Metric Units per point. */
    private static final long EMU_PER_PT = 12700;

    private DocxFigure() {
    }

    /** The picture: its PNG bytes and its size in points as placed. */
    record Picture(byte[] png, double widthPt, double heightPt) {
        long widthEmu() {
            return Math.round(widthPt * EMU_PER_PT);
        }

        long heightEmu() {
            return Math.round(heightPt * EMU_PER_PT);
        }
    }

    /** Paints {@code figure}, placed at most {@code maxWidthPt} wide. */
    static Picture paint(Figure figure, double maxWidthPt, double maxHeightPt) {
        double w = figure.widthPt();
        double h = figure.heightPt();
        double dpi = Math.min(DPI, 72 * Math.sqrt(MAX_PIXELS / (w * h)));
        double scale = dpi / 72;
        int pw = Math.max(1, (int) Math.round(w * scale));
        int ph = Math.max(1, (int) Math.round(h * scale));
        BufferedImage image = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, pw, ph);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            figure.drawing().draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        double fit = Math.min(1, Math.min(maxWidthPt / w, maxHeightPt / h));
        return new Picture(png(image, dpi), w * fit, h * fit);
    }

    /** The image as PNG, with its resolution recorded (pHYs), so that viewers show it at its size. */
    private static byte[] png(BufferedImage image, double dpi) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                        param);
                String format = "javax_imageio_png_1.0";
                IIOMetadataNode root = new IIOMetadataNode(format);
                IIOMetadataNode phys = new IIOMetadataNode("pHYs");
                String perMetre = Long.toString(Math.round(dpi / 0.0254));
                phys.setAttribute("pixelsPerUnitXAxis", perMetre);
                phys.setAttribute("pixelsPerUnitYAxis", perMetre);
                phys.setAttribute("unitSpecifier", "meter");
                root.appendChild(phys);
                meta.mergeTree(format, root);
                writer.write(null, new IIOImage(image, null, meta), param);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a figure as PNG", e);
        }
    }

    /** The inline drawing of picture {@code number} (1-based), related as {@code relId}, as WordprocessingML. */
    static void inline(XmlBytes x, Picture p, int number, String relId, String description) {
        String a = "http://schemas.openxmlformats.org/drawingml/2006/main";
        String pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
        x.raw("<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" ")
                .raw("xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">")
                .raw("<wp:extent cx=\"").num(p.widthEmu()).raw("\" cy=\"").num(p.heightEmu()).raw("\"/>")
                .raw("<wp:docPr id=\"").num(number).raw("\" name=\"Figure ").num(number).raw("\" descr=\"")
                .attr(description).raw("\"/>")
                .raw("<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"").raw(a)
                .raw("\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
                .raw("<a:graphic xmlns:a=\"").raw(a).raw("\"><a:graphicData uri=\"").raw(pic).raw("\">")
                .raw("<pic:pic xmlns:pic=\"").raw(pic).raw("\"><pic:nvPicPr><pic:cNvPr id=\"").num(number)
                .raw("\" name=\"figure-").num(number).raw(".png\"/><pic:cNvPicPr/></pic:nvPicPr>")
                .raw("<pic:blipFill><a:blip r:embed=\"").raw(relId).raw("\"/><a:stretch><a:fillRect/></a:stretch>")
                .raw("</pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").num(p.widthEmu())
                .raw("\" cy=\"").num(p.heightEmu()).raw("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/>")
                .raw("</a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>");
    }
}
