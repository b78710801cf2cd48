package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.testing.SeedPlan;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlanStatus;

class PlanDocumentTest {

    private static final Plan SEED = SeedPlan.konTum2024();

    private static byte[] render(PlanDocument doc, Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.render(format, out);
        return out.toByteArray();
    }

    private static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank())
                .collect(Collectors.toList());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static Plan issued(Plan plan) {
        DocumentIdentity id = plan.identity();
        DocumentIdentity numbered = new DocumentIdentity(id.issuer(), id.parentBody(), id.type(), 5, id.symbol(),
                id.place(), IssueDate.of(LocalDate.of(2020, 1, 5)), id.subject());
        return plan.toBuilder().status(PlanStatus.ISSUED).identity(numbered).build();
    }

    @Test
    void should_print_the_draft_header_with_blank_number_and_day_as_the_seed_does() throws IOException {
        // GIVEN the seed plan, a draft of October 2024 without number or day
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(PlanDocument.of(SEED), Format.DOCX)))) {
            XWPFTable header = doc.getTables().get(0);
            // THEN the header prints the issuer on two lines, the motto, a blank number and a blank day
            assertThat(header.getRow(0).getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsSubsequence("ỦY BAN NHÂN DÂN", "TỈNH KON TUM");
            assertThat(header.getRow(0).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsSubsequence("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số:      /KH-UBND");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Kon Tum, ngày     tháng 10 năm 2024");
        }
    }

    @Test
    void should_print_sections_one_to_six_with_their_numbering_in_docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(PlanDocument.of(SEED), Format.DOCX)))) {
            List<String> text = paragraphs(doc);
            assertThat(text).containsSubsequence(
                    "KẾ HOẠCH",
                    "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu: Việc tổ chức Chương trình phải sát với tình hình"
                            + " thực tế và nguyện vọng chính đáng của đa số phụ nữ, trên tinh thần thẳng thắn, cởi mở,"
                            + " chân tình; nội dung trao đổi, đối thoại thiết thực; công tác tổ chức phải đảm bảo hiệu"
                            + " quả, ý nghĩa, tiết kiệm, tránh hình thức.",
                    "II. NỘI DUNG",
                    "1. Chủ đề: “Bình đẳng giới và những vấn đề cần quan tâm đối với phụ nữ và trẻ em”.",
                    "2. Nội dung đối thoại",
                    "III. THỜI GIAN, ĐỊA ĐIỂM", "1. Thời gian: 01 buổi, dự kiến trong tháng 11/2024.",
                    "IV. THÀNH PHẦN THAM DỰ", "1. Tại điểm cầu của tỉnh: Dự kiến khoảng 250 đại biểu.",
                    "a) Ủy ban nhân dân tỉnh và các cơ quan chức năng trực tiếp đối thoại với Phụ nữ:",
                    "b) Đại biểu mời:", "c) Lực lượng Phụ nữ tham gia đối thoại (khoảng 200 đại biểu):",
                    "2. Tại điểm cầu của huyện",
                    "V. KINH PHÍ THỰC HIỆN",
                    "VI. TỔ CHỨC THỰC HIỆN", "2. Phân công nhiệm vụ", "a) Hội Liên hiệp phụ nữ tỉnh",
                    "b) Sở Lao động - Thương binh và Xã hội: Chủ trì, phối hợp với Hội Liên hiệp phụ nữ tỉnh và các"
                            + " đơn vị liên quan:",
                    "đ) Ủy ban nhân dân các huyện, thành phố");
            assertThat(text).anyMatch(t -> t.startsWith("1. Triển khai công tác thông tin, tuyên truyền: Các sở, ngành"));
            assertThat(text).anyMatch(t -> t.startsWith("c) Văn phòng Ủy ban nhân dân tỉnh: Phối hợp với Sở Lao động"));
            assertThat(text).anyMatch(t -> t.startsWith("2. Địa điểm: Điểm cầu tỉnh (Hội trường Ngọc Linh, thành phố Kon Tum)"));
            XWPFParagraph intro = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Thực hiện chỉ đạo của Thủ tướng")).findFirst().orElseThrow();
            assertThat(intro.getRuns()).allMatch(r -> r.isItalic());
        }
    }

    @Test
    void should_print_recipients_archive_line_and_signature_block_in_docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(PlanDocument.of(SEED), Format.DOCX)))) {
            XWPFTable footer = doc.getTables().get(doc.getTables().size() - 1);
            List<String> recipients = footer.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.toList());
            assertThat(recipients).startsWith("Nơi nhận:", "- Thường trực Tỉnh ủy (b/c);", "- Thường trực HĐND tỉnh (b/c);",
                    "- Chủ tịch, các PCT UBND tỉnh (đ/b);");
            assertThat(recipients).containsSubsequence("- VP UBND tỉnh:", "+ CVP, các PCVP;", "+ Phòng HCQT;",
                    "+ Trung tâm: PVHCC, HCHN;").endsWith("- Lưu: VT, KGVX.NTMD.");
            List<String> signature = footer.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(t -> !t.isBlank()).collect(Collectors.toList());
            assertThat(signature).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Ngọc Tuấn");
        }
    }

    @Test
    void should_print_header_sections_and_signature_in_extractable_pdf() throws IOException {
        String text = pdfText(render(PlanDocument.of(SEED), Format.PDF));
        List<String> lines = text.lines().map(String::trim).collect(Collectors.toList());
        assertThat(lines).contains("ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG",
                "III. THỜI GIAN, ĐỊA ĐIỂM", "IV. THÀNH PHẦN THAM DỰ", "V. KINH PHÍ THỰC HIỆN", "VI. TỔ CHỨC THỰC HIỆN",
                "Nơi nhận:", "- Lưu: VT, KGVX.NTMD.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Ngọc Tuấn");
        String flat = collapse(text);
        assertThat(flat).contains("Số: /KH-UBND").contains("Kon Tum, ngày tháng 10 năm 2024")
                .contains("Tổ chức Chương trình gặp gỡ, đối thoại giữa Chủ tịch Ủy ban nhân dân tỉnh với phụ nữ năm 2024")
                .contains("1. Chủ đề: “Bình đẳng giới và những vấn đề cần quan tâm đối với phụ nữ và trẻ em”.")
                .contains("đ) Ủy ban nhân dân các huyện, thành phố")
                .contains(collapse(SEED.implementation().closing()));
    }

    @Test
    void should_print_number_and_date_with_leading_zeros_when_issued() throws IOException {
        PlanDocument doc = PlanDocument.of(issued(SEED));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(render(doc, Format.DOCX)))) {
            XWPFTable header = docx.getTables().get(0);
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 05/KH-UBND");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Kon Tum, ngày 05 tháng 01 năm 2020");
        }
        String pdf = collapse(pdfText(render(doc, Format.PDF)));
        assertThat(pdf).contains("Số: 05/KH-UBND Kon Tum, ngày 05 tháng 01 năm 2020");
    }

    @Test
    void should_print_the_same_plan_with_english_wording() {
        String all = PlanDocument.of(SEED).withWording(Wording.english()).layout().toString();
        assertThat(all).contains("SOCIALIST REPUBLIC OF VIET NAM", "PLAN", "PURPOSE AND REQUIREMENTS",
                "IMPLEMENTATION", "ON BEHALF OF ỦY BAN NHÂN DÂN", "Recipients:", "Archived: VT, KGVX.NTMD.")
                .doesNotContain("Nơi nhận:", "MỤC ĐÍCH, YÊU CẦU");
    }

    @Test
    void should_give_identical_files_stamped_with_the_issue_month_and_no_clock() throws IOException {
        for (Format f : Format.values()) {
            byte[] first = render(PlanDocument.of(SEED), f);
            assertThat(Arrays.mismatch(first, render(PlanDocument.of(SEED), f))).as(f + " first differing byte").isEqualTo(-1);
        }
        assertThat(PlanDocument.of(SEED).layout().info().timestamp()).isEqualTo(Instant.parse("2024-09-30T17:00:00Z"));
        assertThat(PlanDocument.of(SEED).withTimestamp(Instant.parse("2024-10-20T01:00:00Z")).layout().info().timestamp())
                .isEqualTo(Instant.parse("2024-10-20T01:00:00Z"));
    }

    @Test
    void should_break_a_long_subject_into_balanced_lines_that_keep_every_word() {
        String subject = SEED.identity().subject();
        List<String> lines = PlanDocument.subjectLines(subject);
        assertThat(lines).containsExactly("Tổ chức Chương trình gặp gỡ, đối thoại giữa",
                "Chủ tịch Ủy ban nhân dân tỉnh với phụ nữ năm 2024");
        assertThat(String.join(" ", lines)).isEqualTo(subject);
        assertThat(PlanDocument.subjectLines("Dòng một\nDòng hai")).containsExactly("Dòng một", "Dòng hai");
        assertThat(PlanDocument.subjectLines("Ngắn")).containsExactly("Ngắn");
    }
}
