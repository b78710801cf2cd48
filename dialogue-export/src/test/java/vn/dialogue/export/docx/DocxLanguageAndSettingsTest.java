package vn.dialogue.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;

import vn.dialogue.export.Format;
import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.Samples;

/**
 * A DOCX says it is Vietnamese, so that Word checks its spelling in Vietnamese rather than in the language of the
 * machine, and carries the settings part Word itself writes, reached from the document by its relationship.
 */
class DocxLanguageAndSettingsTest {

    @Test
    void should_declare_vietnamese_as_the_language_of_every_run() throws Exception {
        try (XWPFDocument doc = Outputs.docx(Outputs.render(Samples.everyBlock(Samples.BODY), Format.DOCX))) {
            CTLanguage lang = doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0);
            assertThat(lang.getVal()).isEqualTo("vi-VN");
            assertThat(lang.getEastAsia()).isEqualTo("vi-VN");
            // no run says otherwise
            assertThat(doc.getDocument().xmlText()).doesNotContain("w:lang");
        }
    }

    @Test
    void should_write_the_settings_part_word_writes_and_relate_it_to_the_document() throws IOException {
        try (XWPFDocument doc = Outputs.docx(Outputs.render(Samples.everyBlock(Samples.BODY), Format.DOCX))) {
            PackagePart main = doc.getPackagePart();
            PackageRelationship rel = main.getRelationshipsByType(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings").getRelationship(0);
            assertThat(rel.getTargetURI().toString()).endsWith("settings.xml");
            String settings = new String(doc.getPackage().getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper
                    .createPartName("/word/settings.xml")).getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(settings).contains("<w:zoom w:percent=\"100\"/>").contains("<w:defaultTabStop w:val=\"720\"/>")
                    .contains("<w:themeFontLang w:val=\"vi-VN\"/>")
                    .contains("w:name=\"compatibilityMode\"").contains("<w:decimalSymbol w:val=\",\"/>");
            // POI reads it as the document's settings: the zoom Word opens it at
            assertThat(doc.getZoomPercent()).isEqualTo(100);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
    }
}
