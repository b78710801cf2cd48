package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.SeedPlans;

/**
 * A phone number typed as 0905 123 456 into a spreadsheet cell formatted as a number comes back as 905123456: the
 * import reports the row rather than keep a number nobody can call.
 */
class DelegateTableLostLeadingZeroTest {

    private static final Plan PLAN = SeedPlans.loadKonTum2024();
    private static final List<String> HEADER = List.of("Họ và tên", "Giới tính", "Thành phần", "Điện thoại");

    private static DelegateImport read(String... phones) {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < phones.length; i++) {
            rows.add(List.of("Nguyễn Thị " + (char) ('A' + i), "Nữ", "phu-nu-doi-thoai", phones[i]));
        }
        return DelegateTable.read(PLAN, rows);
    }

    @Test
    void should_report_the_row_when_a_mobile_or_landline_number_has_lost_its_leading_zero() {
        // GIVEN a mobile number (9 digits left) and a landline (10 digits starting with 2) read back from number cells
        DelegateImport result = read("905123456", "2603862345");
        // THEN both rows are reported, naming the row, the column, the value and the fix
        assertThat(result.delegates().delegates()).isEmpty();
        assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Điện thoại", "905123456"),
                org.assertj.core.groups.Tuple.tuple(3, "Điện thoại", "2603862345"));
        assertThat(result.errors().get(0).message().vi()).startsWith("Số điện thoại thiếu số 0 ở đầu")
                .contains("Văn bản (Text)");
        assertThat(result.errors().get(0).message().en()).isEqualTo("phone '905123456' has lost its leading 0: the "
                + "spreadsheet stored the cell as a number; format the column as Text and type it again, or write it as +84");
    }

    @Test
    void should_keep_numbers_written_with_their_zero_a_country_code_or_separators() {
        // GIVEN numbers as officials write them
        DelegateImport result = read("0905123456", "0260 386 2345", "+84 905 123 456", "84905123456", "0905.123.456",
                "90512345", "9051234567");
        // THEN every row is kept as written
        assertThat(result.errors()).isEmpty();
        assertThat(result.delegates().delegates()).extracting(Delegate::phone).containsExactly("0905123456",
                "0260 386 2345", "+84 905 123 456", "84905123456", "0905.123.456", "90512345", "9051234567");
    }
}
