package vn.dialogue.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import vn.dialogue.export.internal.Fonts;
import vn.dialogue.export.internal.TextWidth;
import vn.dialogue.export.layout.AdministrativeHeader;
import vn.dialogue.export.layout.Alignment;
import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.BulletList;
import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.Figure;
import vn.dialogue.export.layout.FoldedCard;
import vn.dialogue.export.layout.Heading;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.LayoutRenderer;
import vn.dialogue.export.layout.ListItem;
import vn.dialogue.export.layout.PageBreak;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.layout.SignatureFooter;
import vn.dialogue.export.layout.Table;

/**
 * Renders a {@link LayoutDocument} as DOCX in the format of Nghị định 30/2020: A4 (or the setup's
 * paper) and margins written explicitly into the section (word processors otherwise fall back to
 * US Letter), "Times New Roman", page numbers centred in the top margin from page 2 on (none at all
 * in a document of {@link FoldedCard}s, each of which fills a page: its upper half prints the face upside down, in a
 * text box turned by 180 degrees, so that the folded card reads from both sides). Merged letters are a section each,
 * numbered from 1; a letter's subject ("V/v ...") prints under the number; the paragraph before the signature block
 * keeps with it, and the block itself never splits. Every run is Vietnamese ({@code w:lang} in the default run
 * properties), so word processors check the spelling in Vietnamese. A line feed in a table cell
 * is a line break. The package carries the document's timestamp as its created and modified dates
 * and as every zip entry's time, so the same document gives byte-identical files.
 *
 * <p>The body ({@code word/document.xml}) is written as a stream of markup straight from the
 * blocks, and the parts that never change are compressed once per JVM: no object tree is built,
 * which made a long merged document several times slower than its text. Stateless and thread-safe.
 */
public final class DocxRenderer implements LayoutRenderer {

    private static final double TWIPS_PER_MM = 1440 / 25.4;
    /** First-line indent of body paragraphs: 1.27 cm. */
    private static final int FIRST_LINE_INDENT = 720;
    /** At least 6 pt between paragraphs, in twentieths of a point. */
    private static final int SPACE_AFTER = 120;
    private static final int CELL_MARGIN = 57;

    private static final String FONTS = "<w:rFonts w:ascii=\"" + Fonts.FAMILY + "\" w:hAnsi=\"" + Fonts.FAMILY
            + "\" w:cs=\"" + Fonts.FAMILY + "\" w:eastAsia=\"" + Fonts.FAMILY + "\"/>";
    /** Single line spacing, nothing before or after. */
    private static final String COMPACT = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>";
    private static final String COMPACT_PARAGRAPH = "<w:p><w:pPr>" + COMPACT + "</w:pPr>";
    private static final String CENTRED_PARAGRAPH = "<w:p><w:pPr>" + COMPACT + "<w:jc w:val=\"center\"/></w:pPr>";
    private static final String BODY_SPACING = "<w:spacing w:before=\"0\" w:after=\"" + SPACE_AFTER
            + "\" w:line=\"276\" w:lineRule=\"auto\"/>";
    private static final DateTimeFormatter W3CDTF = DateTimeFormatter.ISO_INSTANT;

    private DocxRenderer() {
    }

    /**
     * The renderer.
     *
     * @return the renderer
     */
    public static DocxRenderer create() {
        return new DocxRenderer();
    }

    @Override
    public void render(LayoutDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        boolean cards = document.blocks().stream().anyMatch(b -> b instanceof FoldedCard);
        Writer writer = new Writer(document, !cards);
        XmlBytes body = writer.write();
        DocxPackage.write(out, document.info().timestamp(), core(document.info()), body, !cards, writer.pictures);
        out.flush();
    }

    /** The core properties: title, author and the timestamp as created and modified dates. */
    private static XmlBytes core(DocumentInfo info) {
        String stamp = W3CDTF.format(info.timestamp().truncatedTo(ChronoUnit.SECONDS));
        return new XmlBytes(1024)
                .raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .raw(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .raw(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
                .raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").raw(stamp).raw("</dcterms:created>")
                .raw("<dc:creator>").text(info.author()).raw("</dc:creator>")
                .raw("<cp:lastModifiedBy>").text(info.author()).raw("</cp:lastModifiedBy>")
                .raw("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").raw(stamp).raw("</dcterms:modified>")
                .raw("<dc:title>").text(info.title()).raw("</dc:title>")
                .raw("</cp:coreProperties>");
    }

    /** One pass over one document, writing its body. */
    private static final class Writer {
        private final LayoutDocument source;
        private final boolean pageNumbers;
        private final XmlBytes x;
        private final double body;
        private final int textWidth;
        /** Top-level paragraphs and tables written so far. */
        private int elements;
        /** The block being written is the last before the signature block: its (last) paragraph keeps with it. */
        private boolean keepNext;
        /** Cards written so far: the ids of their text boxes. */
        private int cards;
        /** The PNG of each figure, in order: media parts {@code word/media/figure-N.png}. */
        final java.util.List<byte[]> pictures = new java.util.ArrayList<>();

        Writer(LayoutDocument source, boolean pageNumbers) {
            this.source = source;
            this.pageNumbers = pageNumbers;
            // about 600 bytes of markup a block: grows if needed
            this.x = new XmlBytes(4096 + source.blocks().size() * 600);
            this.body = source.page().bodyFontSize();
            this.textWidth = twips(source.page().textWidthMm());
        }

        XmlBytes write() {
            x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                    .raw("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"")
                    .raw(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"")
                    .raw(" xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>");
            List<Block> blocks = source.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                if (block instanceof AdministrativeHeader h && next instanceof DocumentTitle t && t.isLetterSubject()) {
                    // a letter's "V/v ..." goes under the number in the header's left column (Phụ lục I)
                    header(h, t.subjectLines());
                    i++;
                } else if (next instanceof SignatureFooter) {
                    keepNext = true;
                    block(block);
                    keepNext = false;
                } else {
                    block(block);
                }
            }
            section();
            x.raw("</w:body></w:document>");
            return x;
        }

        /**
         * The properties of a section: those of the last in the body's own, those of the others in the paragraph that
         * ends them. Every section numbers its pages from 1, the first page unnumbered, so the letters of a merged
         * document each read as the document they are.
         */
        private void section() {
            PageSetup page = source.page();
            x.raw("<w:sectPr>");
            if (pageNumbers) {
                // page numbers centred in the top margin, none on the first page
                x.raw("<w:headerReference w:type=\"first\" r:id=\"").raw(DocxPackage.FIRST_HEADER_ID).raw("\"/>")
                        .raw("<w:headerReference w:type=\"default\" r:id=\"").raw(DocxPackage.DEFAULT_HEADER_ID)
                        .raw("\"/>");
            }
            x.raw("<w:pgSz w:w=\"").num(twips(page.pageWidthMm())).raw("\" w:h=\"").num(twips(page.pageHeightMm()));
            if (page.orientation() == PageSetup.Orientation.LANDSCAPE) {
                x.raw("\" w:orient=\"landscape");
            }
            PageSetup.Margins m = page.margins();
            x.raw("\"/><w:pgMar w:top=\"").num(twips(m.top())).raw("\" w:bottom=\"").num(twips(m.bottom()))
                    .raw("\" w:left=\"").num(twips(m.left())).raw("\" w:right=\"").num(twips(m.right()))
                    .raw("\" w:header=\"").num(twips(m.top() / 2)).raw("\" w:footer=\"").num(twips(m.bottom() / 2))
                    .raw("\" w:gutter=\"0\"/>");
            if (pageNumbers) {
                x.raw("<w:pgNumType w:start=\"1\"/><w:titlePg/>");
            }
            x.raw("</w:sectPr>");
        }

        private void block(Block block) {
            if (block instanceof AdministrativeHeader h) {
                header(h);
            } else if (block instanceof DocumentTitle t) {
                title(t);
            } else if (block instanceof Heading h) {
                bodyParagraph(Alignment.JUSTIFY, true, true, 0);
                run(h.label(), true, false, body);
                runs(h.continuation());
                x.raw("</w:p>");
            } else if (block instanceof Paragraph p) {
                bodyParagraph(p.alignment(), p.firstLineIndent(), keepNext, 0);
                runs(p.runs());
                x.raw("</w:p>");
            } else if (block instanceof BulletList l) {
                list(l);
            } else if (block instanceof Table t) {
                table(t);
            } else if (block instanceof SignatureFooter f && f.isJoint()) {
                jointSignatures(f);
                footer(new SignatureFooter(f.recipientsLabel(), f.recipients(),
                        vn.dialogue.export.layout.Signature.blank()));
            } else if (block instanceof SignatureFooter f) {
                footer(f);
            } else if (block instanceof PageBreak b) {
                if (b.restartsNumbering()) {
                    // the section of the letter before ends here; the next one starts on a new page, numbered anew
                    x.raw("<w:p><w:pPr>");
                    section();
                    x.raw("</w:pPr></w:p>");
                } else {
                    x.raw("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
                }
                elements++;
            } else if (block instanceof FoldedCard c) {
                card(c);
            } else if (block instanceof Figure f) {
                figure(f);
            } else {
                throw new IllegalStateException("no DOCX layout for " + block.getClass().getSimpleName());
            }
        }

        private void header(AdministrativeHeader h) {
            header(h, List.of());
        }

        /** The header; a letter's subject lines, if any, under the number in the left column, regular, 12 pt. */
        private void header(AdministrativeHeader h, List<String> subject) {
            int left = textWidth * 2 / 5;
            int right = textWidth - left;
            layoutTable(left, right);
            x.raw("<w:tr>");
            cell(left);
            for (String line : h.parentBody()) {
                centred(line, false, false, 13);
            }
            for (String line : h.issuingBody()) {
                centred(line, true, false, 13);
            }
            if (h.issuingBody().isEmpty()) {
                x.raw("<w:p/>");
            }
            rule(left, widest(h.issuingBody(), Fonts.Face.BOLD, 13) / 2, 0);
            x.raw("</w:tc>");
            cell(right);
            centred(h.nationalName(), true, false, 13);
            centred(h.motto(), true, false, 14);
            rule(right, TextWidth.points(h.motto(), Fonts.Face.BOLD, 14), 0);
            x.raw("</w:tc></w:tr><w:tr>");
            cell(left);
            centred(h.numberLine(), false, false, 13);
            if (!subject.isEmpty()) {
                // one paragraph, wrapped by the column (the lines were cut for a title across the page)
                centred(String.join(" ", subject), false, false, 12);
            }
            x.raw("</w:tc>");
            cell(right);
            centred(h.placeAndDate(), false, true, 14);
            x.raw("</w:tc></w:tr></w:tbl>");
            if (!subject.isEmpty()) {
                // the space the title's rule leaves under the header of other documents
                x.raw("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"120\"/></w:pPr></w:p>");
                elements++;
            }
        }

        private void title(DocumentTitle t) {
            if (!t.typeName().isEmpty()) {
                centred(t.typeName(), true, false, 14);
            }
            for (String line : t.subjectLines()) {
                centred(line, true, false, 14);
            }
            if (t.subjectLines().isEmpty()) {
                // the paragraph the subject would have opened stays, empty (as the first, 12 pt below the header)
                x.raw(t.typeName().isEmpty() ? "<w:p><w:pPr><w:spacing w:before=\"240\"/></w:pPr></w:p>" : "<w:p/>");
                elements++;
            }
            float widest = widest(t.subjectLines(), Fonts.Face.BOLD, 14);
            rule(textWidth, Math.max(widest / 3, 60), 240);
            elements++;
        }

        private void list(BulletList list) {
            List<ListItem> items = list.items();
            for (int i = 0; i < items.size(); i++) {
                ListItem item = items.get(i);
                bodyParagraph(Alignment.JUSTIFY, true, keepNext && i == items.size() - 1, FIRST_LINE_INDENT * item.level());
                if (!item.marker().isEmpty()) {
                    run(item.marker() + " ", false, false, body);
                }
                runs(item.runs());
                x.raw("</w:p>");
            }
        }

        private void table(Table t) {
            int cols = t.header().size();
            int total = t.relativeWidths().stream().mapToInt(Integer::intValue).sum();
            int[] widths = new int[cols];
            int sum = 0;
            for (int i = 0; i < cols; i++) {
                widths[i] = textWidth * t.relativeWidths().get(i) / total;
                sum += widths[i];
            }
            x.raw("<w:tbl><w:tblPr><w:tblW w:w=\"").num(sum).raw("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>")
                    .raw("<w:tblBorders><w:top w:val=\"single\"/><w:left w:val=\"single\"/><w:bottom w:val=\"single\"/>")
                    .raw("<w:right w:val=\"single\"/><w:insideH w:val=\"single\"/><w:insideV w:val=\"single\"/>")
                    .raw("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr>");
            grid(widths);
            double size = Math.max(body - 1, 11);
            x.raw("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
            for (int c = 0; c < cols; c++) {
                cell(widths[c]);
                x.raw("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>");
                run(t.header().get(c), true, false, size);
                x.raw("</w:p></w:tc>");
            }
            x.raw("</w:tr>");
            for (List<String> row : t.rows()) {
                x.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
                for (int c = 0; c < cols; c++) {
                    cell(widths[c]);
                    x.raw("<w:p>");
                    String value = row.get(c);
                    if (value.indexOf('\n') < 0) {
                        run(value, false, false, size);
                    } else {
                        String[] lines = value.split("\n", -1);
                        for (int i = 0; i < lines.length; i++) {
                            runStart(false, false, size);
                            t(lines[i]);
                            x.raw(i < lines.length - 1 ? "<w:br/></w:r>" : "</w:r>");
                        }
                    }
                    x.raw("</w:p></w:tc>");
                }
                x.raw("</w:tr>");
            }
            x.raw("</w:tbl><w:p/>");
            elements += 2;
        }

        /**
         * A card on a page of its own: a borderless table of two rows, each a little under half the text height,
         * with a dashed rule between them for the fold, each row holding the face centred.
         */
        private void card(FoldedCard c) {
            if (elements > 0) {
                x.raw(COMPACT_PARAGRAPH).raw("<w:r><w:br w:type=\"page\"/></w:r></w:p>");
            }
            elements += 2;
            PageSetup page = source.page();
            // room for the paragraph Word keeps after a table, so the card never spills onto a second page
            int half = twips((page.pageHeightMm() - page.margins().top() - page.margins().bottom() - 12) / 2);
            x.raw("<w:tbl><w:tblPr><w:tblW w:w=\"").num(textWidth).raw("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>")
                    .raw("<w:tblBorders><w:insideH w:val=\"dashed\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
                    .raw("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr>");
            grid(new int[] {textWidth});
            float width = (float) (page.textWidthMm() * 72 / 25.4) - 12;
            float nameSize = fit(c.name(), Fonts.Face.BOLD, width, 54, 24);
            float[] sizes = new float[c.lines().size()];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = fit(c.lines().get(i), Fonts.Face.REGULAR, width, 20, 12);
            }
            for (int row = 0; row < 2; row++) {
                x.raw("<w:tr><w:trPr><w:trHeight w:val=\"").num(half).raw("\" w:hRule=\"exact\"/><w:cantSplit/></w:trPr>")
                        .raw("<w:tc><w:tcPr><w:tcW w:w=\"").num(textWidth)
                        .raw("\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>");
                if (row == 0) {
                    // the back half upside down: the face in a text box turned by 180 degrees (VML, which Word and
                    // LibreOffice both turn with its text), as tall as the half less the cell's own lines
                    cards++;
                    x.raw(CENTRED_PARAGRAPH).raw("<w:r><w:pict><v:rect id=\"card-back-").num(cards)
                            .raw("\" style=\"width:").num(Math.round((textWidth - 2 * CELL_MARGIN) / 20.0))
                            .raw("pt;height:").num(Math.round((half - 400) / 20.0))
                            .raw("pt;rotation:180;v-text-anchor:middle\" filled=\"f\" stroked=\"f\">")
                            .raw("<v:textbox inset=\"0,0,0,0\"><w:txbxContent>");
                    face(c, nameSize, sizes);
                    x.raw("</w:txbxContent></v:textbox></v:rect></w:pict></w:r></w:p>");
                } else {
                    face(c, nameSize, sizes);
                }
                x.raw("</w:tc></w:tr>");
            }
            x.raw("</w:tbl>");
        }

        /** The face of a card: the name, then the lines under it, centred. */
        private void face(FoldedCard c, float nameSize, float[] sizes) {
            centred(c.name(), true, false, nameSize);
            for (int i = 0; i < sizes.length; i++) {
                x.raw("<w:p><w:pPr><w:spacing w:before=\"80\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>")
                        .raw("<w:jc w:val=\"center\"/></w:pPr>");
                run(c.lines().get(i), false, false, sizes[i]);
                x.raw("</w:p>");
            }
        }

        /** A figure: its picture in a centred paragraph of its own, kept with the caption under it. */
        private void figure(Figure f) {
            PageSetup page = source.page();
            double room = (page.pageHeightMm() - page.margins().top() - page.margins().bottom()) * 72 / 25.4
                    - 3 * body * 1.2;
            DocxFigure.Picture picture = DocxFigure.paint(f, page.textWidthMm() * 72 / 25.4, room);
            pictures.add(picture.png());
            int number = pictures.size();
            x.raw("<w:p><w:pPr>").raw(f.caption().isEmpty() ? "" : "<w:keepNext/>")
                    .raw("<w:spacing w:before=\"80\" w:after=\"40\"/><w:jc w:val=\"center\"/></w:pPr><w:r>");
            DocxFigure.inline(x, picture, number, DocxPackage.pictureId(number), f.description());
            x.raw("</w:r></w:p>");
            elements++;
            if (!f.caption().isEmpty()) {
                x.raw("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"").num(SPACE_AFTER)
                        .raw("\"/><w:jc w:val=\"center\"/></w:pPr>");
                run(f.caption(), false, true, Math.max(body - 1, 11));
                x.raw("</w:p>");
                elements++;
            }
        }

        private static float fit(String text, Fonts.Face face, float width, float max, float min) {
            float at = TextWidth.points(text, face, max);
            return at <= width ? max : Math.max(min, (float) Math.floor(max * width / at));
        }

        private void footer(SignatureFooter f) {
            int left = textWidth * 9 / 20;
            int right = textWidth - left;
            layoutTable(left, right);
            // the block on one page, with the paragraph before it (which keeps with it)
            x.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            cell(left);
            x.raw(COMPACT_PARAGRAPH);
            run(f.recipientsLabel(), true, true, 12);
            x.raw("</w:p>");
            for (ListItem item : f.recipients()) {
                if (item.level() > 0) {
                    x.raw("<w:p><w:pPr>").raw(COMPACT).raw("<w:ind w:left=\"").num(284 * item.level())
                            .raw("\"/></w:pPr>");
                } else {
                    x.raw(COMPACT_PARAGRAPH);
                }
                run(item.printed(), false, false, 11);
                x.raw("</w:p>");
            }
            x.raw("</w:tc>");
            cell(right);
            List<String> authority = f.signature().authorityLines();
            for (String line : authority) {
                centred(line, true, false, 14);
            }
            if (authority.isEmpty()) {
                x.raw("<w:p/>");
            }
            for (int i = 0; i < 4; i++) {
                x.raw(COMPACT_PARAGRAPH).raw("</w:p>");
            }
            centred(f.signature().signerName(), true, false, 14);
            x.raw("</w:tc></w:tr></w:tbl>");
        }

        /** A joint document's signatures on one row, the lead issuer's on the right (Nghị định 30/2020, Phụ lục I). */
        private void jointSignatures(SignatureFooter f) {
            List<vn.dialogue.export.layout.Signature> all = f.signaturesLeftToRight();
            int each = textWidth / all.size();
            int[] widths = new int[all.size()];
            java.util.Arrays.fill(widths, each);
            x.raw("<w:tbl><w:tblPr><w:tblW w:w=\"").num(each * all.size()).raw("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>")
                    .raw("<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"").num(CELL_MARGIN)
                    .raw("\" w:type=\"dxa\"/><w:right w:w=\"").num(CELL_MARGIN).raw("\" w:type=\"dxa\"/></w:tblCellMar>")
                    .raw("</w:tblPr>");
            grid(widths);
            elements++;
            // authority lines on one row, names on the next: the names line up however the lines wrap
            x.raw("<w:tr>");
            for (vn.dialogue.export.layout.Signature s : all) {
                cell(each);
                for (String line : s.authorityLines()) {
                    centred(line, true, false, 13);
                }
                if (s.authorityLines().isEmpty()) {
                    x.raw("<w:p/>");
                }
                x.raw("</w:tc>");
            }
            x.raw("</w:tr><w:tr>");
            for (vn.dialogue.export.layout.Signature s : all) {
                cell(each);
                for (int i = 0; i < 4; i++) {
                    x.raw(COMPACT_PARAGRAPH).raw("</w:p>");
                }
                centred(s.signerName(), true, false, 14);
                x.raw("</w:tc>");
            }
            x.raw("</w:tr></w:tbl>");
            x.raw(COMPACT_PARAGRAPH).raw("</w:p>");
        }

        /** Opens a borderless fixed table of two columns centred on the text width, with narrow cell margins. */
        private void layoutTable(int left, int right) {
            x.raw("<w:tbl><w:tblPr><w:tblW w:w=\"").num(left + right).raw("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>")
                    .raw("<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"").num(CELL_MARGIN)
                    .raw("\" w:type=\"dxa\"/><w:right w:w=\"").num(CELL_MARGIN).raw("\" w:type=\"dxa\"/></w:tblCellMar>")
                    .raw("</w:tblPr>");
            grid(new int[] {left, right});
            elements++;
        }

        private void grid(int[] widths) {
            x.raw("<w:tblGrid>");
            for (int w : widths) {
                x.raw("<w:gridCol w:w=\"").num(w).raw("\"/>");
            }
            x.raw("</w:tblGrid>");
        }

        private void cell(int width) {
            x.raw("<w:tc><w:tcPr><w:tcW w:w=\"").num(width).raw("\" w:type=\"dxa\"/></w:tcPr>");
        }

        /** Opens a body paragraph: justified or aligned, 6 pt after, 1.15 lines, the first line indented. */
        private void bodyParagraph(Alignment alignment, boolean indent, boolean keepNext, int left) {
            x.raw("<w:p><w:pPr>");
            if (keepNext) {
                x.raw("<w:keepNext/>");
            }
            x.raw(BODY_SPACING);
            if (indent || left > 0) {
                x.raw("<w:ind");
                if (left > 0) {
                    x.raw(" w:left=\"").num(left).raw("\"");
                }
                if (indent) {
                    x.raw(" w:firstLine=\"").num(FIRST_LINE_INDENT).raw("\"");
                }
                x.raw("/>");
            }
            x.raw("<w:jc w:val=\"").raw(alignment(alignment)).raw("\"/></w:pPr>");
            elements++;
        }

        /** A paragraph of one centred run, single spaced, nothing before or after. */
        private void centred(String text, boolean bold, boolean italic, double size) {
            x.raw(CENTRED_PARAGRAPH);
            run(text, bold, italic, size);
            x.raw("</w:p>");
            elements++;
        }

        /** An empty paragraph whose top border is a rule {@code points} long, centred in {@code available} twips. */
        private void rule(int available, float points, int after) {
            int length = Math.min(available - 2 * CELL_MARGIN, Math.round(points * 20));
            int side = Math.max(0, (available - 2 * CELL_MARGIN - length) / 2);
            x.raw("<w:p><w:pPr><w:pBdr><w:top w:val=\"single\"/></w:pBdr><w:spacing w:before=\"0\" w:after=\"")
                    .num(after).raw("\" w:line=\"40\" w:lineRule=\"exact\"/><w:ind w:left=\"").num(side)
                    .raw("\" w:right=\"").num(side).raw("\"/><w:jc w:val=\"center\"/></w:pPr></w:p>");
        }

        private void runs(List<Run> runs) {
            for (Run r : runs) {
                run(r.text(), r.bold(), r.italic(), body);
            }
        }

        private void run(String text, boolean bold, boolean italic, double size) {
            runStart(bold, italic, size);
            t(text);
            x.raw("</w:r>");
        }

        private void runStart(boolean bold, boolean italic, double size) {
            x.raw("<w:r><w:rPr>").raw(FONTS);
            if (bold) {
                x.raw("<w:b/>");
            }
            if (italic) {
                x.raw("<w:i/>");
            }
            x.raw("<w:sz w:val=\"").num(Math.round(size * 2)).raw("\"/></w:rPr>");
        }

        /** The text element, keeping leading, trailing and repeated spaces. */
        private void t(String text) {
            if (text.isEmpty()) {
                x.raw("<w:t/>");
                return;
            }
            if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))
                    || text.contains("  ")) {
                x.raw("<w:t xml:space=\"preserve\">");
            } else {
                x.raw("<w:t>");
            }
            x.text(text).raw("</w:t>");
        }

        private static float widest(List<String> lines, Fonts.Face face, float size) {
            float max = 0;
            for (String l : lines) {
                max = Math.max(max, TextWidth.points(l, face, size));
            }
            return max;
        }

        private static String alignment(Alignment a) {
            switch (a) {
                case LEFT:
                    return "left";
                case CENTER:
                    return "center";
                case RIGHT:
                    return "right";
                default:
                    return "both";
            }
        }

        private static int twips(double mm) {
            return (int) Math.round(mm * TWIPS_PER_MM);
        }
    }
}
