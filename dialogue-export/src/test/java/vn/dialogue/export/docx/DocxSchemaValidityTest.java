package vn.dialogue.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * Every DOCX of the end-to-end example, as the streamed {@link DocxRenderer} writes it, against the
 * OOXML schemas (ECMA-376, as compiled by POI into {@code poi-ooxml-full}): every XML part of the
 * package is parsed as the schema type its root element names and passes XMLBeans' {@code validate()}
 * with no error; a part whose root no schema knows fails the test, so that nothing goes unchecked.
 * The parts of the package itself ({@code [Content_Types].xml}, the core properties), which ECMA-376
 * Part 2 defines and POI does not compile, are checked for what POI reads back. The file also reads
 * back with POI as the document it was made from.
 */
class DocxSchemaValidityTest {

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

    /** POI's compiled ECMA-376 schemas (Part 1): WordprocessingML, DrawingML, relationships, properties. */
    private static final SchemaTypeLoader OOXML = TypeSystemHolder.typeSystem;

    /** OPC parts (ECMA-376 Part 2), which POI reads with its own code and has no compiled schema for. */
    private static final List<String> OPC_PARTS = List.of("[Content_Types].xml", "docProps/core.xml");

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void should_write_parts_that_the_ooxml_schemas_accept_when_a_document_of_the_example_is_rendered(
            String name, LayoutDocument layout) throws Exception {
        // GIVEN a document of the example, rendered by the streamed renderer
        byte[] docx = render(layout);
        // WHEN every XML part is parsed as its schema type and validated
        Map<String, byte[]> parts = parts(docx);
        assertThat(parts.keySet()).contains("[Content_Types].xml", "_rels/.rels", "docProps/core.xml",
                "docProps/app.xml", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                "word/settings.xml");
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (!part.getKey().endsWith(".xml") && !part.getKey().endsWith(".rels")) {
                continue;
            }
            XmlOptions options = new XmlOptions().setLoadLineNumbers();
            XmlObject parsed = OOXML.parse(new ByteArrayInputStream(part.getValue()), null, options);
            if (OPC_PARTS.contains(part.getKey())) {
                continue; // well-formed (it parsed); what it says is checked through POI below
            }
            // THEN each part is of a known document type and valid against it
            assertThat(parsed.schemaType().isDocumentType()).as(name + ": " + part.getKey()
                    + " has a root element the OOXML schemas know").isTrue();
            List<XmlError> errors = new ArrayList<>();
            boolean valid = parsed.validate(new XmlOptions().setErrorListener(errors));
            assertThat(errors).as(name + ": " + part.getKey() + " against " + parsed.schemaType()).isEmpty();
            assertThat(valid).as(name + ": " + part.getKey()).isTrue();
        }
        // AND it reads back with POI as the document it was made from
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(read.getBodyElements()).as(name).isNotEmpty();
            var core = read.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(layout.info().title());
            assertThat(core.getCreator()).isEqualTo(layout.info().author());
            assertThat(core.getCreated().toInstant()).isEqualTo(layout.info().timestamp());
            assertThat(core.getModified().toInstant()).isEqualTo(layout.info().timestamp());
            assertThat(read.getProperties().getExtendedProperties().getApplication()).isEqualTo("dialogue");
            assertThat(read.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getAscii())
                    .isEqualTo("Times New Roman");
            var size = read.getDocument().getBody().getSectPr().getPgSz();
            assertThat(List.of(size.getW(), size.getH()).stream().map(o -> ((Number) o).longValue()).sorted()
                    .toList()).as(name + ": A4 in twentieths of a point").containsExactly(11906L, 16838L);
            if (layout.blocks().stream().anyMatch(b -> b instanceof FoldedCard)) {
                // a card's face is centred vertically in its cell
                XWPFTableCell cell = read.getTables().get(0).getRow(0).getCell(0);
                assertThat(cell.getCTTc().getTcPr().getVAlign().getVal()).isEqualTo(STVerticalJc.CENTER);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void should_refuse_a_part_that_breaks_the_schema_when_one_is_changed_by_hand() throws Exception {
        // GIVEN the body of a valid document with an element WordprocessingML does not have, and a paragraph
        // property out of its schema order
        String body = new String(parts(render(Samples.everyBlock(Samples.BODY))).get("word/document.xml"),
                java.nio.charset.StandardCharsets.UTF_8);
        String unknown = body.replaceFirst("<w:body>", "<w:body><w:colour/>");
        // WHEN it is validated as the test above does
        XmlObject parsed = OOXML.parse(unknown, null, new XmlOptions());
        List<XmlError> errors = new ArrayList<>();
        // THEN the schema finds the element
        assertThat(parsed.schemaType().isDocumentType()).isTrue();
        assertThat(parsed.validate(new XmlOptions().setErrorListener(errors))).isFalse();
        assertThat(errors).extracting(XmlError::getMessage).anyMatch(m -> m.contains("colour"));
        assertThat(OOXML.parse(body, null, new XmlOptions()).validate()).isTrue();
    }

    private static byte[] render(LayoutDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxRenderer.create().render(doc, out);
        return out.toByteArray();
    }

    private static Map<String, byte[]> parts(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }
}
