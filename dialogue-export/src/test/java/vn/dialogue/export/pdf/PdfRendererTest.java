package vn.dialogue.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.layout.FoldedCard;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.testing.Samples;

class PdfRendererTest {

    private static byte[] render(LayoutDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.create().render(doc, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static LayoutDocument onlyParagraph(String text) {
        return LayoutDocument.of(DocumentInfo.vietnamese("t", "a", Samples.STAMP), PageSetup.a4Portrait(),
                Paragraph.of(text));
    }

    @Test
    void should_extract_exactly_the_vietnamese_text_that_went_in() throws IOException {
        // GIVEN a paragraph of Vietnamese with every tone mark on several vowels
        // WHEN it is rendered to PDF and its text extracted
        String extracted = collapse(text(render(onlyParagraph(Samples.BODY))));
        // THEN the text is the same, character for character (line breaks aside)
        assertThat(extracted).isEqualTo(Samples.BODY);
    }

    @Test
    void should_render_decomposed_input_as_composed_text() throws IOException {
        String extracted = collapse(text(render(onlyParagraph(Samples.nfd(Samples.BODY)))));
        assertThat(extracted).isEqualTo(Samples.BODY);
    }

    @Test
    void should_print_header_title_sections_and_signature() throws IOException {
        String text = text(render(Samples.everyBlock(Samples.BODY)));
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\\R")) {
            lines.add(l.trim());
        }
        // the number line and the date line share one row of the header
        assertThat(lines).contains("Số: 05/KH-UBND Kon Tum, ngày 05 tháng 01 năm 2020");
        assertThat(lines).contains("ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH", "2. Yêu cầu: công tác tổ chức phải đảm bảo hiệu quả.", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nơi nhận:", "- Thường trực Tỉnh ủy (b/c);",
                "+ CVP, các PCVP;", "- Lưu: VT, KGVX.NTMD.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Ngọc Tuấn",
                "Trang hai.");
        assertThat(collapse(text)).contains(Samples.BODY)
                .contains("Tổ chức Chương trình gặp gỡ, đối thoại giữa Chủ tịch Ủy ban nhân dân tỉnh với phụ nữ năm 2024")
                .contains("=1+2 không phải công thức");
    }

    @Test
    void should_use_a4_pages_and_start_a_new_page_at_a_page_break() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(Samples.everyBlock(Samples.BODY)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(box.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            // page 2 carries its number in the top margin, page 1 none
            assertThat(second.getText(doc).lines().map(String::trim)).containsExactlyInAnyOrder("2", "Trang hai.");
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            assertThat(first.getText(doc).lines().map(String::trim)).doesNotContain("1");
        }
    }

    @Test
    void should_embed_the_serif_as_subsets_with_identity_h() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(Samples.everyBlock(Samples.BODY)))) {
            PDPage page = doc.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f).isInstanceOf(PDType0Font.class);
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).matches("[A-Z]{6}\\+LiberationSerif.*");
                assertThat(((PDType0Font) f).getCOSObject().getNameAsString(org.apache.pdfbox.cos.COSName.ENCODING))
                        .isEqualTo("Identity-H");
            });
        }
    }

    @Test
    void should_give_byte_identical_files_with_the_document_timestamp_when_rendered_twice() throws IOException {
        byte[] first = render(Samples.everyBlock(Samples.BODY));
        assertThat(java.util.Arrays.mismatch(first, render(Samples.everyBlock(Samples.BODY))))
                .as("index of the first differing byte").isEqualTo(-1);
        try (PDDocument doc = Loader.loadPDF(first)) {
            Calendar created = doc.getDocumentInformation().getCreationDate();
            Calendar modified = doc.getDocumentInformation().getModificationDate();
            assertThat(created.toInstant()).isEqualTo(Samples.STAMP);
            assertThat(modified.toInstant()).isEqualTo(Samples.STAMP);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Kế hoạch đối thoại");
        }
    }

    @Test
    void should_change_the_file_when_the_timestamp_changes() throws IOException {
        LayoutDocument doc = Samples.everyBlock(Samples.BODY);
        LayoutDocument later = new LayoutDocument(
                DocumentInfo.vietnamese("Kế hoạch đối thoại", "Ủy ban nhân dân tỉnh Kon Tum", Instant.parse("2024-10-21T01:00:00Z")),
                doc.page(), doc.blocks());
        assertThat(java.util.Arrays.equals(render(later), render(doc))).isFalse();
    }

    @Test
    void should_give_the_same_bytes_when_the_faces_were_used_by_other_documents_before_and_alongside() throws Exception {
        // GIVEN a document rendered first in a fresh state of the reused faces
        LayoutDocument doc = Samples.everyBlock(Samples.BODY);
        byte[] alone = render(doc);
        // WHEN other documents use the same faces before it, and four threads render it at once
        render(onlyParagraph("Một văn bản khác: Ỹ ỹ Ữ ữ Ặ ặ"));
        render(cards(FoldedCard.of("Nguyễn Thị Hoa", "Chủ tịch Hội")));
        byte[] after = render(doc);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                LayoutDocument d = i % 2 == 0 ? doc : onlyParagraph("Văn bản " + i);
                futures.add(pool.submit(() -> render(d)));
            }
            // THEN every rendering of it is byte-identical to the first (subset prefixes, glyphs, identifier)
            assertThat(java.util.Arrays.mismatch(after, alone)).isEqualTo(-1);
            for (int i = 0; i < futures.size(); i += 2) {
                assertThat(java.util.Arrays.mismatch(futures.get(i).get(), alone)).as("rendering %d", i).isEqualTo(-1);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void should_print_each_face_line_on_both_halves_when_a_card_fits_and_when_it_must_wrap() throws IOException {
        // GIVEN a card that fits its width, and one whose organisation is too long even at the smallest size
        String longLine = "Hội Liên hiệp Phụ nữ ".repeat(12).strip();
        byte[] pdf = render(cards(FoldedCard.of("Y Hoa Niê", "Chủ tịch Hội"),
                FoldedCard.of("Rơ Châm H'Hen", longLine)));
        // WHEN the text is extracted page by page
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(doc);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = collapse(stripper.getText(doc));
            // THEN each page holds its face twice (both halves), the long line wrapped but whole
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(first.split("Y Hoa Niê", -1)).hasSize(3);
            assertThat(first.split("Chủ tịch Hội", -1)).hasSize(3);
            assertThat(second.split("Rơ Châm H'Hen", -1)).hasSize(3);
            assertThat(second.replace(" ", "")).contains(longLine.replace(" ", ""));
        }
    }

    private static LayoutDocument cards(FoldedCard... cards) {
        return LayoutDocument.of(DocumentInfo.vietnamese("Bảng tên", "a", Samples.STAMP), PageSetup.a4Landscape(),
                cards);
    }
}
