package vn.dialogue.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import vn.dialogue.export.CompiledSubmissionsDocument;
import vn.dialogue.export.ConclusionNoticeDocument;
import vn.dialogue.export.DeferralNotices;
import vn.dialogue.export.InvitationDocument;
import vn.dialogue.export.NameCardDocument;
import vn.dialogue.export.PlanDocument;
import vn.dialogue.export.ProgrammeDocument;
import vn.dialogue.export.RoutingLetters;
import vn.dialogue.export.RunOfShowScript;
import vn.dialogue.export.SeatingChartDocument;
import vn.dialogue.export.layout.FoldedCard;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.testing.Samples;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.testing.SeedQuestions;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.Question;
import vn.dialogue.seating.SeatingPlan;

/**
 * The streamed {@link DocxRenderer} against the XMLBeans renderer it replaced
 * ({@link XmlBeansDocxRenderer}), for every DOCX of the end-to-end example: both files read back
 * with POI give the same body, element by element (text, emphasis, size, font, alignment, spacing,
 * indents, rules, tables with their widths and borders, rows and cells, page breaks), the same
 * section (paper, orientation, margins, first-page header), the same headers and properties; and
 * every part of the new file is well-formed XML.
 */
class StreamedDocxEquivalenceTest {

    private static final Instant STAMP = Instant.parse("2024-11-25T01:00:00Z");

    static Stream<Arguments> documents() {
        Plan plan = SeedParticipants.plan();
        DelegateList delegates = SeedParticipants.delegates(plan);
        SeatingPlan seating = SeedParticipants.seating(plan, delegates);
        List<Question> questions = SeedQuestions.questions(plan);
        SeedQuestions.Conclusions conclusions = SeedQuestions.conclusions(plan);
        InvitationDocument invitations = InvitationDocument.of(plan).withTimestamp(STAMP);
        Map<String, LayoutDocument> docs = new LinkedHashMap<>();
        docs.put("every block", Samples.everyBlock(Samples.BODY));
        LayoutDocument every = Samples.everyBlock(Samples.BODY);
        docs.put("every block, landscape", new LayoutDocument(every.info(), PageSetup.a4Landscape(), every.blocks()));
        docs.put("plan", PlanDocument.of(plan).withTimestamp(STAMP).layout());
        docs.put("programme", ProgrammeDocument.of(plan).withTimestamp(STAMP).layout());
        docs.put("invitations", invitations.merged(invitations.inviteesFromDelegateList()));
        docs.put("seating chart", SeatingChartDocument.of(plan, seating).withTimestamp(STAMP).layout());
        docs.put("name cards", NameCardDocument.forSeating(plan, seating).withTimestamp(STAMP).layout());
        docs.put("compiled submissions", CompiledSubmissionsDocument.of(plan, questions).withTimestamp(STAMP).layout());
        docs.put("routing letters", RoutingLetters.of(plan, questions).withTimestamp(STAMP).merged());
        docs.put("run of show", RunOfShowScript.of(plan, questions).withTimestamp(STAMP).layout());
        docs.put("deferral notices", DeferralNotices.of(plan, questions).withTimestamp(STAMP).merged());
        docs.put("conclusion notice", ConclusionNoticeDocument.of(plan, conclusions.conclusions(), conclusions.tasks(),
                questions).withTimestamp(STAMP).layout());
        return docs.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void should_read_back_as_the_xmlbeans_renderer_did_when_a_document_of_the_example_is_streamed(
            String name, LayoutDocument layout) throws Exception {
        // GIVEN a document of the example rendered by the old and the new renderer
        byte[] old = render(XmlBeansDocxRenderer.create()::render, layout);
        byte[] streamed = render(DocxRenderer.create()::render, layout);
        // WHEN both are read back with POI
        try (XWPFDocument before = read(old); XWPFDocument after = read(streamed)) {
            // THEN the body, section, headers and properties describe the same document
            assertSameLines(name, describe(before.getBodyElements()), describe(after.getBodyElements()));
            assertThat(section(after)).as(name).isEqualTo(section(before));
            assertThat(headers(after)).as(name).isEqualTo(headers(before));
            assertThat(after.getParagraphs()).extracting(XWPFParagraph::getText)
                    .isEqualTo(before.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            var core = after.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(before.getProperties().getCoreProperties().getTitle())
                    .isEqualTo(layout.info().title());
            assertThat(core.getCreator()).isEqualTo(layout.info().author());
            assertThat(core.getCreated().toInstant()).isEqualTo(layout.info().timestamp());
            assertThat(core.getModified().toInstant()).isEqualTo(layout.info().timestamp());
            assertThat(after.getProperties().getExtendedProperties().getApplication()).isEqualTo("dialogue");
            assertThat(after.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getAscii())
                    .isEqualTo("Times New Roman");
            if (layout.blocks().stream().anyMatch(b -> b instanceof FoldedCard)) {
                // the old file had two tcPr in a card cell (invalid); the new one centres the face vertically
                XWPFTableCell cell = after.getTables().get(0).getRow(0).getCell(0);
                assertThat(cell.getCTTc().getTcPr().getVAlign().getVal()).isEqualTo(STVerticalJc.CENTER);
            }
        }
        assertEveryPartIsWellFormed(streamed);
    }

    /** Line by line, so that a difference deep in a long document is shown with what precedes it. */
    private static void assertSameLines(String name, List<String> expected, List<String> actual) {
        assertThat(actual).as(name).isNotEmpty();
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                assertThat(actual.subList(Math.max(0, i - 5), i + 1)).as(name + ", element " + i)
                        .isEqualTo(expected.subList(Math.max(0, i - 5), i + 1));
            }
        }
        assertThat(actual.size()).as(name + ": number of elements").isEqualTo(expected.size());
    }

    private interface Renderer {
        void render(LayoutDocument doc, java.io.OutputStream out) throws IOException;
    }

    private static byte[] render(Renderer r, LayoutDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(doc, out);
        return out.toByteArray();
    }

    private static XWPFDocument read(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static void assertEveryPartIsWellFormed(byte[] docx) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                byte[] part = zip.readAllBytes();
                try (InputStream in = new ByteArrayInputStream(part)) {
                    factory.newSAXParser().parse(in, new org.xml.sax.helpers.DefaultHandler());
                }
            }
        }
        assertThat(names).contains("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml");
    }

    private static List<String> describe(List<IBodyElement> elements) {
        List<String> out = new ArrayList<>();
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.add(paragraph(p));
                for (XWPFRun r : p.getRuns()) {
                    out.add("  " + run(r));
                }
            } else if (e instanceof XWPFTable t) {
                out.add(table(t));
                for (XWPFTableRow row : t.getRows()) {
                    out.add(" row header=" + row.isRepeatHeader() + " cantSplit=" + row.isCantSplitRow()
                            + " height=" + row.getHeight() + " rule=" + row.getHeightRule());
                    for (XWPFTableCell cell : row.getTableCells()) {
                        out.add(" cell width=" + cell.getWidth() + " " + cell.getWidthType());
                        out.addAll(describe(cell.getBodyElements()));
                    }
                }
            } else {
                out.add("other " + e.getElementType());
            }
        }
        return out;
    }

    private static String paragraph(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().getPPr();
        boolean keepNext = ppr != null && ppr.isSetKeepNext() && POIXMLUnits.parseOnOff(ppr.getKeepNext());
        ParagraphAlignment jc = ppr != null && ppr.isSetJc() ? p.getAlignment() : null;
        return "P jc=" + jc + " before=" + p.getSpacingBefore() + " after=" + p.getSpacingAfter()
                + " line=" + p.getSpacingBetween() + " " + (p.getSpacingBetween() > 0 ? p.getSpacingLineRule() : "")
                + " left=" + p.getIndentationLeft() + " right=" + p.getIndentationRight()
                + " first=" + p.getIndentationFirstLine() + " top=" + p.getBorderTop() + " keepNext=" + keepNext
                + " text=" + p.getText();
    }

    private static String run(XWPFRun r) {
        List<String> breaks = new ArrayList<>();
        r.getCTR().getBrList().forEach(b -> breaks.add(b.isSetType() ? b.getType().toString() : "line"));
        return "R '" + r.text() + "' b=" + r.isBold() + " i=" + r.isItalic() + " size=" + r.getFontSizeAsDouble()
                + " font=" + r.getFontFamily() + " breaks=" + breaks;
    }

    private static String table(XWPFTable t) {
        List<Long> grid = new ArrayList<>();
        t.getCTTbl().getTblGrid().getGridColList().forEach(c -> grid.add(POIXMLUnits.parseLength(c.xgetW())));
        return "T width=" + t.getWidth() + " " + t.getWidthType() + " align=" + t.getTableAlignment()
                + " layout=" + t.getCTTbl().getTblPr().getTblLayout().getType() + " grid=" + grid
                + " borders=" + t.getTopBorderType() + "," + t.getBottomBorderType() + "," + t.getLeftBorderType()
                + "," + t.getRightBorderType() + "," + t.getInsideHBorderType() + "/" + t.getInsideHBorderSize()
                + "," + t.getInsideVBorderType() + " margins=" + t.getCellMarginLeft() + "," + t.getCellMarginRight();
    }

    private static String section(XWPFDocument doc) {
        CTSectPr s = doc.getDocument().getBody().getSectPr();
        var size = s.getPgSz();
        var mar = s.getPgMar();
        return "page " + size.getW() + "x" + size.getH() + " " + (size.isSetOrient() ? size.getOrient() : "portrait")
                + " margins " + mar.getTop() + "," + mar.getBottom() + "," + mar.getLeft() + "," + mar.getRight()
                + "," + mar.getHeader() + "," + mar.getFooter() + "," + mar.getGutter()
                + " titlePg=" + (s.isSetTitlePg() && POIXMLUnits.parseOnOff(s.getTitlePg()))
                + " headers=" + s.sizeOfHeaderReferenceArray();
    }

    private static List<String> headers(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (XWPFHeader h : doc.getHeaderList()) {
            out.add(h.getText() + " " + h.getParagraphs().get(0).getAlignment()
                    + " fields=" + h.getParagraphs().get(0).getCTP().sizeOfFldSimpleArray());
        }
        var policy = doc.getHeaderFooterPolicy();
        out.add("first=" + (policy.getFirstPageHeader() != null) + " default=" + (policy.getDefaultHeader() != null));
        return out;
    }
}
