package vn.dialogue.participant;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.Headcount;
import vn.dialogue.text.Bilingual;

/** Small values of the participant package: lists, delegates, names, quotas, row errors. */
class ParticipantValuesTest {

    private static Delegate delegate(String id, String name, String group, String venue) {
        return Delegate.builder(id, PersonName.parse(name), Gender.FEMALE, group, venue, DelegateRole.PARTICIPANT)
                .build();
    }

    private final Delegate hoa = delegate("hoa", "Lê Thị Hoa", "phu-nu", "hoi-truong");
    private final Delegate an = delegate("an", "Trần Thị An", "phu-nu", "dak-glei");
    private final Delegate binh = delegate("binh", "Nguyễn Thị Bình", "dai-bieu", "hoi-truong");

    @Test
    void should_find_filter_and_sort_delegates_when_asked_by_id_group_or_name() {
        DelegateList list = DelegateList.of(hoa, an, binh);
        assertThat(list.isEmpty()).isFalse();
        assertThat(DelegateList.empty().isEmpty()).isTrue();
        assertThat(list.find("an")).contains(an);
        assertThat(list.find("khong-co")).isEmpty();
        assertThat(list.inGroup("phu-nu")).containsExactly(hoa, an);
        assertThat(list.inGroup("dai-bieu")).containsExactly(binh);
        assertThat(list.sortedByName()).containsExactly(an, binh, hoa);
    }

    @Test
    void should_replace_in_place_or_append_and_remove_by_id_when_changing_a_list() {
        DelegateList list = DelegateList.of(hoa, an);
        Delegate hoaMoved = hoa.withVenue("dak-to");
        assertThat(list.with(hoaMoved).delegates()).containsExactly(hoaMoved, an);
        Delegate anMoved = an.withGroup("dai-bieu");
        assertThat(list.with(anMoved).delegates()).containsExactly(hoa, anMoved);
        assertThat(list.with(binh).delegates()).containsExactly(hoa, an, binh);
        assertThat(list.without("hoa").delegates()).containsExactly(an);
        assertThat(list.without("khong-co").delegates()).containsExactly(hoa, an);
        assertThatThrownBy(() -> DelegateList.of(hoa, hoa)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("delegate id 'hoa' appears twice in the list");
    }

    @Test
    void should_accept_8_to_15_digits_when_checking_a_phone_number() {
        assertThat(Delegate.phoneProblem("0905 1234")).isNull();
        assertThat(Delegate.phoneProblem("0905 1234 5678 901")).isNull();
        assertThat(Delegate.phoneProblem("0905 123")).isEqualTo("phone '0905 123' has 7 digits; a phone number has 8 to 15");
        assertThat(Delegate.phoneProblem("0905 1234 5678 9012"))
                .isEqualTo("phone '0905 1234 5678 9012' has 16 digits; a phone number has 8 to 15");
        assertThat(Delegate.emailProblem("hoa@example.vn")).isNull();
        assertThat(Delegate.emailProblem("hoa")).isEqualTo("e-mail 'hoa' is not an address (name@domain)");
        assertThatThrownBy(() -> hoa.toBuilder().email("hoa@").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("e-mail 'hoa@' is not an address (name@domain)");
    }

    @Test
    void should_describe_a_delegate_by_id_name_role_group_and_venue_when_printed() {
        assertThat(hoa.toString()).isEqualTo("hoa Lê Thị Hoa (PARTICIPANT, phu-nu @ hoi-truong)");
        assertThat(hoa.name().toString()).isEqualTo("Lê Thị Hoa");
        assertThat(Gender.FEMALE.english()).isEqualTo("female");
        assertThat(Gender.MALE.english()).isEqualTo("male");
        assertThat(InvitationStatus.ATTENDED.vietnamese()).isEqualTo("Có mặt");
        assertThat(InvitationStatus.DRAFTED.vietnamese()).isEqualTo("Dự thảo");
    }

    @Test
    void should_split_family_from_middle_at_the_first_space_when_reading_name_columns() {
        assertThat(PersonName.ofColumns("Lê", "Hoa")).isEqualTo(PersonName.of("Lê", "", "Hoa"));
        assertThat(PersonName.ofColumns("Lê Thị", "Hoa")).isEqualTo(PersonName.of("Lê", "Thị", "Hoa"));
        assertThat(PersonName.ofColumns("Lê  Thị   Thu", "Hoa")).isEqualTo(PersonName.of("Lê", "Thị Thu", "Hoa"));
        assertThat(PersonName.ofColumns("L Thị", "Hoa")).isEqualTo(PersonName.of("L", "Thị", "Hoa"));
    }

    @Test
    void should_cut_a_slug_at_100_characters_and_give_d_for_nothing_when_making_an_id() {
        assertThat(Keys.slug("a".repeat(100))).hasSize(100);
        assertThat(Keys.slug("a".repeat(101))).isEqualTo("a".repeat(100));
        assertThat(Keys.slug("!!")).isEqualTo("d");
        assertThat(Keys.slug("Nguyễn Thị Hoa")).isEqualTo("nguyen-thi-hoa");
    }

    @Test
    void should_say_the_range_in_english_when_describing_a_headcount() {
        assertThat(Quotas.english(Headcount.exactly(3))).isEqualTo("exactly 3");
        assertThat(Quotas.english(Headcount.about(200))).isEqualTo("about 200 (180 to 220)");
        assertThat(Quotas.english(Headcount.between(5, 9))).isEqualTo("5 to 9");
        assertThat(Quotas.english(new Headcount(null, null, 5, null))).isEqualTo("at least 5");
        assertThat(Quotas.english(new Headcount(null, null, null, 9))).isEqualTo("at most 9");
        assertThat(Quotas.compare(4, Headcount.between(5, 9))).isEqualTo(Quotas.Outcome.SHORT);
        assertThat(Quotas.compare(9, Headcount.between(5, 9))).isEqualTo(Quotas.Outcome.WITHIN);
        assertThat(Quotas.compare(10, Headcount.between(5, 9))).isEqualTo(Quotas.Outcome.OVER);
    }

    @Test
    void should_name_the_sheet_or_the_row_when_formatting_a_row_error() {
        Bilingual message = Bilingual.of("Thiếu giới tính.", "The gender is missing.");
        assertThat(new RowError(0, null, null, message).format(Locale.ENGLISH))
                .isEqualTo("sheet: The gender is missing.");
        assertThat(new RowError(0, null, null, message).format(Locale.forLanguageTag("vi")))
                .isEqualTo("bảng: Thiếu giới tính.");
        assertThat(new RowError(7, "Giới tính", "X", message).format(Locale.forLanguageTag("vi")))
                .isEqualTo("dòng 7, cột 'Giới tính' ('X'): Thiếu giới tính.");
        assertThat(new RowError(7, "Giới tính", "X", message).toString())
                .isEqualTo("row 7, column 'Giới tính' ('X'): The gender is missing.");
        assertThatThrownBy(() -> new RowError(-1, null, null, message)).hasMessage("row cannot be negative, was -1");
    }

    @Test
    void should_list_every_accepted_header_when_asked_for_a_columns_headers() {
        assertThat(DelegateColumn.GENDER.headers()).containsExactly("Giới tính", "Gender", "Sex");
        assertThat(DelegateColumn.NAME.headers()).first().isEqualTo(DelegateColumn.NAME.header());
    }
}
