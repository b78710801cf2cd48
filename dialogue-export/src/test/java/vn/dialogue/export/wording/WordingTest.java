package vn.dialogue.export.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WordingTest {

    private final Wording vi = Wording.vietnamese();

    @Test
    void should_pad_days_below_ten_and_months_one_and_two_with_a_zero() {
        assertThat(vi.placeAndDate("Kon Tum", 5, 1, 2020)).isEqualTo("Kon Tum, ngày 05 tháng 01 năm 2020");
        assertThat(vi.placeAndDate("Kon Tum", 9, 2, 2021)).isEqualTo("Kon Tum, ngày 09 tháng 02 năm 2021");
        assertThat(vi.placeAndDate("Kon Tum", 15, 3, 2024)).isEqualTo("Kon Tum, ngày 15 tháng 3 năm 2024");
        assertThat(vi.placeAndDate("Kon Tum", 20, 11, 2024)).isEqualTo("Kon Tum, ngày 20 tháng 11 năm 2024");
    }

    @Test
    void should_leave_the_day_blank_in_a_draft_date_line() {
        assertThat(vi.placeAndDate("Kon Tum", null, 10, 2024)).isEqualTo("Kon Tum, ngày     tháng 10 năm 2024");
    }

    @Test
    void should_print_issued_and_draft_number_lines() {
        assertThat(vi.numberLine(5, "KH-UBND")).isEqualTo("Số: 05/KH-UBND");
        assertThat(vi.numberLine(123, "KH-UBND")).isEqualTo("Số: 123/KH-UBND");
        assertThat(vi.numberLine(null, "KH-UBND")).isEqualTo("Số:      /KH-UBND");
    }

    @Test
    void should_reject_impossible_dates_and_numbers() {
        assertThatThrownBy(() -> vi.placeAndDate("Kon Tum", 30, 2, 2024)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("day must be 1 to 29");
        assertThatThrownBy(() -> vi.placeAndDate("Kon Tum", 3, null, 2024)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without the month");
        assertThatThrownBy(() -> vi.numberLine(0, "KH-UBND")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_render_the_same_documents_in_english() {
        Wording en = Wording.english();
        assertThat(en.placeAndDate("Kon Tum", 5, 1, 2020)).isEqualTo("Kon Tum, 5 January 2020");
        assertThat(en.text("header.motto")).isEqualTo("Independence - Freedom - Happiness");
        assertThat(en.asMap().keySet()).isEqualTo(vi.asMap().keySet());
    }

    @Test
    void should_take_overrides_from_a_yaml_file_without_code() {
        // GIVEN a youth dialogue that calls its recipients differently
        Wording youth = vi.overriddenBy(new StringReader("footer:\n  recipients: \"Nơi gửi:\"\n"), "thanh-nien.yaml");
        assertThat(youth.text("footer.recipients")).isEqualTo("Nơi gửi:");
        assertThat(youth.text("header.motto")).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertThat(vi.text("footer.recipients")).isEqualTo("Nơi nhận:");
    }

    @Test
    void should_name_file_and_line_of_an_unknown_key() {
        assertThatThrownBy(() -> vi.overriddenBy(new StringReader("footer:\n  recipients: a\n  recipent: b\n"), "tinh.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tinh.yaml line 3: unknown wording key 'footer.recipent'");
        assertThatThrownBy(() -> vi.overriddenBy(Map.of("nope", "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'");
    }

    @Test
    void should_fill_placeholders_and_name_a_missing_value() {
        assertThat(vi.format("footer.archive", Map.of("units", "VT, KGVX.NTMD"))).isEqualTo("Lưu: VT, KGVX.NTMD.");
        assertThatThrownBy(() -> vi.format("footer.archive", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{units}");
    }
}
