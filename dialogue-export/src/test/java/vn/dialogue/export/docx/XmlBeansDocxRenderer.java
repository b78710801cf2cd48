package vn.dialogue.export.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import vn.dialogue.export.internal.Fonts;
import vn.dialogue.export.internal.TextWidth;
import vn.dialogue.export.internal.ZipTimestamps;
import vn.dialogue.export.layout.AdministrativeHeader;
import vn.dialogue.export.layout.Alignment;
import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.BulletList;
import vn.dialogue.export.layout.DocumentTitle;
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
 * The DOCX renderer as it was before the body was streamed: POI's XWPF and XMLBeans objects, kept
 * in the tests as the reference the streamed {@link DocxRenderer} is compared with (same text,
 * emphasis, sizes, alignment, spacing, tables, page setup). Its original description follows.
 *
 * <p>Renders a {@link LayoutDocument} as DOCX in the format of Nghị định 30/2020: A4 (or the setup's
 * paper) and margins written explicitly into the section (POI writes none, and word processors
 * then fall back to US Letter), "Times New Roman", page numbers centred in the top margin from
 * page 2 on (none at all in a document of {@link FoldedCard}s, each of which fills a page: its two
 * halves print the same face, both upright, as Word cannot turn table text by 180 degrees). A line
 * feed in a table cell is a line break. The package carries the document's timestamp as its created and modified dates and
 * as every zip entry's time, so the same document gives byte-identical files. Stateless and
 * thread-safe.
 */
final class XmlBeansDocxRenderer implements LayoutRenderer {

    private static final double TWIPS_PER_MM = 1440 / 25.4;
    /** First-line indent of body paragraphs: 1.27 cm. */
    private static final int FIRST_LINE_INDENT = 720;
    /** At least 6 pt between paragraphs, in twentieths of a point. */
    private static final int SPACE_AFTER = 120;
    private static final int CELL_MARGIN = 57;

    private XmlBeansDocxRenderer() {
    }

    /** The renderer. */
    static XmlBeansDocxRenderer create() {
        return new XmlBeansDocxRenderer();
    }

    @Override
    public void render(LayoutDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            new Writer(doc, document).write();
            doc.write(raw);
        }
        ZipTimestamps.rewrite(raw.toByteArray(), document.info().timestamp(), out);
        out.flush();
    }

    /** One rendering pass over one document. */
    private static final class Writer {
        private final XWPFDocument doc;
        private final LayoutDocument source;
        private final double body;
        private final int textWidth;
        private int cards;

        Writer(XWPFDocument doc, LayoutDocument source) {
            this.doc = doc;
            this.source = source;
            this.body = source.page().bodyFontSize();
            this.textWidth = twips(source.page().textWidthMm());
        }

        void write() {
            properties();
            defaults();
            section();
            for (Block block : source.blocks()) {
                block(block);
            }
        }

        private void properties() {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            Date stamp = Date.from(source.info().timestamp());
            core.setCreated(Optional.of(stamp));
            core.setModified(Optional.of(stamp));
            core.setTitle(source.info().title());
            core.setCreator(source.info().author());
            core.setLastModifiedByUser(source.info().author());
            doc.getProperties().getExtendedProperties().setApplication("dialogue");
        }

        private void defaults() {
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii(Fonts.FAMILY);
            fonts.setHAnsi(Fonts.FAMILY);
            fonts.setCs(Fonts.FAMILY);
            fonts.setEastAsia(Fonts.FAMILY);
            doc.createStyles().setDefaultFonts(fonts);
        }

        private void section() {
            PageSetup page = source.page();
            CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                    ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
            size.setW(BigInteger.valueOf(twips(page.pageWidthMm())));
            size.setH(BigInteger.valueOf(twips(page.pageHeightMm())));
            if (page.orientation() == PageSetup.Orientation.LANDSCAPE) {
                size.setOrient(STPageOrientation.LANDSCAPE);
            }
            CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
            mar.setTop(BigInteger.valueOf(twips(page.margins().top())));
            mar.setBottom(BigInteger.valueOf(twips(page.margins().bottom())));
            mar.setLeft(BigInteger.valueOf(twips(page.margins().left())));
            mar.setRight(BigInteger.valueOf(twips(page.margins().right())));
            mar.setHeader(BigInteger.valueOf(twips(page.margins().top() / 2)));
            mar.setFooter(BigInteger.valueOf(twips(page.margins().bottom() / 2)));
            mar.setGutter(BigInteger.ZERO);
            if (source.blocks().stream().anyMatch(b -> b instanceof FoldedCard)) {
                return;
            }
            // page numbers centred in the top margin, none on the first page
            doc.createHeader(HeaderFooterType.FIRST).createParagraph();
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph p = header.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            CTSimpleField field = p.getCTP().addNewFldSimple();
            field.setInstr("PAGE");
            field.addNewR().addNewT().setStringValue("2");
        }

        private void block(Block block) {
            if (block instanceof AdministrativeHeader h) {
                header(h);
            } else if (block instanceof DocumentTitle t) {
                title(t);
            } else if (block instanceof Heading h) {
                heading(h);
            } else if (block instanceof Paragraph p) {
                paragraph(p);
            } else if (block instanceof BulletList l) {
                list(l);
            } else if (block instanceof Table t) {
                table(t);
            } else if (block instanceof SignatureFooter f) {
                footer(f);
            } else if (block instanceof PageBreak) {
                XWPFParagraph p = doc.createParagraph();
                p.createRun().addBreak(BreakType.PAGE);
            } else if (block instanceof FoldedCard c) {
                card(c);
            } else {
                throw new IllegalStateException("no DOCX layout for " + block.getClass().getSimpleName());
            }
        }

        private void header(AdministrativeHeader h) {
            int left = textWidth * 2 / 5;
            int right = textWidth - left;
            XWPFTable table = layoutTable(2, left, right);
            XWPFTableCell issuer = table.getRow(0).getCell(0);
            XWPFParagraph p = first(issuer);
            for (String line : h.parentBody()) {
                centred(p, line, false, false, 13);
                p = issuer.addParagraph();
            }
            for (int i = 0; i < h.issuingBody().size(); i++) {
                centred(p, h.issuingBody().get(i), true, false, 13);
                if (i < h.issuingBody().size() - 1) {
                    p = issuer.addParagraph();
                }
            }
            float widest = widest(h.issuingBody(), Fonts.Face.BOLD, 13);
            rule(issuer.addParagraph(), left, widest / 2);

            XWPFTableCell nation = table.getRow(0).getCell(1);
            centred(first(nation), h.nationalName(), true, false, 13);
            centred(nation.addParagraph(), h.motto(), true, false, 14);
            rule(nation.addParagraph(), right, TextWidth.points(h.motto(), Fonts.Face.BOLD, 14));

            centred(first(table.getRow(1).getCell(0)), h.numberLine(), false, false, 13);
            centred(first(table.getRow(1).getCell(1)), h.placeAndDate(), false, true, 14);
        }

        private void title(DocumentTitle t) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingBefore(240);
            if (!t.typeName().isEmpty()) {
                centred(p, t.typeName(), true, false, 14);
                p = doc.createParagraph();
            }
            for (int i = 0; i < t.subjectLines().size(); i++) {
                centred(p, t.subjectLines().get(i), true, false, 14);
                if (i < t.subjectLines().size() - 1) {
                    p = doc.createParagraph();
                }
            }
            float widest = widest(t.subjectLines(), Fonts.Face.BOLD, 14);
            XWPFParagraph rule = doc.createParagraph();
            rule(rule, textWidth, Math.max(widest / 3, 60));
            rule.setSpacingAfter(240);
        }

        private void heading(Heading h) {
            XWPFParagraph p = bodyParagraph(Alignment.JUSTIFY, true);
            p.setKeepNext(true);
            run(p, h.label(), true, false, body);
            for (Run r : h.continuation()) {
                run(p, r.text(), r.bold(), r.italic(), body);
            }
        }

        private void paragraph(Paragraph para) {
            XWPFParagraph p = bodyParagraph(para.alignment(), para.firstLineIndent());
            for (Run r : para.runs()) {
                run(p, r.text(), r.bold(), r.italic(), body);
            }
        }

        private void list(BulletList list) {
            for (ListItem item : list.items()) {
                XWPFParagraph p = bodyParagraph(Alignment.JUSTIFY, true);
                if (item.level() > 0) {
                    p.setIndentationLeft(FIRST_LINE_INDENT * item.level());
                }
                if (!item.marker().isEmpty()) {
                    run(p, item.marker() + " ", false, false, body);
                }
                for (Run r : item.runs()) {
                    run(p, r.text(), r.bold(), r.italic(), body);
                }
            }
        }

        private void table(Table t) {
            int cols = t.header().size();
            int total = t.relativeWidths().stream().mapToInt(Integer::intValue).sum();
            int[] widths = new int[cols];
            for (int i = 0; i < cols; i++) {
                widths[i] = textWidth * t.relativeWidths().get(i) / total;
            }
            XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
            fixed(table, widths);
            double size = Math.max(body - 1, 11);
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            for (int c = 0; c < cols; c++) {
                XWPFParagraph p = first(head.getCell(c));
                p.setAlignment(ParagraphAlignment.CENTER);
                run(p, t.header().get(c), true, false, size);
            }
            for (int r = 0; r < t.rows().size(); r++) {
                XWPFTableRow row = table.getRow(r + 1);
                row.setCantSplitRow(true);
                for (int c = 0; c < cols; c++) {
                    XWPFParagraph p = first(row.getCell(c));
                    String[] lines = t.rows().get(r).get(c).split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        XWPFRun line = run(p, lines[i], false, false, size);
                        if (i < lines.length - 1) {
                            line.addBreak();
                        }
                    }
                }
            }
            doc.createParagraph();
        }

        /**
         * A card on a page of its own: a borderless table of two rows, each a little under half the text height,
         * with a dashed rule between them for the fold, each row holding the face centred.
         */
        private void card(FoldedCard c) {
            if (cards++ > 0 || !doc.getBodyElements().isEmpty()) {
                XWPFParagraph brk = doc.createParagraph();
                compact(brk);
                brk.createRun().addBreak(BreakType.PAGE);
            }
            PageSetup page = source.page();
            // room for the paragraph Word keeps after a table, so the card never spills onto a second page
            int half = twips((page.pageHeightMm() - page.margins().top() - page.margins().bottom() - 12) / 2);
            XWPFTable table = doc.createTable(2, 1);
            table.removeBorders();
            table.setInsideHBorder(XWPFBorderType.DASHED, 4, 0, "000000");
            fixed(table, new int[] {textWidth});
            float width = (float) (page.textWidthMm() * 72 / 25.4) - 12;
            for (XWPFTableRow row : table.getRows()) {
                row.setHeight(half);
                row.setHeightRule(TableRowHeightRule.EXACT);
                row.setCantSplitRow(true);
                XWPFTableCell cell = row.getCell(0);
                cell.getCTTc().addNewTcPr().addNewVAlign().setVal(STVerticalJc.CENTER);
                centred(first(cell), c.name(), true, false, fit(c.name(), Fonts.Face.BOLD, width, 54, 24));
                for (String line : c.lines()) {
                    XWPFParagraph p = cell.addParagraph();
                    centred(p, line, false, false, fit(line, Fonts.Face.REGULAR, width, 20, 12));
                    p.setSpacingBefore(80);
                }
            }
        }

        private static float fit(String text, Fonts.Face face, float width, float max, float min) {
            float at = TextWidth.points(text, face, max);
            return at <= width ? max : Math.max(min, (float) Math.floor(max * width / at));
        }

        private void footer(SignatureFooter f) {
            int left = textWidth * 9 / 20;
            int right = textWidth - left;
            XWPFTable table = layoutTable(1, left, right);
            XWPFTableCell recipients = table.getRow(0).getCell(0);
            XWPFParagraph p = first(recipients);
            compact(p);
            run(p, f.recipientsLabel(), true, true, 12);
            for (ListItem item : f.recipients()) {
                XWPFParagraph line = recipients.addParagraph();
                compact(line);
                if (item.level() > 0) {
                    line.setIndentationLeft(284 * item.level());
                }
                run(line, item.printed(), false, false, 11);
            }
            XWPFTableCell sign = table.getRow(0).getCell(1);
            List<String> authority = f.signature().authorityLines();
            for (int i = 0; i < authority.size(); i++) {
                XWPFParagraph a = i == 0 ? first(sign) : sign.addParagraph();
                centred(a, authority.get(i), true, false, 14);
            }
            for (int i = 0; i < 4; i++) {
                compact(sign.addParagraph());
            }
            XWPFParagraph name = sign.addParagraph();
            centred(name, f.signature().signerName(), true, false, 14);
        }

        private XWPFTable layoutTable(int rows, int left, int right) {
            XWPFTable table = doc.createTable(rows, 2);
            table.removeBorders();
            fixed(table, new int[] {left, right});
            table.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
            return table;
        }

        private void fixed(XWPFTable table, int[] widths) {
            int total = 0;
            for (int w : widths) {
                total += w;
            }
            table.setWidth(Integer.toString(total));
            table.setTableAlignment(TableRowAlign.CENTER);
            table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
            CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                    ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int w : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
            for (XWPFTableRow row : table.getRows()) {
                for (int c = 0; c < widths.length; c++) {
                    row.getCell(c).setWidth(Integer.toString(widths[c]));
                }
            }
        }

        private XWPFParagraph bodyParagraph(Alignment alignment, boolean indent) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(alignment(alignment));
            if (indent) {
                p.setIndentationFirstLine(FIRST_LINE_INDENT);
            }
            p.setSpacingAfter(SPACE_AFTER);
            p.setSpacingBefore(0);
            p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
            return p;
        }

        private void centred(XWPFParagraph p, String text, boolean bold, boolean italic, double size) {
            p.setAlignment(ParagraphAlignment.CENTER);
            compact(p);
            run(p, text, bold, italic, size);
        }

        /** A rule {@code points} long, centred in a cell or body of width {@code available} twips. */
        private void rule(XWPFParagraph p, int available, float points) {
            int length = Math.min(available - 2 * CELL_MARGIN, Math.round(points * 20));
            int side = Math.max(0, (available - 2 * CELL_MARGIN - length) / 2);
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setIndentationLeft(side);
            p.setIndentationRight(side);
            p.setBorderTop(Borders.SINGLE);
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            p.setSpacingBetween(2, LineSpacingRule.EXACT);
        }

        private static void compact(XWPFParagraph p) {
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        }

        private static XWPFParagraph first(XWPFTableCell cell) {
            return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        }

        private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, double size) {
            XWPFRun r = p.createRun();
            r.setFontFamily(Fonts.FAMILY);
            r.setFontSize(size);
            // plain is the default: an explicit "not bold" element would only add XML to write and save
            if (bold) {
                r.setBold(true);
            }
            if (italic) {
                r.setItalic(true);
            }
            r.setText(text);
            return r;
        }

        private static float widest(List<String> lines, Fonts.Face face, float size) {
            float max = 0;
            for (String l : lines) {
                max = Math.max(max, TextWidth.points(l, face, size));
            }
            return max;
        }

        private static ParagraphAlignment alignment(Alignment a) {
            switch (a) {
                case LEFT:
                    return ParagraphAlignment.LEFT;
                case CENTER:
                    return ParagraphAlignment.CENTER;
                case RIGHT:
                    return ParagraphAlignment.RIGHT;
                default:
                    return ParagraphAlignment.BOTH;
            }
        }

        private static int twips(double mm) {
            return (int) Math.round(mm * TWIPS_PER_MM);
        }
    }
}
