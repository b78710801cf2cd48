package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.Samples;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.testing.SeedQuestions;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.Question;

class CompiledSubmissionsDocumentTest {

    private static final Plan PLAN = SeedParticipants.plan();
    private static final List<Question> QUESTIONS = SeedQuestions.questions(PLAN);
    private static final CompiledSubmissionsDocument DOC = CompiledSubmissionsDocument.of(PLAN, QUESTIONS)
            .withTimestamp(Samples.STAMP);

    @Test
    void should_group_compiled_questions_by_topic_then_lead_agency_with_counts_and_origins_in_docx() throws IOException {
        try (XWPFDocument doc = Outputs.docx(Outputs.render(DOC.layout(), Format.DOCX))) {
            // THEN the header is the issuer's report, a draft of the plan's month
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số:      /BC-UBND");
            assertThat(header.getRow(1).getCell(1).getText())
                    .isEqualTo(Wording.vietnamese().placeAndDate("Kon Tum", null, 10, 2024));
            // the counts, then one part per topic in the plan's order, one numbered heading per lead agency
            assertThat(Outputs.paragraphs(doc)).containsSubsequence("BÁO CÁO",
                    "Tổng số 06 ý kiến, kiến nghị đã được tiếp nhận và tổng hợp thành 05 nội dung, phân theo lĩnh vực "
                            + "và cơ quan chủ trì trả lời như sau:",
                    "I. " + PLAN.topics().get(0).title(), "1. Công an tỉnh Kon Tum chủ trì trả lời",
                    "II. " + PLAN.topics().get(1).title(),
                    "1. Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum chủ trì trả lời",
                    "2. Sở Nội vụ tỉnh Kon Tum chủ trì trả lời",
                    "III. " + PLAN.topics().get(2).title(),
                    "1. Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum chủ trì trả lời");
            // the compiled question on health insurance: number 2, two askers, the branch twice, two districts
            XWPFTable labour = doc.getTables().get(2);
            assertThat(labour.getRow(0).getCell(1).getText()).isEqualTo("Nội dung ý kiến, kiến nghị");
            assertThat(labour.getRow(1).getCell(0).getText()).isEqualTo("2");
            assertThat(labour.getRow(1).getCell(1).getText())
                    .isEqualTo("Hỗ trợ bảo hiểm y tế cho phụ nữ dân tộc thiểu số và phụ nữ nghèo");
            assertThat(labour.getRow(1).getCell(2).getText()).isEqualTo("2");
            assertThat(labour.getRow(1).getCell(3).getText()).isEqualTo("Hội LHPN tỉnh (2)");
            assertThat(labour.getRow(1).getCell(4).getText()).isEqualTo("Đăk Hà (1); Đăk Tô (1)");
            assertThat(labour.getRow(2).getCell(3).getText()).isEqualTo("Đường dây nóng (1)");
            // rejected and merged submissions are not listed on their own
            String all = String.join("\n", Outputs.paragraphs(doc)) + doc.getTables().stream().map(XWPFTable::getText)
                    .reduce("", String::concat);
            assertThat(all).doesNotContain("Tranh chấp đất đai").doesNotContain("Phụ nữ nghèo cần được hỗ trợ");
            // the footer: the agencies concerned, the archive line, the plan's signature
            XWPFTable footer = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(footer.getRow(0).getCell(0).getText()).contains("- Công an tỉnh Kon Tum;")
                    .contains("- Lưu: VT, KGVX.NTMD.");
            assertThat(footer.getRow(0).getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN").contains("Lê Ngọc Tuấn");
        }
    }

    @Test
    void should_list_the_same_numbers_flat_and_keep_askers_identity_in_the_internal_workbook() throws IOException {
        byte[] xlsx = Outputs.bytes(out -> DOC.render(SheetFormat.XLSX, out));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet list = wb.getSheet("Tổng hợp");
            assertThat(list.getLastRowNum()).isEqualTo(5);
            XSSFRow second = list.getRow(2);
            assertThat(second.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(second.getCell(3).getStringCellValue()).isEqualTo("Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum");
            assertThat(second.getCell(7).getNumericCellValue()).isEqualTo(2);
            assertThat(second.getCell(11).getStringCellValue()).isEqualTo("Đã trả lời trực tiếp");
            XSSFRow third = list.getRow(3);
            assertThat(third.getCell(4).getStringCellValue()).isEqualTo("Ngân hàng Chính sách xã hội chi nhánh tỉnh Kon Tum");
            assertThat(third.getCell(10).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 11, 12));
            // a wording typed as a formula stays quoted text
            assertThat(third.getCell(5).getCellType()).isEqualTo(CellType.STRING);
            assertThat(third.getCell(5).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(third.getCell(5).getCellStyle().getQuotePrefixed()).isTrue();
            // every submission with its asker, consent and contact: an internal export
            XSSFSheet askers = wb.getSheet("Người gửi");
            assertThat(askers.getLastRowNum()).isEqualTo(6);
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= askers.getLastRowNum(); r++) {
                names.add(askers.getRow(r).getCell(2).getStringCellValue()
                        + "|" + askers.getRow(r).getCell(5).getStringCellValue()
                        + "|" + askers.getRow(r).getCell(10).getStringCellValue());
            }
            assertThat(names).contains("Y Hoa Niê|0905 123 456|Không", "Trần Thị Mai|+84 977 111 222, mai.tran@example.vn|Không",
                    "Đinh Thị Bia|0988 000 111|Có");
        }
    }

    @Test
    void should_print_the_report_to_pdf_with_extractable_text_and_render_byte_identical_files() throws IOException {
        byte[] pdf = Outputs.render(DOC.layout(), Format.PDF);
        assertThat(Outputs.pdfLines(pdf)).contains("BÁO CÁO", "Số: /BC-UBND Kon Tum, ngày tháng 10 năm 2024",
                "1. Công an tỉnh Kon Tum chủ trì trả lời", "Nơi nhận:", "Lê Ngọc Tuấn");
        assertThat(pdf).isEqualTo(Outputs.render(DOC.layout(), Format.PDF));
        assertThat(Outputs.render(DOC.layout(), Format.DOCX)).isEqualTo(Outputs.render(DOC.layout(), Format.DOCX));
        assertThat(Outputs.bytes(out -> DOC.render(SheetFormat.XLSX, out)))
                .isEqualTo(Outputs.bytes(out -> DOC.render(SheetFormat.XLSX, out)));
    }

    @Test
    void should_say_so_when_nothing_is_compiled_yet() {
        List<String> text = CompiledSubmissionsDocument.of(PLAN, List.of()).layout().blocks().stream()
                .filter(b -> b instanceof vn.dialogue.export.layout.Paragraph)
                .map(b -> ((vn.dialogue.export.layout.Paragraph) b).text()).toList();
        assertThat(text).contains("Chưa có nội dung nào được tổng hợp.");
    }
}
