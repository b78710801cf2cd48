package vn.dialogue.export.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.testing.Samples;

class LayoutModelTest {

    @Test
    void should_number_points_in_the_vietnamese_alphabet() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7)).extracting(Numbering::letter)
                .containsExactly("a", "b", "c", "d", "đ", "e", "g");
        assertThat(Numbering.letter(24)).isEqualTo("aa");
        assertThat(Numbering.roman(6)).isEqualTo("VI");
        assertThat(Numbering.roman(1994)).isEqualTo("MCMXCIV");
        assertThatThrownBy(() -> Numbering.letter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void roman_numerals_are_distinct_and_use_only_roman_letters(@ForAll @IntRange(min = 1, max = 3998) int n) {
        assertThat(Numbering.roman(n)).matches("[MDCLXVI]+").isNotEqualTo(Numbering.roman(n + 1));
    }

    @Test
    void should_normalise_every_text_to_nfc_and_copy_lists() {
        List<String> header = new ArrayList<>(List.of(Samples.nfd("Nội dung")));
        Table t = Table.of(header, List.of(List.of(Samples.nfd("Ý kiến"))));
        header.set(0, "changed");
        assertThat(t.header()).containsExactly("Nội dung");
        assertThat(t.rows().get(0)).containsExactly("Ý kiến");
        assertThat(Run.plain(Samples.nfd("Đối thoại")).text()).isEqualTo("Đối thoại");
        assertThat(Heading.of(1, "I.", Samples.nfd("MỤC ĐÍCH")).label()).isEqualTo("I. MỤC ĐÍCH");
    }

    @Test
    void should_reject_rows_that_do_not_fit_the_header() {
        assertThatThrownBy(() -> Table.of(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("table row 1 has 1 cells but the header has 2 columns");
        assertThatThrownBy(() -> Table.of(List.of("a"), List.of()).withRelativeWidths(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> new BulletList(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_keep_decree_margins_and_swap_sides_in_landscape() {
        PageSetup a4 = PageSetup.a4Portrait();
        assertThat(a4.margins()).isEqualTo(new PageSetup.Margins(20, 20, 30, 15));
        assertThat(a4.textWidthMm()).isEqualTo(165);
        assertThat(PageSetup.a4Landscape().pageWidthMm()).isEqualTo(297);
        assertThatThrownBy(() -> a4.withBodyFontSize(20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a4.withMargins(new PageSetup.Margins(20, 20, 100, 95)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text width");
    }

    @Test
    void should_merge_documents_with_a_page_break_between_each() {
        LayoutDocument one = Samples.everyBlock(Samples.BODY);
        LayoutDocument merged = LayoutDocument.merge(one.info(), List.of(one, one, one));
        assertThat(merged.blocks()).hasSize(3 * one.blocks().size() + 2);
        assertThat(merged.blocks().get(one.blocks().size())).isInstanceOf(PageBreak.class);
    }
}
