package vn.dialogue.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;

import org.apache.commons.io.output.CloseShieldOutputStream;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import vn.dialogue.export.internal.Fonts;
import vn.dialogue.export.layout.AdministrativeHeader;
import vn.dialogue.export.layout.Alignment;
import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.BulletList;
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
 * Renders a {@link LayoutDocument} as PDF in the format of Nghị định 30/2020, in Liberation Serif
 * (Times New Roman metrics, full Vietnamese coverage) embedded as subsets with Identity-H
 * encoding, so the text extracts exactly. Page numbers are centred in the top margin from page 2
 * on (each letter of a merged document numbered from its own first page; a letter's subject under the number in the
 * header; the last paragraph and the signature block kept on one page), except on the pages of {@link FoldedCard}s, whose upper half is printed turned by 180 degrees. Creation and modification dates are the document's timestamp, the subset prefixes and the
 * file identifier derive from the content, so the same document gives byte-identical files.
 * Thread-safe: the parsed faces are reused from document to document, a set of them lent to one
 * document at a time (OpenPDF keeps what a document uses in the document's writer, not in the face;
 * each document seeds the face's subset prefix anew).
 */
public final class PdfRenderer implements LayoutRenderer {

    private static final float PT_PER_MM = 72f / 25.4f;
    /** First-line indent of body paragraphs: 1.27 cm. */
    private static final float FIRST_LINE_INDENT = 36f;
    private static final float SPACE_AFTER = 6f;
    private static final float LEADING = 1.2f;
    /**
     * Deflate level of the page contents and the font subsets: the fastest. Text operators and glyph
     * outlines shrink almost as well as at the default level, for a fraction of the CPU.
     */
    private static final int COMPRESSION = java.util.zip.Deflater.BEST_SPEED;

    /**
     * Parsed faces not lent to a document now. Parsing a TrueType file costs more than laying out a short
     * document; a set is borrowed for one document and given back after, so concurrent renderings never
     * share a face, and there are never more sets than renderings at the same time.
     */
    private static final ConcurrentLinkedDeque<Map<Fonts.Face, BaseFont>> FACES = new ConcurrentLinkedDeque<>();

    private PdfRenderer() {
    }

    /**
     * The renderer.
     *
     * @return the renderer
     */
    public static PdfRenderer create() {
        return new PdfRenderer();
    }

    @Override
    public void render(LayoutDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        Map<Fonts.Face, BaseFont> faces = FACES.poll();
        if (faces == null) {
            faces = new EnumMap<>(Fonts.Face.class);
        }
        try {
            new Writer(document, faces).write(out);
        } catch (DocumentException e) {
            throw new IOException("cannot lay out the PDF of '" + document.info().title() + "': " + e.getMessage(), e);
        } finally {
            FACES.push(faces);
        }
        out.flush();
    }

    /** One rendering pass over one document. */
    private static final class Writer {
        private final LayoutDocument source;
        /** The borrowed faces, parsed once and reused; those this document has seeded. */
        private final Map<Fonts.Face, BaseFont> fonts;
        private final Set<Fonts.Face> seeded = EnumSet.noneOf(Fonts.Face.class);
        private final float body;
        private final float textWidth;
        /** Computed once: the seed of the subset prefixes and the file identifier. */
        private final byte[] digest;
        /** Pages that hold a folded card: no page number there. */
        private final Set<Integer> cardPages = new HashSet<>();
        /** The page the current letter starts on (1 until a break starts a new letter): pages are numbered from it. */
        private final int[] letterStart = {1};
        private @org.jspecify.annotations.Nullable PdfWriter pdf;
        /** A folded card filled the current page: the next block starts a new one. */
        private boolean pageFull;

        Writer(LayoutDocument source, Map<Fonts.Face, BaseFont> fonts) {
            this.source = source;
            this.fonts = fonts;
            this.body = (float) source.page().bodyFontSize();
            this.textWidth = (float) source.page().textWidthMm() * PT_PER_MM;
            this.digest = ContentDigest.of(source);
        }

        /**
         * The face, parsed when a document first uses it and reused by later ones: parsing a TrueType file is
         * a large part of a short document's cost, and many documents never print italic or bold italic. Its
         * subset prefix is seeded, when this document first uses it, by the content digest and the face, so
         * the output stays byte-identical whichever documents used the face before.
         */
        private BaseFont face(Fonts.Face face) {
            BaseFont font = fonts.get(face);
            if (font == null) {
                font = Fonts.pdfFont(face);
                font.setCompressionLevel(COMPRESSION);
                fonts.put(face, font);
            }
            if (seeded.add(face)) {
                long seed = 0;
                for (int i = 0; i < 8; i++) {
                    seed = (seed << 8) | (digest[i] & 0xff);
                }
                font.setSecureRandom(new FixedRandom(seed + face.ordinal()));
            }
            return font;
        }

        void write(OutputStream out) throws DocumentException {
            PageSetup page = source.page();
            Rectangle size = new Rectangle((float) page.pageWidthMm() * PT_PER_MM, (float) page.pageHeightMm() * PT_PER_MM);
            PageSetup.Margins m = page.margins();
            Document doc = new Document(size, mm(m.left()), mm(m.right()), mm(m.top()), mm(m.bottom()));
            PdfWriter writer = PdfWriter.getInstance(doc, CloseShieldOutputStream.wrap(out));
            pdf = writer;
            writer.setCompressionLevel(COMPRESSION);
            writer.setPageEvent(new PageNumbers(font(false, false, 13), mm(m.top()), cardPages, letterStart));
            doc.addTitle(source.info().title());
            doc.addAuthor(source.info().author());
            doc.addCreator("dialogue");
            doc.open();
            PdfDate stamp = new PdfDate(calendar());
            writer.getInfo().put(PdfName.CREATIONDATE, stamp);
            writer.getInfo().put(PdfName.MODDATE, stamp);
            byte[] id = digest;
            PdfArray fileId = new PdfArray();
            fileId.add(new PdfString(java.util.Arrays.copyOf(id, 16)).setHexWriting(true));
            fileId.add(new PdfString(java.util.Arrays.copyOf(id, 16)).setHexWriting(true));
            writer.getInfo().put(PdfName.FILEID, fileId);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(source.info().language().toLanguageTag()));
            List<Block> blocks = source.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                if (block instanceof AdministrativeHeader h && next instanceof DocumentTitle t && t.isLetterSubject()) {
                    // a letter's "V/v ..." goes under the number in the header's left column (Phụ lục I)
                    newPageIfFull(doc);
                    doc.add(header(h, t.subjectLines()));
                    i++;
                } else if (next instanceof SignatureFooter f && (block instanceof Paragraph || block instanceof BulletList)) {
                    newPageIfFull(doc);
                    keptWithSignature(doc, block, f);
                    i++;
                } else {
                    block(doc, block);
                }
            }
            doc.close();
        }

        private void newPageIfFull(Document doc) {
            if (pageFull) {
                doc.newPage();
                pageFull = false;
            }
        }

        /**
         * The last paragraph (or list item) of a letter and the signature block after it, on one page: where both do
         * not fit in what is left of the page, they start the next one, so the signature never stands alone.
         */
        private void keptWithSignature(Document doc, Block last, SignatureFooter f) throws DocumentException {
            List<com.lowagie.text.Paragraph> before = new java.util.ArrayList<>();
            if (last instanceof Paragraph para) {
                before.add(paragraph(para));
            } else if (last instanceof BulletList l) {
                for (ListItem item : l.items()) {
                    before.add(item(item));
                }
            }
            PdfPTable footer = footer(f);
            PdfWriter writer = Objects.requireNonNull(pdf, "writer");
            com.lowagie.text.Paragraph kept = before.get(before.size() - 1);
            float needed = height(kept) + footer.calculateHeights(true) + footer.spacingBefore();
            float left = writer.getVerticalPosition(true) - doc.bottom();
            float page = doc.top() - doc.bottom();
            for (int i = 0; i < before.size() - 1; i++) {
                doc.add(before.get(i));
            }
            if (before.size() > 1) {
                left = writer.getVerticalPosition(true) - doc.bottom();
            }
            if (needed > left && needed < page) {
                doc.newPage();
            }
            doc.add(kept);
            doc.add(footer);
        }

        /** The height {@code p} takes on a page, laid out across the text width without being drawn. */
        private float height(com.lowagie.text.Paragraph p) throws DocumentException {
            ColumnText ct = new ColumnText(Objects.requireNonNull(pdf, "writer").getDirectContent());
            float top = 100_000f;
            ct.setSimpleColumn(0, 0, textWidth, top);
            ct.addElement(p);
            ct.go(true);
            return top - ct.getYLine() + p.getSpacingAfter();
        }

        private void block(Document doc, Block block) throws DocumentException {
            if (pageFull) {
                doc.newPage();
                pageFull = false;
            }
            if (block instanceof FoldedCard c) {
                card(doc, c);
            } else if (block instanceof AdministrativeHeader h) {
                doc.add(header(h));
            } else if (block instanceof DocumentTitle t) {
                title(doc, t);
            } else if (block instanceof Heading h) {
                com.lowagie.text.Paragraph p = bodyParagraph(Alignment.JUSTIFY, true);
                p.add(new Chunk(h.label(), font(true, false, body)));
                runs(p, h.continuation(), body);
                doc.add(p);
            } else if (block instanceof Paragraph para) {
                doc.add(paragraph(para));
            } else if (block instanceof BulletList l) {
                for (ListItem item : l.items()) {
                    doc.add(item(item));
                }
            } else if (block instanceof Table t) {
                doc.add(table(t));
            } else if (block instanceof SignatureFooter f && f.isJoint()) {
                doc.add(jointSignatures(f));
                doc.add(footer(new SignatureFooter(f.recipientsLabel(), f.recipients(),
                        vn.dialogue.export.layout.Signature.blank())));
            } else if (block instanceof SignatureFooter f) {
                doc.add(footer(f));
            } else if (block instanceof PageBreak b) {
                doc.newPage();
                if (b.restartsNumbering()) {
                    // the page the next letter starts on is its first: unnumbered, and the next one is 2
                    letterStart[0] = Objects.requireNonNull(pdf, "writer").getPageNumber();
                }
            } else if (block instanceof Figure f) {
                figure(doc, f);
            } else {
                throw new IllegalStateException("no PDF layout for " + block.getClass().getSimpleName());
            }
        }

        private com.lowagie.text.Paragraph paragraph(Paragraph para) {
            com.lowagie.text.Paragraph p = bodyParagraph(para.alignment(), para.firstLineIndent());
            runs(p, para.runs(), body);
            if (para.runs().isEmpty()) {
                p.add(new Chunk(" ", font(false, false, body)));
            }
            return p;
        }

        private com.lowagie.text.Paragraph item(ListItem item) {
            com.lowagie.text.Paragraph p = bodyParagraph(Alignment.JUSTIFY, true);
            p.setIndentationLeft(FIRST_LINE_INDENT * item.level());
            if (!item.marker().isEmpty()) {
                p.add(new Chunk(item.marker() + " ", font(false, false, body)));
            }
            runs(p, item.runs(), body);
            return p;
        }

        /** A figure: the picture in vector, shrunk to the text width and the page, then its caption, centred. */
        private void figure(Document doc, Figure f) throws DocumentException {
            PageSetup page = source.page();
            float room = mm(page.pageHeightMm() - page.margins().top() - page.margins().bottom()) - 2 * body * LEADING;
            PdfWriter writer = Objects.requireNonNull(pdf, "writer");
            // a picture that does not fit waits for the next page with what follows it, not after it
            writer.setStrictImageSequence(true);
            PdfFigure.add(doc, writer, f, this::face, textWidth, room);
            if (!f.caption().isEmpty()) {
                com.lowagie.text.Paragraph caption = centred(f.caption(), false, true, Math.max(body - 1, 11));
                caption.setSpacingAfter(SPACE_AFTER);
                doc.add(caption);
            }
        }

        /**
         * A card on a page of its own: a dashed fold line across the middle, the face centred in the lower half,
         * and the same face turned by 180 degrees about the page's centre, which puts it upside down in the upper half.
         */
        private void card(Document doc, FoldedCard c) throws DocumentException {
            PdfWriter writer = Objects.requireNonNull(pdf, "writer");
            doc.newPage();
            PdfContentByte cb = writer.getDirectContent();
            Rectangle page = doc.getPageSize();
            float w = page.getWidth();
            float h = page.getHeight();
            cb.saveState();
            cb.setLineWidth(0.4f);
            cb.setLineDash(4f, 4f, 0f);
            cb.moveTo(doc.leftMargin() / 2, h / 2);
            cb.lineTo(w - doc.rightMargin() / 2, h / 2);
            cb.stroke();
            cb.restoreState();
            float gap = mm(8);
            Rectangle lower = new Rectangle(doc.leftMargin(), doc.bottomMargin(), w - doc.rightMargin(), h / 2 - gap);
            face(cb, c, lower);
            cb.saveState();
            cb.concatCTM(-1f, 0f, 0f, -1f, w, h);
            face(cb, c, lower);
            cb.restoreState();
            cardPages.add(writer.getPageNumber());
            pageFull = true;
        }

        /** The face of {@code c}, laid out in a column: measured once, then drawn centred vertically in {@code box}. */
        private void face(PdfContentByte cb, FoldedCard c, Rectangle box) throws DocumentException {
            ColumnText measure = column(cb, box, box.getTop(), c);
            measure.go(true);
            float height = box.getTop() - measure.getYLine();
            float top = Math.min(box.getTop(), (box.getTop() + box.getBottom() + height) / 2);
            column(cb, box, top, c).go();
        }

        /** A column holding the face of {@code c}: ColumnText consumes what it is given, so each use builds anew. */
        private ColumnText column(PdfContentByte cb, Rectangle box, float top, FoldedCard c) {
            float width = box.getWidth() - 8;
            ColumnText ct = new ColumnText(cb);
            ct.setSimpleColumn(box.getLeft(), box.getBottom(), box.getRight(), top);
            com.lowagie.text.Paragraph name = centred(c.name(), true, false, fit(c.name(), true, width, 54, 24));
            name.setLeading(0, 1.15f);
            ct.addElement(name);
            for (String line : c.lines()) {
                com.lowagie.text.Paragraph p = centred(line, false, false, fit(line, false, width, 20, 12));
                p.setSpacingBefore(4);
                ct.addElement(p);
            }
            return ct;
        }

        /** The largest size from {@code max} down to {@code min} at which {@code text} fits on one line of {@code width}. */
        private float fit(String text, boolean bold, float width, float max, float min) {
            float at = width(text, bold, false, max);
            return at <= width ? max : Math.max(min, max * width / at);
        }

        private PdfPTable header(AdministrativeHeader h) throws DocumentException {
            return header(h, List.of());
        }

        /** The header; a letter's subject lines, if any, under the number in the left column, regular, 12 pt. */
        private PdfPTable header(AdministrativeHeader h, List<String> subject) throws DocumentException {
            float left = textWidth * 2 / 5;
            float right = textWidth - left;
            PdfPTable table = layoutTable(left, right);
            PdfPCell issuer = cell();
            for (String line : h.parentBody()) {
                issuer.addElement(centred(line, false, false, 13));
            }
            float widest = 0;
            for (String line : h.issuingBody()) {
                issuer.addElement(centred(line, true, false, 13));
                widest = Math.max(widest, width(line, true, false, 13));
            }
            issuer.addElement(rule(widest / 2));
            PdfPCell nation = cell();
            nation.addElement(centred(h.nationalName(), true, false, 13));
            nation.addElement(centred(h.motto(), true, false, 14));
            nation.addElement(rule(width(h.motto(), true, false, 14)));
            table.addCell(issuer);
            table.addCell(nation);
            PdfPCell number = cell();
            number.addElement(centred(h.numberLine(), false, false, 13));
            if (!subject.isEmpty()) {
                // one paragraph, wrapped by the column (the lines were cut for a title across the page)
                number.addElement(centred(String.join(" ", subject), false, false, 12));
            }
            PdfPCell date = cell();
            date.addElement(centred(h.placeAndDate(), false, true, 14));
            table.addCell(number);
            table.addCell(date);
            table.setSpacingAfter(12);
            return table;
        }

        private void title(Document doc, DocumentTitle t) throws DocumentException {
            if (!t.typeName().isEmpty()) {
                doc.add(centred(t.typeName(), true, false, 14));
            }
            float widest = 0;
            for (String line : t.subjectLines()) {
                doc.add(centred(line, true, false, 14));
                widest = Math.max(widest, width(line, true, false, 14));
            }
            com.lowagie.text.Paragraph rule = rule(Math.max(widest / 3, 60));
            rule.setSpacingAfter(12);
            doc.add(rule);
        }

        private PdfPTable table(Table t) throws DocumentException {
            int cols = t.header().size();
            float[] widths = new float[cols];
            for (int i = 0; i < cols; i++) {
                widths[i] = t.relativeWidths().get(i);
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingBefore(4);
            table.setSpacingAfter(8);
            float size = Math.max(body - 1, 11);
            for (String h : t.header()) {
                PdfPCell c = new PdfPCell(new Phrase(h, font(true, false, size)));
                c.setHorizontalAlignment(Element.ALIGN_CENTER);
                c.setVerticalAlignment(Element.ALIGN_MIDDLE);
                c.setPadding(4);
                table.addCell(c);
            }
            for (List<String> row : t.rows()) {
                for (String v : row) {
                    PdfPCell c = new PdfPCell(new Phrase(v, font(false, false, size)));
                    c.setPadding(4);
                    table.addCell(c);
                }
            }
            return table;
        }

        private PdfPTable footer(SignatureFooter f) throws DocumentException {
            float left = textWidth * 9 / 20;
            PdfPTable table = layoutTable(left, textWidth - left);
            table.setKeepTogether(true);
            table.setSpacingBefore(6);
            PdfPCell recipients = cell();
            com.lowagie.text.Paragraph label = new com.lowagie.text.Paragraph(
                    new Chunk(f.recipientsLabel(), font(true, true, 12)));
            label.setFont(font(true, true, 12));
            recipients.addElement(label);
            for (ListItem item : f.recipients()) {
                com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(
                        new Chunk(item.printed(), font(false, false, 11)));
                p.setFont(font(false, false, 11));
                p.setIndentationLeft(14 * item.level());
                p.setLeading(0, LEADING);
                recipients.addElement(p);
            }
            PdfPCell sign = cell();
            for (String line : f.signature().authorityLines()) {
                sign.addElement(centred(line, true, false, 14));
            }
            com.lowagie.text.Paragraph name = centred(f.signature().signerName(), true, false, 14);
            name.setSpacingBefore(72);
            sign.addElement(name);
            table.addCell(recipients);
            table.addCell(sign);
            return table;
        }

        /** A joint document's signatures on one row, the lead issuer's on the right (Nghị định 30/2020, Phụ lục I). */
        private PdfPTable jointSignatures(SignatureFooter f) throws DocumentException {
            List<vn.dialogue.export.layout.Signature> all = f.signaturesLeftToRight();
            PdfPTable table = new PdfPTable(all.size());
            float[] widths = new float[all.size()];
            java.util.Arrays.fill(widths, textWidth / all.size());
            table.setTotalWidth(widths);
            table.setLockedWidth(true);
            table.setKeepTogether(true);
            table.setSpacingBefore(6);
            table.setSpacingAfter(6);
            // authority lines on one row, names on the next: the names line up however the lines wrap
            for (vn.dialogue.export.layout.Signature s : all) {
                PdfPCell sign = cell();
                for (String line : s.authorityLines()) {
                    sign.addElement(centred(line, true, false, 13));
                }
                table.addCell(sign);
            }
            for (vn.dialogue.export.layout.Signature s : all) {
                PdfPCell sign = cell();
                sign.setPaddingTop(72); // the space for the signature and the seal
                sign.addElement(centred(s.signerName(), true, false, 14));
                table.addCell(sign);
            }
            return table;
        }

        private PdfPTable layoutTable(float left, float right) throws DocumentException {
            PdfPTable table = new PdfPTable(2);
            table.setTotalWidth(new float[] {left, right});
            table.setLockedWidth(true);
            return table;
        }

        private static PdfPCell cell() {
            PdfPCell c = new PdfPCell();
            c.setBorder(Rectangle.NO_BORDER);
            c.setPaddingLeft(2);
            c.setPaddingRight(2);
            c.setPaddingTop(0);
            c.setPaddingBottom(0);
            return c;
        }

        private com.lowagie.text.Paragraph centred(String text, boolean bold, boolean italic, float size) {
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(new Chunk(text, font(bold, italic, size)));
            p.setFont(font(bold, italic, size));
            p.setAlignment(Element.ALIGN_CENTER);
            p.setLeading(0, LEADING);
            return p;
        }

        /**
         * A centred rule {@code length} points long, 5 pt below the line above (as deep as a descender, so it
         * clears the text): a paragraph holding only a line separator, pure graphics that adds nothing to the
         * extracted text (no table to lay out, inside a table cell or not).
         */
        private com.lowagie.text.Paragraph rule(float length) {
            // in the document's own face: a chunk without one would pull in (and embed) OpenPDF's default font
            Font font = font(false, false, 1);
            Chunk line = new Chunk(new LineSeparator(0.6f, -length, null, Element.ALIGN_CENTER, 0));
            line.setFont(font);
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(line);
            p.setFont(font);
            p.setLeading(5f, 0f);
            return p;
        }

        private com.lowagie.text.Paragraph bodyParagraph(Alignment alignment, boolean indent) {
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph();
            p.setFont(font(false, false, body));
            p.setAlignment(alignment(alignment));
            if (indent) {
                p.setFirstLineIndent(FIRST_LINE_INDENT);
            }
            p.setLeading(0, LEADING);
            p.setSpacingAfter(SPACE_AFTER);
            return p;
        }

        private void runs(com.lowagie.text.Paragraph p, List<Run> runs, float size) {
            for (Run r : runs) {
                p.add(new Chunk(r.text(), font(r.bold(), r.italic(), size)));
            }
        }

        private Font font(boolean bold, boolean italic, float size) {
            return new Font(face(Fonts.Face.of(bold, italic)), size, Font.NORMAL);
        }

        private float width(String text, boolean bold, boolean italic, float size) {
            return face(Fonts.Face.of(bold, italic)).getWidthPoint(text, size);
        }

        private Calendar calendar() {
            GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            c.setTimeInMillis(source.info().timestamp().toEpochMilli());
            return c;
        }

        private static int alignment(Alignment a) {
            switch (a) {
                case LEFT:
                    return Element.ALIGN_LEFT;
                case CENTER:
                    return Element.ALIGN_CENTER;
                case RIGHT:
                    return Element.ALIGN_RIGHT;
                default:
                    return Element.ALIGN_JUSTIFIED;
            }
        }

        private static float mm(double mm) {
            return (float) mm * PT_PER_MM;
        }
    }

    /**
     * Page numbers centred in the top margin, none on the first page (Nghị định 30/2020); in a merged document, each
     * letter numbered from its own first page.
     */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Font font;
        private final float topMargin;
        private final Set<Integer> skipped;
        private final int[] letterStart;

        PageNumbers(Font font, float topMargin, Set<Integer> skipped, int[] letterStart) {
            this.font = font;
            this.topMargin = topMargin;
            this.skipped = skipped;
            this.letterStart = letterStart;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int physical = writer.getPageNumber();
            int page = physical - letterStart[0] + 1;
            if (page > 1 && !skipped.contains(physical)) {
                Rectangle size = document.getPageSize();
                // straight onto the page: a one-line layout (ColumnText) for each page would cost more than its text
                PdfContentByte cb = writer.getDirectContent();
                cb.beginText();
                cb.setFontAndSize(font.getBaseFont(), font.getSize());
                cb.showTextAligned(PdfContentByte.ALIGN_CENTER, Integer.toString(page),
                        (size.getLeft() + size.getRight()) / 2, size.getTop() - topMargin / 2, 0);
                cb.endText();
            }
        }
    }

    /**
     * The random source OpenPDF draws font subset prefixes from, made repeatable: a prefix only
     * has to differ between the fonts of one file.
     */
    private static final class FixedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final Random random;

        FixedRandom(long seed) {
            this.random = new Random(seed);
        }

        @Override
        public double nextDouble() {
            return random.nextDouble();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }
    }

}
