package vn.dialogue.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.testing.Samples;

class DocxRendererTest {

    private static byte[] render(LayoutDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxRenderer.create().render(doc, out);
        return out.toByteArray();
    }

    private static XWPFDocument read(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void should_set_a4_page_size_and_decree_margins_explicitly() throws IOException {
        // GIVEN a portrait A4 document with the default margins (top/bottom 20, left 30, right 15 mm)
        // WHEN it is rendered and read back
        try (XWPFDocument doc = read(render(Samples.everyBlock(Samples.BODY)))) {
            // THEN the section names A4 in twips and the margins
            CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(new BigInteger(size.getW().toString())).isEqualTo(BigInteger.valueOf(11906));
            assertThat(new BigInteger(size.getH().toString())).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();
            assertThat(new BigInteger(mar.getTop().toString())).isEqualTo(BigInteger.valueOf(1134));
            assertThat(new BigInteger(mar.getBottom().toString())).isEqualTo(BigInteger.valueOf(1134));
            assertThat(new BigInteger(mar.getLeft().toString())).isEqualTo(BigInteger.valueOf(1701));
            assertThat(new BigInteger(mar.getRight().toString())).isEqualTo(BigInteger.valueOf(850));
        }
    }

    @Test
    void should_swap_page_dimensions_when_landscape() throws IOException {
        LayoutDocument portrait = Samples.everyBlock(Samples.BODY);
        LayoutDocument landscape = new LayoutDocument(portrait.info(), PageSetup.a4Landscape(), portrait.blocks());
        try (XWPFDocument doc = read(render(landscape))) {
            CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(new BigInteger(size.getW().toString())).isEqualTo(BigInteger.valueOf(16838));
            assertThat(new BigInteger(size.getH().toString())).isEqualTo(BigInteger.valueOf(11906));
            assertThat(size.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
        }
    }

    @Test
    void should_print_the_two_column_header_with_number_and_date_on_one_row() throws IOException {
        try (XWPFDocument doc = read(render(Samples.everyBlock(Samples.BODY)))) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("ỦY BAN NHÂN DÂN").contains("TỈNH KON TUM");
            assertThat(header.getRow(0).getCell(1).getText())
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc");
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 05/KH-UBND");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Kon Tum, ngày 05 tháng 01 năm 2020");
            XWPFRun date = header.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertThat(date.isItalic()).isTrue();
            assertThat(date.getFontFamily()).isEqualTo("Times New Roman");
        }
    }

    @Test
    void should_print_title_headings_body_lists_table_and_signature_in_order() throws IOException {
        try (XWPFDocument doc = read(render(Samples.everyBlock(Samples.BODY)))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(t -> !t.isBlank()).collect(Collectors.toList());
            assertThat(paragraphs).containsSubsequence(
                    "KẾ HOẠCH", "Tổ chức Chương trình gặp gỡ, đối thoại giữa",
                    "Chủ tịch Ủy ban nhân dân tỉnh với phụ nữ năm 2024",
                    "Thực hiện Văn bản số 8059/VPCP-QHĐP ngày 01 tháng 12 năm 2022;",
                    "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", Samples.BODY,
                    "2. Yêu cầu: công tác tổ chức phải đảm bảo hiệu quả.",
                    "- Phụ nữ có ý kiến, đề xuất, kiến nghị <script>alert(1)</script>",
                    "+ Ý kiến & kiến nghị \"khác\"", "Trang hai.");
            XWPFParagraph heading = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("I. MỤC ĐÍCH, YÊU CẦU")).findFirst().orElseThrow();
            assertThat(heading.getRuns().get(0).isBold()).isTrue();

            XWPFTable data = doc.getTables().get(1);
            assertThat(data.getRow(0).getCell(1).getText()).isEqualTo("Nội dung");
            assertThat(data.getRow(0).isRepeatHeader()).isTrue();
            assertThat(data.getRow(2).getCell(1).getText()).isEqualTo("=1+2 không phải công thức");

            XWPFTable footer = doc.getTables().get(2);
            String recipients = footer.getRow(0).getCell(0).getText();
            assertThat(recipients).startsWith("Nơi nhận:").contains("- Thường trực Tỉnh ủy (b/c);")
                    .contains("+ CVP, các PCVP;").endsWith("- Lưu: VT, KGVX.NTMD.");
            List<String> signature = footer.getRow(0).getCell(1).getParagraphs().stream()
                    .map(XWPFParagraph::getText).filter(t -> !t.isBlank()).collect(Collectors.toList());
            assertThat(signature).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Ngọc Tuấn");
        }
    }

    @Test
    void should_place_blocks_in_body_order() throws IOException {
        try (XWPFDocument doc = read(render(Samples.everyBlock(Samples.BODY)))) {
            List<IBodyElement> body = doc.getBodyElements();
            assertThat(body.get(0)).isInstanceOf(XWPFTable.class);
            assertThat(body.get(body.size() - 1)).isInstanceOf(XWPFParagraph.class);
        }
    }

    @Test
    void should_give_byte_identical_files_when_rendered_twice() throws IOException {
        byte[] first = render(Samples.everyBlock(Samples.BODY));
        byte[] second = render(Samples.everyBlock(Samples.BODY));
        assertThat(java.util.Arrays.mismatch(first, second)).as("index of the first differing byte").isEqualTo(-1);
    }

    @Test
    void should_stamp_core_properties_and_zip_entries_with_the_document_timestamp() throws IOException {
        byte[] bytes = render(Samples.everyBlock(Samples.BODY));
        try (XWPFDocument doc = read(bytes)) {
            assertThat(doc.getProperties().getCoreProperties().getCreated().toInstant()).isEqualTo(Samples.STAMP);
            assertThat(doc.getProperties().getCoreProperties().getModified().toInstant()).isEqualTo(Samples.STAMP);
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("docx", ".docx");
        java.nio.file.Files.write(file, bytes);
        List<java.time.LocalDateTime> times = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                times.add(entries.nextElement().getTimeLocal());
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(times).isNotEmpty().allMatch(t -> t.equals(java.time.LocalDateTime.of(2024, 10, 20, 1, 0)));
    }

    @Test
    void should_render_decomposed_input_as_composed_text() throws IOException {
        // GIVEN the body text in NFD, as some keyboards produce it
        byte[] fromNfd = render(Samples.everyBlock(Samples.nfd(Samples.BODY)));
        // WHEN read back THEN the text is NFC, and the file equals the one rendered from NFC input
        try (XWPFDocument doc = read(fromNfd)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains(Samples.BODY);
        }
        assertThat(java.util.Arrays.mismatch(fromNfd, render(Samples.everyBlock(Samples.BODY)))).isEqualTo(-1);
    }
}
