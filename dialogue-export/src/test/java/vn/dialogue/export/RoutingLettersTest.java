package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.Samples;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.testing.SeedQuestions;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.Question;

class RoutingLettersTest {

    private static final Plan PLAN = SeedParticipants.plan();
    private static final List<Question> QUESTIONS = SeedQuestions.questions(PLAN);
    private static final RoutingLetters LETTERS = RoutingLetters.of(PLAN, QUESTIONS).withTimestamp(Samples.STAMP);

    @Test
    void should_write_one_letter_per_lead_agency_of_the_questions_still_being_prepared() {
        // the deferred and the answered questions no longer wait for an answer: no letter for them
        assertThat(LETTERS.agencies()).containsExactly("so-ldtbxh", "so-nnptnt");
    }

    @Test
    void should_follow_the_letter_form_with_the_issuer_and_unit_symbol_and_the_answer_deadline() throws IOException {
        try (XWPFDocument doc = Outputs.docx(Outputs.render(LETTERS.layout("so-ldtbxh"), Format.DOCX))) {
            XWPFTable header = doc.getTables().get(0);
            // a letter has no type abbreviation: issuer and drafting unit
            assertThat(header.getRow(1).getCell(0).getParagraphs().get(0).getText()).isEqualTo("Số:      /UBND-KGVX");
            // its subject under the number, in the left column (Phụ lục I)
            assertThat(header.getRow(1).getCell(0).getParagraphs().get(1).getText())
                    .startsWith("V/v chuẩn bị nội dung trả lời ý kiến, kiến nghị tại Chương trình gặp gỡ, đối thoại");
            assertThat(Outputs.paragraphs(doc)).noneMatch(p -> p.startsWith("V/v"));
            assertThat(Outputs.paragraphs(doc)).containsSubsequence(
                    "Kính gửi: Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum.",
                    "Đề nghị Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum chủ trì, phối hợp với các cơ quan liên quan "
                            + "nghiên cứu, chuẩn bị nội dung trả lời, gửi về Ủy ban nhân dân tỉnh Kon Tum chậm nhất "
                            + "ngày 12 tháng 11 năm 2024./.");
            assertThat(Outputs.paragraphs(doc)).noneMatch(p -> p.equals("CÔNG VĂN"));
            XWPFTable list = doc.getTables().get(1);
            assertThat(list.getRows()).hasSize(2);
            assertThat(list.getRow(1).getCell(0).getText()).isEqualTo("3");
            assertThat(list.getRow(1).getCell(1).getText()).startsWith("=HYPERLINK(\"http://x\")");
            assertThat(list.getRow(1).getCell(3).getText()).isEqualTo("NHCSXH chi nhánh tỉnh");
            assertThat(list.getRow(1).getCell(4).getText()).isEqualTo("12/11/2024");
            XWPFTable footer = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(footer.getRow(0).getCell(0).getText()).contains("- Như trên;")
                    .contains("- Ngân hàng Chính sách xã hội chi nhánh tỉnh Kon Tum (phối hợp);")
                    .contains("- Lưu: VT, KGVX.NTMD.");
            assertThat(footer.getRow(0).getCell(1).getText()).contains("Lê Ngọc Tuấn");
        }
    }

    @Test
    void should_merge_every_letter_one_per_page_in_pdf() throws IOException {
        byte[] pdf = Outputs.render(LETTERS.merged(), Format.PDF);
        try (PDDocument doc = Outputs.pdf(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(Outputs.pdfPage(doc, 1)).contains("Kính gửi: Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum.");
            assertThat(Outputs.pdfPage(doc, 2)).contains("Kính gửi: Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum.")
                    .contains("Số: /UBND-KGVX").contains("chậm nhất ngày 18 tháng 11 năm 2024./.");
        }
        assertThat(pdf).isEqualTo(Outputs.render(LETTERS.merged(), Format.PDF));
    }

    @Test
    void should_take_another_symbol_and_refuse_bad_symbols_and_unknown_agencies() {
        String number = ((vn.dialogue.export.layout.AdministrativeHeader) LETTERS.withSymbol("UBND-VX")
                .layout("so-nnptnt").blocks().get(0)).numberLine();
        assertThat(number).isEqualTo("Số:      /UBND-VX");
        assertThatThrownBy(() -> LETTERS.withSymbol("12/UBND")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LETTERS.layout("so-yte")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("so-yte");
        assertThatThrownBy(() -> RoutingLetters.of(PLAN, List.of()).merged()).isInstanceOf(IllegalArgumentException.class);
    }
}
