package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageBreak;
import vn.dialogue.export.testing.SeedPlan;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;

class InvitationDocumentTest {

    private static final Plan SEED = SeedPlan.konTum2024();
    private static final Invitee PERSON = Invitee.person("Bà Nguyễn Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh");

    private static byte[] render(LayoutDocument doc, Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Documents.render(doc, format, out);
        return out.toByteArray();
    }

    private static Plan scheduled() {
        Session s = new Session("doi-thoai", LocalDate.of(2024, 11, 22), null, PartOfDay.MORNING,
                LocalTime.of(7, 30), LocalTime.of(11, 30));
        return SEED.withSessions(List.of(s));
    }

    @Test
    void should_follow_form_1_7_for_one_person_in_docx() throws IOException {
        // GIVEN the seed plan with its session scheduled, and an invitation issued as number 12
        LayoutDocument doc = InvitationDocument.of(scheduled()).issued(12, LocalDate.of(2024, 11, 8)).layout(PERSON);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(render(doc, Format.DOCX)))) {
            XWPFTable header = docx.getTables().get(0);
            // THEN the number line carries the GM symbol of the issuer and the date its leading zero
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 12/GM-UBND");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Kon Tum, ngày 08 tháng 11 năm 2024");
            List<String> text = docx.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank())
                    .collect(Collectors.toList());
            assertThat(text).containsSubsequence("GIẤY MỜI",
                    "Ủy ban nhân dân tỉnh Kon Tum trân trọng kính mời: Bà Nguyễn Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh",
                    "Tới dự Chương trình gặp gỡ, đối thoại giữa Chủ tịch Ủy ban nhân dân tỉnh với phụ nữ năm 2024.",
                    "Chủ trì: Chủ tịch Ủy ban nhân dân tỉnh.",
                    "Thời gian: 07 giờ 30, ngày 22 tháng 11 năm 2024.",
                    "Địa điểm: Hội trường Ngọc Linh, thành phố Kon Tum.");
            assertThat(text).anyMatch(t -> t.endsWith("./."));
            XWPFTable footer = docx.getTables().get(docx.getTables().size() - 1);
            assertThat(footer.getRow(0).getCell(0).getText()).contains("- Như trên;").contains("- Lưu: VT, KGVX.NTMD.");
            assertThat(footer.getRow(0).getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN").contains("Lê Ngọc Tuấn");
        }
    }

    @Test
    void should_print_a_draft_invitation_with_blank_number_and_the_expected_month() throws IOException {
        LayoutDocument doc = InvitationDocument.of(SEED).layout(PERSON);
        try (PDDocument pdf = Loader.loadPDF(render(doc, Format.PDF))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Số: /GM-UBND").contains("GIẤY MỜI")
                    .contains("Thời gian: dự kiến trong tháng 11/2024.")
                    .contains("trân trọng kính mời: Bà Nguyễn Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh");
        }
    }

    @Test
    void should_merge_the_delegate_list_into_one_file_one_invitation_per_page() throws IOException {
        InvitationDocument invitations = InvitationDocument.of(SEED);
        List<Invitee> invitees = invitations.inviteesFromDelegateList();
        // the organisations of the delegate list, each once, without the chair and the women participants
        assertThat(invitees).extracting(Invitee::organisation).doesNotHaveDuplicates()
                .contains("hlhpn-tinh", "tinh-uy", "bao-kon-tum").doesNotContain("ubnd-tinh");
        LayoutDocument merged = invitations.merged(invitees);
        assertThat(merged.blocks().stream().filter(b -> b instanceof PageBreak).count()).isEqualTo(invitees.size() - 1);
        try (PDDocument pdf = Loader.loadPDF(render(merged, Format.PDF))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(invitees.size());
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(invitees.size());
            last.setEndPage(invitees.size());
            assertThat(last.getText(pdf).replaceAll("\\s+", " "))
                    .contains("trân trọng kính mời: " + invitees.get(invitees.size() - 1).name());
        }
        assertThatThrownBy(() -> invitations.merged(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
