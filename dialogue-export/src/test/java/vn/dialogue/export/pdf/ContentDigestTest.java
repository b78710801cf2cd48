package vn.dialogue.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.testing.Samples;

/** The content fingerprint that seeds a PDF's file identifier and font subset prefixes. */
class ContentDigestTest {

    @Test
    void should_give_16_bytes_the_same_for_the_same_content_and_others_for_other_content() {
        // GIVEN a document, an equal one built again, one with a word changed, and one on another page
        LayoutDocument doc = Samples.everyBlock(Samples.BODY);
        LayoutDocument again = Samples.everyBlock(Samples.BODY);
        LayoutDocument changed = Samples.everyBlock(Samples.BODY.replaceFirst("dân chủ", "dân chủ,"));
        LayoutDocument landscape = new LayoutDocument(doc.info(), PageSetup.a4Landscape(), doc.blocks());
        DocumentInfo i = doc.info();
        LayoutDocument retitled = new LayoutDocument(new DocumentInfo(i.title() + ".", i.author(), i.language(),
                i.timestamp()), doc.page(), doc.blocks());
        // WHEN each is fingerprinted
        byte[] d = ContentDigest.of(doc);
        // THEN the fingerprint is 16 bytes, stable, and changes with the text, the page and the metadata
        assertThat(d).hasSize(16);
        assertThat(ContentDigest.of(again)).isEqualTo(d);
        assertThat(ContentDigest.of(changed)).isNotEqualTo(d);
        assertThat(ContentDigest.of(landscape)).isNotEqualTo(d);
        assertThat(ContentDigest.of(retitled)).isNotEqualTo(d);
    }
}
