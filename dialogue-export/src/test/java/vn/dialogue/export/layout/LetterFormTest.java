package vn.dialogue.export.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.dialogue.export.Format;
import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.Samples;
import vn.dialogue.export.wording.Wording;

/**
 * The form of letters as Nghị định 30/2020 sets it, read back from the files: the letters of a merged document
 * numbered each from its own first page (a DOCX section each, the PDF's printed numbers too); a công văn's "V/v ..."
 * under the number in the header's left column, regular 12 pt; the signature block never alone on its page.
 */
class LetterFormTest {

    private static final Wording W = Wording.vietnamese();
    private static final String FILLER = "Để chuẩn bị cho Chương trình gặp gỡ, đối thoại giữa Chủ tịch Ủy ban nhân dân "
            + "tỉnh với phụ nữ năm 2024, Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị nghiên cứu, chuẩn bị nội dung "
            + "trả lời các ý kiến, kiến nghị thuộc lĩnh vực quản lý và gửi về Sở Lao động - Thương binh và Xã hội.";

    /** A letter of {@code paragraphs} body paragraphs, the last one saying which letter it is, then the signature. */
    private static LayoutDocument letter(String name, int paragraphs, boolean congVan) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new AdministrativeHeader(List.of(), List.of("ỦY BAN NHÂN DÂN", "TỈNH KON TUM"),
                W.numberLine(12, "UBND-KGVX"), W.text("header.national-name"), W.text("header.motto"),
                W.placeAndDate("Kon Tum", 5, 11, 2024)));
        blocks.add(congVan ? DocumentTitle.of("", "V/v chuẩn bị nội dung trả lời ý kiến, kiến nghị")
                : DocumentTitle.of("GIẤY MỜI", "Dự Chương trình gặp gỡ, đối thoại"));
        for (int i = 1; i < paragraphs; i++) {
            blocks.add(Paragraph.of(FILLER));
        }
        blocks.add(Paragraph.of("Đoạn cuối của " + name + "."));
        blocks.add(new SignatureFooter(W.text("footer.recipients"),
                List.of(ListItem.dash("Như trên;"), ListItem.dash("Lưu: VT, KGVX.")),
                Signature.of("Lê Ngọc Tuấn", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")));
        return new LayoutDocument(DocumentInfo.vietnamese(name, "Ủy ban nhân dân tỉnh Kon Tum", Samples.STAMP),
                PageSetup.a4Portrait(), blocks);
    }

    private static LayoutDocument merged(int letters, int paragraphs) {
        List<LayoutDocument> all = IntStream.rangeClosed(1, letters)
                .mapToObj(i -> letter("thư " + i, paragraphs, true)).toList();
        return LayoutDocument.merge(all.get(0).info(), all);
    }

    /** The text printed in the top margin of each page (where the page number goes), trimmed. */
    private static List<String> topMargins(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Outputs.pdf(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDFTextStripperByArea s = new PDFTextStripperByArea();
                s.addRegion("top", new Rectangle2D.Float(0, 0, page.getMediaBox().getWidth(), 45));
                s.extractRegions(page);
                out.add(s.getTextForRegion("top").trim());
            }
        }
        return out;
    }

    @Test
    void should_number_each_letter_from_its_own_first_page_when_letters_are_merged_into_one_pdf() throws IOException {
        // GIVEN three letters of three pages each, merged
        LayoutDocument doc = merged(3, 14);
        // WHEN printed as PDF and the top margins read back
        List<String> numbers = topMargins(Outputs.render(doc, Format.PDF));
        // THEN each letter's first page carries no number, its next pages 2, 3, ..., and the next letter starts over
        assertThat(numbers.size()).isGreaterThanOrEqualTo(6);
        List<String> expected = new ArrayList<>();
        int perLetter = numbers.size() / 3;
        for (int l = 0; l < 3; l++) {
            expected.add("");
            for (int p = 2; p <= perLetter; p++) {
                expected.add(Integer.toString(p));
            }
        }
        assertThat(numbers).containsExactlyElementsOf(expected);
    }

    @Test
    void should_make_each_merged_letter_a_docx_section_numbered_from_one() throws IOException {
        // GIVEN three letters merged
        LayoutDocument doc = merged(3, 3);
        // WHEN written as DOCX and read back with POI
        try (XWPFDocument docx = Outputs.docx(Outputs.render(doc, Format.DOCX))) {
            List<CTSectPr> sections = new ArrayList<>();
            for (XWPFParagraph p : docx.getParagraphs()) {
                if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
                    sections.add(p.getCTP().getPPr().getSectPr());
                }
            }
            sections.add(docx.getDocument().getBody().getSectPr());
            // THEN there is a section per letter, each starting its numbering at 1 with an unnumbered first page and
            // the page-number headers
            assertThat(sections).hasSize(3);
            assertThat(sections).allSatisfy(s -> {
                assertThat(s.getPgNumType()).isNotNull();
                assertThat(((Number) s.getPgNumType().getStart()).intValue()).isEqualTo(1);
                assertThat(s.getTitlePg()).isNotNull();
                assertThat(s.getHeaderReferenceList()).hasSize(2);
                assertThat(((Number) s.getPgSz().getW()).longValue()).isEqualTo(11906L);
            });
        }
    }

    @Test
    void should_print_a_letters_subject_under_the_number_in_regular_type_when_rendered_as_docx() throws IOException {
        // GIVEN a công văn
        LayoutDocument doc = letter("công văn", 2, true);
        // WHEN written as DOCX and read back
        try (XWPFDocument docx = Outputs.docx(Outputs.render(doc, Format.DOCX))) {
            // THEN the subject is in the header table's left cell, under the number, regular 12 pt
            XWPFTable header = docx.getTables().get(0);
            List<XWPFParagraph> left = header.getRow(1).getCell(0).getParagraphs();
            assertThat(left.get(0).getText()).startsWith("Số:");
            XWPFParagraph subject = left.get(1);
            assertThat(subject.getText()).isEqualTo("V/v chuẩn bị nội dung trả lời ý kiến, kiến nghị");
            XWPFRun run = subject.getRuns().get(0);
            assertThat(run.isBold()).isFalse();
            assertThat(run.getFontSizeAsDouble()).isEqualTo(12.0);
            // AND no body paragraph prints it as a title
            assertThat(Outputs.paragraphs(docx)).noneMatch(t -> t.contains("V/v"));
        }
    }

    @Test
    void should_print_a_letters_subject_in_the_left_column_when_rendered_as_pdf() throws IOException {
        // GIVEN a công văn
        byte[] pdf = Outputs.render(letter("công văn", 2, true), Format.PDF);
        try (PDDocument doc = Outputs.pdf(pdf)) {
            PDPage page = doc.getPage(0);
            float w = page.getMediaBox().getWidth();
            PDFTextStripperByArea s = new PDFTextStripperByArea();
            s.addRegion("left", new Rectangle2D.Float(0, 0, w * 0.45f, 200));
            s.addRegion("right", new Rectangle2D.Float(w * 0.45f, 0, w * 0.55f, 200));
            s.extractRegions(page);
            // THEN the subject is read in the header's left column, with the number, and not in the right one
            String left = s.getTextForRegion("left").replaceAll("\\s+", " ");
            assertThat(left).contains("Số:").contains("V/v chuẩn bị nội dung");
            assertThat(s.getTextForRegion("right")).doesNotContain("V/v");
        }
    }

    @Test
    void should_keep_the_last_paragraph_with_the_signature_in_docx() throws IOException {
        // GIVEN a letter
        try (XWPFDocument docx = Outputs.docx(Outputs.render(letter("giấy mời", 3, false), Format.DOCX))) {
            List<IBodyElement> body = docx.getBodyElements();
            int footer = body.size() - 1;
            while (!(body.get(footer) instanceof XWPFTable)) {
                footer--;
            }
            // THEN the paragraph before the signature block keeps with it, and the block's row never splits
            XWPFParagraph last = (XWPFParagraph) body.get(footer - 1);
            assertThat(last.getText()).isEqualTo("Đoạn cuối của giấy mời.");
            assertThat(last.getCTP().getPPr().getKeepNext()).isNotNull();
            XWPFTable table = (XWPFTable) body.get(footer);
            assertThat(table.getRow(0).getCtRow().getTrPr().getCantSplitList()).isNotEmpty();
            // AND the body's other paragraphs flow freely
            XWPFParagraph earlier = (XWPFParagraph) body.get(footer - 2);
            assertThat(earlier.getCTP().getPPr().getKeepNext()).isNull();
        }
    }

    @Test
    void should_never_leave_the_signature_alone_on_a_pdf_page_whatever_the_length_of_the_letter() throws IOException {
        // GIVEN letters of 1 to 26 paragraphs: each paragraph is shorter than the signature block, so across the page
        // boundaries some lengths leave room for the paragraph but not for the block after it
        int spanning = 0;
        for (int n = 1; n <= 26; n++) {
            byte[] pdf = Outputs.render(letter("thư", n, false), Format.PDF);
            try (PDDocument doc = Outputs.pdf(pdf)) {
                int signer = -1;
                int last = -1;
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    String text = Outputs.pdfPage(doc, p);
                    if (text.contains("Lê Ngọc Tuấn")) {
                        signer = p;
                    }
                    if (text.contains("Đoạn cuối của thư")) {
                        last = p;
                    }
                }
                // THEN the page that holds the signature also holds the last paragraph
                assertThat(signer).as(n + " paragraphs").isEqualTo(last).isPositive();
                if (signer > 1) {
                    spanning++;
                }
            }
        }
        // AND the lengths tried do cross a page boundary
        assertThat(spanning).isGreaterThan(3);
    }
}
