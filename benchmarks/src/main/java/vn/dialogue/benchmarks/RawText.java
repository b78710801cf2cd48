package vn.dialogue.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.dialogue.export.layout.AdministrativeHeader;
import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.BulletList;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.FoldedCard;
import vn.dialogue.export.layout.Heading;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.ListItem;
import vn.dialogue.export.layout.PageBreak;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.layout.SignatureFooter;
import vn.dialogue.export.layout.Table;

/**
 * The baseline of the document workloads: the same text as a library document, written with the
 * raw library underneath (POI's XWPF for DOCX, OpenPDF for PDF) in the same font and size, as plain
 * paragraphs (bold where the library prints bold, centred titles), tables as plain tables and page
 * breaks where the library breaks pages (a folded card's face twice, as the library prints it on
 * both halves of its page). No administrative layout, no widths, no numbering, no
 * fixed timestamps: what a programmer would write by hand to get the words on the page.
 */
final class RawText {

    /** One piece of the text: a paragraph, a table or a page break. */
    sealed interface Piece permits Line, Grid, Break {
    }

    /** A paragraph. */
    record Line(String text, boolean bold, boolean centred) implements Piece {
    }

    /** A table, header first. */
    record Grid(List<List<String>> rows) implements Piece {
    }

    /** A page break. */
    record Break() implements Piece {
    }

    private static final String FONT_DIR = "com/mpobjects/jasperreports/fonts/liberation/";
    private static final float SIZE = 14f;

    private final List<Piece> pieces;
    private final boolean landscape;

    private RawText(List<Piece> pieces, boolean landscape) {
        this.pieces = List.copyOf(pieces);
        this.landscape = landscape;
    }

    /** The text of {@code document}, piece by piece. */
    static RawText of(LayoutDocument document) {
        List<Piece> out = new ArrayList<>();
        for (Block b : document.blocks()) {
            if (b instanceof AdministrativeHeader h) {
                h.parentBody().forEach(s -> out.add(new Line(s, false, true)));
                h.issuingBody().forEach(s -> out.add(new Line(s, true, true)));
                out.add(new Line(h.numberLine(), false, true));
                out.add(new Line(h.nationalName(), true, true));
                out.add(new Line(h.motto(), true, true));
                out.add(new Line(h.placeAndDate(), false, false));
            } else if (b instanceof DocumentTitle t) {
                out.add(new Line(t.typeName(), true, true));
                t.subjectLines().forEach(s -> out.add(new Line(s, true, true)));
            } else if (b instanceof Heading h) {
                out.add(new Line(h.label() + text(h.continuation()), true, false));
            } else if (b instanceof vn.dialogue.export.layout.Paragraph p) {
                out.add(new Line(text(p.runs()), p.runs().stream().allMatch(Run::bold), false));
            } else if (b instanceof BulletList l) {
                l.items().forEach(i -> out.add(new Line(i.printed(), false, false)));
            } else if (b instanceof Table t) {
                List<List<String>> rows = new ArrayList<>();
                rows.add(t.header());
                rows.addAll(t.rows());
                out.add(new Grid(rows));
            } else if (b instanceof SignatureFooter f) {
                out.add(new Line(f.recipientsLabel(), true, false));
                f.recipients().stream().map(ListItem::printed).forEach(s -> out.add(new Line(s, false, false)));
                f.signature().authorityLines().forEach(s -> out.add(new Line(s, true, true)));
                out.add(new Line(f.signature().signerName(), true, true));
            } else if (b instanceof PageBreak) {
                out.add(new Break());
            } else if (b instanceof FoldedCard c) {
                // a folded card prints its face on both halves of its page
                for (int half = 0; half < 2; half++) {
                    out.add(new Line(c.name(), true, true));
                    c.lines().forEach(s -> out.add(new Line(s, false, true)));
                }
                out.add(new Break());
            }
        }
        return new RawText(out, document.page().orientation() == PageSetup.Orientation.LANDSCAPE);
    }

    private static String text(List<Run> runs) {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }

    /** The pieces, in order. */
    List<Piece> pieces() {
        return pieces;
    }

    /** Writes the text as DOCX with raw POI. */
    void writeDocx(OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (Piece piece : pieces) {
                if (piece instanceof Line l) {
                    XWPFParagraph p = doc.createParagraph();
                    if (l.centred()) {
                        p.setAlignment(ParagraphAlignment.CENTER);
                    }
                    XWPFRun run = p.createRun();
                    run.setFontFamily("Times New Roman");
                    run.setFontSize(SIZE);
                    run.setBold(l.bold());
                    run.setText(l.text());
                } else if (piece instanceof Grid g) {
                    int cols = g.rows().get(0).size();
                    XWPFTable table = doc.createTable(g.rows().size(), cols);
                    for (int r = 0; r < g.rows().size(); r++) {
                        for (int c = 0; c < cols; c++) {
                            table.getRow(r).getCell(c).setText(g.rows().get(r).get(c));
                        }
                    }
                } else {
                    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
            }
            doc.write(out);
        }
        out.flush();
    }

    /** The Liberation Serif faces a raw OpenPDF program would load once and reuse: regular, bold. */
    static final class PdfFonts {
        final BaseFont regular;
        final BaseFont bold;

        PdfFonts() {
            regular = font("LiberationSerif-Regular.ttf");
            bold = font("LiberationSerif-Bold.ttf");
        }

        private static BaseFont font(String file) {
            try (InputStream in = RawText.class.getClassLoader().getResourceAsStream(FONT_DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException(FONT_DIR + file + " is not on the class path");
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Writes the text as PDF with raw OpenPDF, embedding the fonts as subsets. */
    void writePdf(PdfFonts fonts, OutputStream out) throws IOException {
        Font regular = new Font(fonts.regular, SIZE);
        Font bold = new Font(fonts.bold, SIZE);
        Document doc = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 85f, 57f, 57f, 57f);
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            for (Piece piece : pieces) {
                if (piece instanceof Line l) {
                    Paragraph p = new Paragraph(l.text(), l.bold() ? bold : regular);
                    if (l.centred()) {
                        p.setAlignment(Element.ALIGN_CENTER);
                    }
                    doc.add(p);
                } else if (piece instanceof Grid g) {
                    PdfPTable table = new PdfPTable(g.rows().get(0).size());
                    table.setWidthPercentage(100);
                    for (List<String> row : g.rows()) {
                        for (String cell : row) {
                            table.addCell(new com.lowagie.text.Phrase(cell, regular));
                        }
                    }
                    doc.add(table);
                } else {
                    doc.newPage();
                }
            }
        } catch (DocumentException e) {
            throw new IOException(e);
        } finally {
            doc.close();
        }
        out.flush();
    }
}
