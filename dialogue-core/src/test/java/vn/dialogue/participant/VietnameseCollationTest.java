package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;

class VietnameseCollationTest {

    @Test
    void should_order_letters_as_the_vietnamese_alphabet_when_sorting_words() {
        // GIVEN words that start with each letter, shuffled
        List<String> expected = List.of("An", "Ăn", "Âm", "Bình", "Dung", "Đào", "Em", "Ếch", "Hoa", "On", "Ôn",
                "Ơn", "Uyên", "Ưng", "Vy");
        List<String> words = new ArrayList<>(expected);
        Collections.shuffle(words, new Random(3));
        // WHEN
        words.sort(VietnameseCollation.textOrder());
        // THEN
        assertThat(words).containsExactlyElementsOf(expected);
    }

    @Test
    void should_order_tones_none_huyen_hoi_nga_sac_nang_when_letters_are_equal() {
        List<String> expected = List.of("ma", "mà", "mả", "mã", "má", "mạ");
        List<String> words = new ArrayList<>(expected);
        Collections.reverse(words);
        words.sort(VietnameseCollation.textOrder());
        assertThat(words).containsExactlyElementsOf(expected);
    }

    @Test
    void should_put_letters_before_tones_when_words_differ_in_both() {
        // "Ánh" sorts before "Ăng": ă is a letter after a, a tone only breaks ties
        assertThat(VietnameseCollation.compare("Ánh", "Ăng")).isNegative();
        assertThat(VietnameseCollation.compare("Hưng", "Hương")).isNegative();
        assertThat(VietnameseCollation.compare("Đức", "Dũng")).isPositive();
    }

    @Property
    void should_compare_composed_and_decomposed_text_as_equal(
            @ForAll @StringLength(min = 1, max = 8) @Chars({'a', 'ă', 'â', 'đ', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư',
                    'ạ', 'ấ', 'ờ', 'ữ', 'ệ', 'ỷ', 'n', 'g', 'h'}) String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        assertThat(VietnameseCollation.compare(word, decomposed)).isZero();
    }

    @Test
    void should_sort_names_by_given_then_middle_then_family_when_officials_sort_a_list() {
        // GIVEN
        List<PersonName> expected = List.of(
                PersonName.parse("Trần Thị Ánh"),
                PersonName.parse("Nguyễn Văn Bình"),
                PersonName.of("Rơ Châm", "", "H'Hen"),
                PersonName.parse("Lê Thị Hoa"),
                PersonName.parse("Nguyễn Thị Hoa"),
                PersonName.parse("Phạm Thị Thu Hoa"),
                PersonName.parse("Đỗ Ngọc Hòa"),
                PersonName.parse("Y Mửi"),
                PersonName.parse("Đinh Thị Mửi"));
        List<PersonName> names = new ArrayList<>(expected);
        Collections.shuffle(names, new Random(11));
        // WHEN
        names.sort(VietnameseCollation.NAME_ORDER);
        // THEN given name first (Ánh < Bình < H'Hen < Hoa < Hòa < Mửi), then middle (Thị < Thị Thu),
        // then family (Lê < Nguyễn); "Y Mửi" has no middle name and sorts before "Đinh Thị Mửi"
        assertThat(names).extracting(PersonName::fullName)
                .containsExactlyElementsOf(expected.stream().map(PersonName::fullName).toList());
    }
}
