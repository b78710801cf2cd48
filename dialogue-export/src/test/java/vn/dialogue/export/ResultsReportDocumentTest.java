package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.Samples;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.testing.SeedQuestions;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionReport;

class ResultsReportDocumentTest {

    static {
        System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
    }

    private static final Plan PLAN = SeedParticipants.plan();
    private static final List<Question> QUESTIONS = SeedQuestions.questions(PLAN);
    private static final SeedQuestions.Conclusions CONCLUSIONS = SeedQuestions.conclusions(PLAN);
    private static final Instant YEAR_END = Instant.parse("2024-12-31T10:00:00Z");

    private static ResultsReportDocument report() {
        return ResultsReportDocument.of(PLAN, QUESTIONS, CONCLUSIONS.tasks(), YEAR_END)
                .issuedBy("hlhpn-tinh", "HLHPN").withTimestamp(Samples.STAMP);
    }

    @Test
    void should_print_the_figures_of_the_store_in_the_docx_with_three_charts_as_pictures() throws IOException {
        QuestionReport figures = QuestionReport.of(QUESTIONS, YEAR_END);
        int submissions = figures.byChannel().values().stream().mapToInt(Integer::intValue).sum();
        try (XWPFDocument docx = Outputs.docx(Outputs.render(report().layout(), Format.DOCX))) {
            List<String> text = Outputs.paragraphs(docx);
            assertThat(text).contains("BÁO CÁO", "I. KẾT QUẢ TIẾP NHẬN Ý KIẾN, KIẾN NGHỊ", "II. KẾT QUẢ TRẢ LỜI",
                    "V. ĐỀ XUẤT, KIẾN NGHỊ");
            assertThat(String.join("\n", text))
                    .contains("Ban Tổ chức đã tiếp nhận " + AdministrativeParts.pad2(submissions) + " ý kiến")
                    .contains("trả lời trực tiếp " + AdministrativeParts.pad2(figures.answeredLive()) + " câu hỏi")
                    .contains("hẹn trả lời bằng văn bản " + AdministrativeParts.pad2(figures.deferred()) + " câu hỏi")
                    .contains("Hình 1. ").contains("Hình 2. ").contains("Hình 3. ")
                    .doesNotContain("(…)").doesNotContain("...");
            // the channel table's total is the store's count of submissions
            List<String> total = docx.getTables().get(1).getRows().get(docx.getTables().get(1).getRows().size() - 1)
                    .getTableCells().stream().map(c -> c.getText()).toList();
            assertThat(total).containsExactly("", "Tổng cộng", Integer.toString(submissions), "100%");
            List<XWPFPictureData> pictures = docx.getAllPictures();
            assertThat(pictures).hasSize(3);
            for (XWPFPictureData p : pictures) {
                assertThat(p.getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
                java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(p.getData()));
                // 160 mm wide at 300 dots per inch
                assertThat(image.getWidth()).isBetween(1800, 1900);
            }
        }
    }

    @Test
    void should_draw_the_charts_in_vector_in_the_pdf_with_their_labels_as_text() throws IOException {
        byte[] pdf = Outputs.render(report().layout(), Format.PDF);
        List<String> lines = Outputs.pdfLines(pdf);
        String all = String.join("\n", lines);
        assertThat(all).contains("Hình 1. Ý kiến, kiến nghị tiếp nhận theo địa bàn")
                .contains("Số câu hỏi hẹn trả lời bằng văn bản").contains("Đúng hạn");
        try (PDDocument doc = Outputs.pdf(pdf)) {
            int forms = 0;
            int paths = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject x = page.getResources().getXObject(name);
                    if (x instanceof PDFormXObject form) {
                        forms++;
                        paths += fills(form);
                    }
                }
            }
            // three charts, each a form of vector paths (bars, grid lines), no raster image
            assertThat(forms).isEqualTo(3);
            assertThat(paths).isGreaterThan(10);
        }
    }

    @Test
    void should_write_each_chart_as_well_formed_inline_svg_in_html() throws Exception {
        String html = new String(Outputs.render(report().layout(), Format.HTML), StandardCharsets.UTF_8);
        List<String> svgs = new ArrayList<>();
        int from = 0;
        while ((from = html.indexOf("<svg", from)) >= 0) {
            int end = html.indexOf("</svg>", from) + "</svg>".length();
            svgs.add(html.substring(from, end));
            from = end;
        }
        assertThat(svgs).hasSize(3);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        for (String svg : svgs) {
            org.w3c.dom.Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(
                    svg.getBytes(StandardCharsets.UTF_8)));
            assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(d.getElementsByTagNameNS("*", "text").getLength()).isGreaterThan(3);
        }
        // the same document gives the same page (no id drawn from the clock)
        assertThat(new String(Outputs.render(report().layout(), Format.HTML), StandardCharsets.UTF_8)).isEqualTo(html);
    }

    private static int fills(PDFormXObject form) throws IOException {
        int n = 0;
        PDFStreamParser parser = new PDFStreamParser(form);
        for (Object token : parser.parse()) {
            if (token instanceof Operator op && (op.getName().equals("f") || op.getName().equals("re"))) {
                n++;
            }
        }
        return n;
    }
}
