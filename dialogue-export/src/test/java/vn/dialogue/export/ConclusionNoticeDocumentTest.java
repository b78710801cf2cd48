package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.Samples;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.testing.SeedQuestions;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Signature;
import vn.dialogue.plan.SigningAuthority;
import vn.dialogue.question.Question;

class ConclusionNoticeDocumentTest {

    private static final Plan PLAN = SeedParticipants.plan();
    private static final List<Question> QUESTIONS = SeedQuestions.questions(PLAN);
    private static final SeedQuestions.Conclusions CONCLUSIONS = SeedQuestions.conclusions(PLAN);
    private static final Signature CHIEF = new Signature(SigningAuthority.TL, "CHỦ TỊCH", "CHÁNH VĂN PHÒNG",
            "Nguyễn Văn Bình");

    private static ConclusionNoticeDocument notice() {
        return ConclusionNoticeDocument.of(PLAN, CONCLUSIONS.conclusions(), CONCLUSIONS.tasks(), QUESTIONS)
                .withTimestamp(Samples.STAMP);
    }

    @Test
    void should_print_the_office_notice_with_assessment_then_tasks_per_agency_when_issued() throws IOException {
        // GIVEN the notice issued by the People's Committee Office as number 7 on 05/12/2024
        ConclusionNoticeDocument doc = notice().issuedBy("vp-ubnd", "VP").issued(7, LocalDate.of(2024, 12, 5))
                .signedBy(CHIEF);
        try (XWPFDocument docx = Outputs.docx(Outputs.render(doc.layout(), Format.DOCX))) {
            XWPFTable header = docx.getTables().get(0);
            // THEN the office's header under its People's Committee, "Số: 07/TB-VP", the date with leading zeros
            assertThat(header.getRow(0).getCell(0).getText()).contains("ỦY BAN NHÂN DÂN").contains("VĂN PHÒNG");
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 07/TB-VP");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Kon Tum, ngày 05 tháng 12 năm 2024");
            assertThat(Outputs.paragraphs(docx)).containsSubsequence("THÔNG BÁO",
                    "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại",
                    "Vào ngày 22 tháng 11 năm 2024, tại Hội trường Ngọc Linh, thành phố Kon Tum, Chủ tịch Ủy ban nhân "
                            + "dân tỉnh đã chủ trì Chương trình gặp gỡ, đối thoại giữa Chủ tịch Ủy ban nhân dân tỉnh với "
                            + "phụ nữ năm 2024. Tại buổi đối thoại, 02 ý kiến, kiến nghị được trả lời trực tiếp, 01 ý kiến, "
                            + "kiến nghị được giao cơ quan chức năng trả lời bằng văn bản. Sau khi nghe ý kiến của các đại "
                            + "biểu và các cơ quan, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:",
                    "I. ĐÁNH GIÁ CHUNG",
                    "Buổi đối thoại diễn ra dân chủ, cởi mở; các cơ quan trả lời đầy đủ, đúng trọng tâm.",
                    "Hội Liên hiệp Phụ nữ tỉnh đã chuẩn bị chu đáo.",
                    "II. NHIỆM VỤ GIAO CÁC CƠ QUAN, ĐƠN VỊ",
                    "- Các sở, ngành tiếp tục quan tâm giải quyết kiến nghị của phụ nữ.",
                    "1. Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum:",
                    "- Tham mưu chính sách hỗ trợ bảo hiểm y tế cho phụ nữ dân tộc thiểu số. Thời hạn: "
                            + CONCLUSIONS.tasks().get(0).deadline().vi() + " (chậm nhất ngày 06 tháng 12 năm 2024).",
                    "2. Sở Y tế tỉnh Kon Tum:", "3. Công an tỉnh Kon Tum:",
                    "- Trả lời bằng văn bản 01 ý kiến, kiến nghị được giao tại buổi đối thoại (nội dung số 1 trong bảng "
                            + "tổng hợp), gửi đến người hỏi chậm nhất ngày 06 tháng 12 năm 2024.",
                    "Trên đây là kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại Chương trình gặp gỡ, đối thoại giữa Chủ "
                            + "tịch Ủy ban nhân dân tỉnh với phụ nữ năm 2024; Văn phòng Ủy ban nhân dân tỉnh thông báo để "
                            + "các cơ quan, đơn vị liên quan biết, thực hiện./.");
            XWPFTable footer = docx.getTables().get(docx.getTables().size() - 1);
            assertThat(footer.getRow(0).getCell(0).getText()).contains("- Sở Y tế tỉnh Kon Tum;")
                    .contains("- Công an tỉnh Kon Tum;").contains("- Lưu: VT, KGVX.NTMD.");
            assertThat(footer.getRow(0).getCell(1).getText()).contains("TL. CHỦ TỊCH").contains("CHÁNH VĂN PHÒNG")
                    .contains("Nguyễn Văn Bình");
        }
    }

    @Test
    void should_leave_number_and_day_blank_in_a_draft_and_extract_from_pdf() throws IOException {
        byte[] pdf = Outputs.render(notice().layout(), Format.PDF);
        List<String> lines = Outputs.pdfLines(pdf);
        assertThat(lines).contains("Số: /TB-UBND Kon Tum, ngày tháng 11 năm 2024", "THÔNG BÁO", "I. ĐÁNH GIÁ CHUNG",
                "II. NHIỆM VỤ GIAO CÁC CƠ QUAN, ĐƠN VỊ", "Nơi nhận:");
        assertThat(pdf).isEqualTo(Outputs.render(notice().layout(), Format.PDF));
    }

    @Test
    void should_render_in_english_and_refuse_an_unknown_issuer() throws IOException {
        String html = new String(Outputs.render(notice().withWording(Wording.english()).layout(), Format.HTML),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("NOTICE", "GENERAL ASSESSMENT", "TASKS ASSIGNED TO AGENCIES", "No later than".toLowerCase());
        assertThatThrownBy(() -> notice().issuedBy("vp-khong-co", "VP")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vp-khong-co");
        assertThatThrownBy(() -> notice().issuedBy("vp-ubnd", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
