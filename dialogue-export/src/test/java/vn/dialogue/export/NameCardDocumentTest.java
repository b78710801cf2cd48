package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.layout.FoldedCard;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.plan.Plan;
import vn.dialogue.seating.NameCard;
import vn.dialogue.seating.Seat;
import vn.dialogue.seating.SeatingPlan;

class NameCardDocumentTest {

    private static final Plan PLAN = SeedParticipants.plan();
    private static final DelegateList DELEGATES = SeedParticipants.delegates(PLAN);
    private static final SeatingPlan SEATING = SeedParticipants.seating(PLAN, DELEGATES);

    @Test
    void should_print_one_folded_card_per_landscape_page_with_name_title_and_organisation_in_pdf() throws IOException {
        // GIVEN the table cards of the seed hall
        NameCardDocument cards = NameCardDocument.tableCards(PLAN, SEATING);
        List<NameCard> list = cards.cards();
        assertThat(list).isNotEmpty().allMatch(c -> c.kind() == NameCard.Kind.TABLE_CARD);
        // WHEN rendered to PDF
        byte[] pdf = Outputs.render(cards.layout(), Format.PDF);
        try (PDDocument doc = Outputs.pdf(pdf)) {
            // THEN one landscape page per card, each with its card's name, title and organisation
            assertThat(doc.getNumberOfPages()).isEqualTo(list.size());
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            for (int i = 0; i < list.size(); i++) {
                NameCard c = list.get(i);
                String page = Outputs.pdfPage(doc, i + 1);
                assertThat(page).as("page %d", i + 1).contains(c.name());
                if (c.title() != null) {
                    assertThat(page).contains(c.title());
                }
                // no page number on a card: the page holds only the card's words
                assertThat(page).doesNotContain(" " + (i + 1) + " ").doesNotEndWith(" " + (i + 1));
            }
        }
    }

    @Test
    void should_print_the_same_face_on_both_halves_of_a_page_the_upper_one_upside_down_in_docx() throws IOException {
        NameCardDocument cards = NameCardDocument.tableCards(PLAN, SEATING);
        try (XWPFDocument doc = Outputs.docx(Outputs.render(cards.layout(), Format.DOCX))) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(cards.cards().size());
            XWPFTable first = tables.get(0);
            assertThat(first.getRows()).hasSize(2);
            // the lower half upright, the upper half in a text box turned by 180 degrees, as the PDF prints it
            assertThat(first.getRow(1).getCell(0).getParagraphs().get(0).getText())
                    .isEqualTo(cards.cards().get(0).name());
            String upper = first.getRow(0).getCtRow().xmlText();
            assertThat(upper).contains("rotation:180").contains(cards.cards().get(0).name());
            assertThat(first.getRow(1).getCtRow().xmlText()).doesNotContain("rotation");
            for (int r = 0; r < 2; r++) {
                assertThat(first.getRow(r).getHeightRule()).isEqualTo(TableRowHeightRule.EXACT);
                // each half a little under half of the 190 mm between the margins (in twips)
                assertThat(first.getRow(r).getHeight()).isBetween(5000, 5400);
            }
            assertThat(doc.getHeaderList()).isEmpty();
        }
    }

    @Test
    void should_turn_the_back_face_and_escape_the_text_in_html() throws IOException {
        NameCard odd = new NameCard(NameCard.Kind.NAME_CARD, "x", "Nguyễn Thị <b>Hoa</b>", "=Chủ tịch", null,
                new Seat("P-1", null, 0, 1, 1, 0), vn.dialogue.plan.DelegateRole.PRESIDING);
        LayoutDocument layout = NameCardDocument.of(PLAN, List.of(odd)).layout();
        String html = new String(Outputs.render(layout, Format.HTML), StandardCharsets.UTF_8);
        assertThat(html).contains("class=\"face back\"", "rotate(180deg)", "Nguyễn Thị &lt;b&gt;Hoa&lt;/b&gt;")
                .doesNotContain("<b>Hoa</b>");
        assertThat(layout.blocks()).containsExactly(FoldedCard.of("Nguyễn Thị <b>Hoa</b>", "=Chủ tịch"));
    }

    @Test
    void should_give_every_seated_delegate_a_name_card_and_be_deterministic() throws IOException {
        NameCardDocument all = NameCardDocument.forSeating(PLAN, SEATING);
        assertThat(all.cards().stream().filter(c -> c.kind() == NameCard.Kind.NAME_CARD)).hasSize(250);
        NameCardDocument some = NameCardDocument.of(PLAN, all.cards().subList(0, 5));
        assertThat(Outputs.render(some.layout(), Format.PDF)).isEqualTo(Outputs.render(some.layout(), Format.PDF));
        assertThat(Outputs.render(some.layout(), Format.DOCX)).isEqualTo(Outputs.render(some.layout(), Format.DOCX));
    }

    @Test
    void should_refuse_an_empty_list_of_cards() {
        assertThatThrownBy(() -> NameCardDocument.of(PLAN, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no name cards");
    }
}
