package vn.dialogue.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.testing.Samples;

/**
 * Text reaches the streamed DOCX markup only escaped: whatever a string holds (markup characters,
 * quotes, Vietnamese, characters outside the BMP, controls, lone surrogates), the part parses as
 * XML and gives the string back, with the characters XML 1.0 cannot carry written as "?".
 */
class XmlBytesPropertyTest {

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> hostile = Arbitraries.of("<w:p>", "</w:t>", "&amp;", "\"'", "]]>", "Bình đẳng <giới> & \"trẻ\"",
                "\u0000\u0001\u001f", "\ud83d\ude00", "\ud800", "\udc00x", "\ufffe\uffff", "  hai  dấu cách ", "\t\r\n");
        return Arbitraries.oneOf(hostile, Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(40));
    }

    @Property(tries = 300)
    void should_read_back_the_text_and_attribute_when_any_string_is_escaped(@ForAll("anyText") String text)
            throws Exception {
        // GIVEN any string written as an element's text and as an attribute value
        XmlBytes x = new XmlBytes(16).raw("<r a=\"").attr(text).raw("\">").text(text).raw("</r>");
        // WHEN the bytes are parsed as XML
        StringBuilder content = new StringBuilder();
        String[] attribute = new String[1];
        SAXParserFactory.newInstance().newSAXParser().parse(new ByteArrayInputStream(x.toByteArray()),
                new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String local, String name, Attributes atts) {
                        attribute[0] = atts.getValue("a");
                    }

                    @Override
                    public void characters(char[] ch, int start, int length) {
                        content.append(ch, start, length);
                    }
                });
        // THEN both give the string back (a carriage return too: written as a reference), unrepresentable
        // characters as "?"
        String expected = xmlSafe(text);
        assertThat(attribute[0]).isEqualTo(expected);
        assertThat(content.toString()).isEqualTo(expected);
    }

    @Example
    void should_keep_markup_characters_and_spaces_as_text_when_a_paragraph_holds_them() throws IOException {
        // GIVEN a paragraph of markup-looking text with leading, trailing and repeated spaces
        String text = "  <w:p> & \"trích dẫn\"  ]]> ";
        LayoutDocument doc = LayoutDocument.of(DocumentInfo.vietnamese("<t> & \"a\"", "Ủy ban & <b>", Samples.STAMP),
                PageSetup.a4Portrait(), Paragraph.of(text));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxRenderer.create().render(doc, out);
        // WHEN read back with POI
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            // THEN the paragraph and the properties hold exactly what went in
            assertThat(read.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly(text);
            assertThat(read.getProperties().getCoreProperties().getTitle()).isEqualTo("<t> & \"a\"");
            assertThat(read.getProperties().getCoreProperties().getCreator()).isEqualTo("Ủy ban & <b>");
        }
    }

    /** The string as XML 1.0 can carry it: controls (but tab, LF, CR), lone surrogates, U+FFFE/U+FFFF as "?". */
    private static String xmlSafe(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c)
                    || c == 0xfffe || c == 0xffff) {
                b.append('?');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
