package vn.dialogue.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.testing.Samples;

class HtmlRendererTest {

    private static String render(LayoutDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlRenderer.create().render(doc, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_escape_markup_in_user_text() throws IOException {
        // GIVEN a list item whose text holds a script element, and one with & and quotes
        String html = render(Samples.everyBlock(Samples.BODY));
        // THEN no script element reaches the page, only its escaped text
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Ý kiến &amp; kiến nghị &quot;khác&quot;");
    }

    @Test
    void should_be_a_standalone_utf8_page_with_every_part_of_the_document() throws IOException {
        String html = render(Samples.everyBlock(Samples.BODY));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .contains("<html lang=\"vi-VN\">")
                .doesNotContain("src=").doesNotContain("href=")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 05/KH-UBND", "Kon Tum, ngày 05 tháng 01 năm 2020",
                        "KẾ HOẠCH", "<h2>I. MỤC ĐÍCH, YÊU CẦU</h2>", "<h3>1. Mục đích</h3>", Samples.BODY
                                .replace("“", "“"),
                        "<th scope=\"col\">Nội dung</th>", "<td>=1+2 không phải công thức</td>", "Nơi nhận:",
                        "- Lưu: VT, KGVX.NTMD.", "TM. ỦY BAN NHÂN DÂN", "Lê Ngọc Tuấn", "class=\"page-break\"");
    }

    @Test
    void should_render_decomposed_input_as_composed_text_and_identically_twice() throws IOException {
        String fromNfd = render(Samples.everyBlock(Samples.nfd(Samples.BODY)));
        assertThat(fromNfd).contains(Samples.BODY).isEqualTo(render(Samples.everyBlock(Samples.BODY)));
    }

    @Property
    void escaped_text_never_holds_a_markup_character(@ForAll String text) {
        String escaped = HtmlRenderer.escape(text);
        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        assertThat(escaped.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "").replace("&quot;", "")
                .replace("&#39;", "").replace("&#xFFFD;", "")).doesNotContain("&");
    }
}
