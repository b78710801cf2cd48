package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void should_split_first_word_as_family_and_last_as_given_when_parsing() {
        PersonName n = PersonName.parse("  Nguyễn Thị Minh Khai ");
        assertThat(n.family()).isEqualTo("Nguyễn");
        assertThat(n.middle()).isEqualTo("Thị Minh");
        assertThat(n.given()).isEqualTo("Khai");
        assertThat(n.fullName()).isEqualTo("Nguyễn Thị Minh Khai");
    }

    @Test
    void should_keep_the_name_as_written_when_parsing_irregular_spacing() {
        PersonName n = PersonName.parse("Lê  Thị Hoa");
        assertThat(n.fullName()).isEqualTo("Lê  Thị Hoa");
        assertThat(n.middle()).isEqualTo("Thị");
    }

    @Test
    void should_accept_a_two_word_family_name_when_given_in_parts() {
        PersonName n = PersonName.of("Rơ Châm", "", "H'Hen");
        assertThat(n.fullName()).isEqualTo("Rơ Châm H'Hen");
        assertThat(n.family()).isEqualTo("Rơ Châm");
        assertThat(n).isNotEqualTo(PersonName.parse("Rơ Châm H'Hen"));
    }

    @Test
    void should_split_the_first_column_when_a_list_keeps_family_and_middle_together() {
        PersonName n = PersonName.ofColumns("Trần Thị Thu", "Hà");
        assertThat(n).isEqualTo(new PersonName("Trần Thị Thu Hà", "Trần", "Thị Thu", "Hà"));
    }

    @Test
    void should_reject_digits_and_formula_characters_when_they_are_in_a_name() {
        assertThatThrownBy(() -> PersonName.parse("=HYPERLINK(\"x\")")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'='");
        assertThatThrownBy(() -> PersonName.parse("Nguyễn Văn 2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonName.parse("   ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void should_reject_parts_that_do_not_make_the_full_name() {
        assertThatThrownBy(() -> new PersonName("Lê Thị Hoa", "Lê", "Văn", "Hoa"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not its parts");
    }
}
