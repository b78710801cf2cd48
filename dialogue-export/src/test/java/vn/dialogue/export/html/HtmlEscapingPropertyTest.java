package vn.dialogue.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.layout.Heading;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.testing.Samples;

/**
 * User text reaches the HTML output only escaped: whatever a title, an author, a heading or a paragraph holds, the
 * page carries no element, attribute or entity the renderer did not write itself, and the text reads back whole.
 */
class HtmlEscapingPropertyTest {

    private static final String[] HOSTILE = {"<script>alert(1)</script>", "</p><img src=x onerror=alert(1)>",
            "\" onmouseover=\"alert(1)", "' onfocus='x", "&lt;already&gt;", "&#60;script&#62;", "]]>", "<!--",
            "<![CDATA[", "javascript:alert(1)", "Bình đẳng <giới> & \"trẻ em\"", "<style>*{}</style>", ""};
    /** The only tags the renderer writes. */
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9!]+)");
    private static final java.util.Set<String> OWN_TAGS = java.util.Set.of("!DOCTYPE", "html", "head", "meta", "title",
            "style", "body", "p", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "br", "ul", "ol", "li", "table", "thead",
            "tbody", "tr", "th", "td", "div", "span", "b", "i", "strong", "em", "section", "header", "footer",
            "article", "main", "colgroup", "col", "caption");

    @Provide
    Arbitrary<String> userText() {
        return Combinators.combine(Arbitraries.of(HOSTILE), Arbitraries.strings().withChars("aĐế<>&\"' =/;").ofMaxLength(12),
                Arbitraries.of(HOSTILE)).as((a, b, c) -> a + b + c);
    }

    @Property(tries = 300)
    void should_escape_every_user_text_when_rendering_html(@ForAll("userText") String title,
                                                           @ForAll("userText") String heading,
                                                           @ForAll("userText") String text) {
        // GIVEN a document whose every text came from users
        LayoutDocument document = LayoutDocument.of(DocumentInfo.vietnamese(title, text, Samples.STAMP),
                PageSetup.a4Portrait(), Heading.of(1, "I", heading), Paragraph.of(Run.plain(text), Run.bold(title)));
        // WHEN rendered
        String html = HtmlRenderer.create().toHtml(document);
        // THEN only the renderer's own tags appear, no script or event handler, and each text reads back escaped
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            assertThat(OWN_TAGS).as("tag <%s%s> in %s", tags.group(1), tags.group(2), html).contains(tags.group(2));
        }
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img");
        // inside every tag, once the quoted values are taken out, no event handler attribute is left: a user's
        // quote cannot close an attribute value (it is written as &quot;)
        Matcher whole = Pattern.compile("<[a-zA-Z!][^>]*>").matcher(html);
        while (whole.find()) {
            String bare = whole.group().replaceAll("\"[^\"]*\"", "\"\"");
            assertThat(bare).as("tag %s", whole.group()).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
        }
        for (String t : new String[] {title, heading, text}) {
            assertThat(html).contains(HtmlRenderer.escape(Normalizer.normalize(t, Normalizer.Form.NFC).strip()));
        }
    }
}
