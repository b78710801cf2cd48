package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.SeedPlans;

/**
 * Delegate ids in an imported list: an id given in the "Mã đại biểu" column is kept; one generated from the name
 * never takes an id used before or given to a later row; a malformed or repeated id is reported at its row.
 */
class DelegateIdsAreKeptOrGeneratedWithoutCollisionTest {

    private static final Plan PLAN = SeedPlans.loadKonTum2024();

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    @Test
    void should_number_generated_ids_past_the_ones_taken_and_the_ones_a_later_row_gives() {
        // GIVEN two names with the same slug, and a later row that claims that slug as its id
        List<List<String>> rows = List.of(
                row("STT", "Mã đại biểu", "Họ và tên", "Đơn vị", "Giới tính", "Thành phần", "Điểm cầu"),
                row("1", "", "Nguyễn Thị Hoa", "Chi hội thôn 1", "Nữ", "phu-nu-doi-thoai", ""),
                row("2", "", "Nguyễn Thị Hóa", "Chi hội thôn 2", "Nữ", "phu-nu-doi-thoai", ""),
                row("3", " nguyen-thi-hoa ", "Trần Thị Hoa", "Chi hội thôn 3", "Nữ", "phu-nu-doi-thoai", ""));

        // WHEN the list is read
        DelegateImport result = DelegateTable.read(PLAN, rows);

        // THEN the generated ids skip the later row's id, and that row keeps it
        assertThat(result.errors()).isEmpty();
        assertThat(result.delegates().delegates()).extracting(Delegate::id)
                .containsExactly("nguyen-thi-hoa-2", "nguyen-thi-hoa-3", "nguyen-thi-hoa");
    }

    @Test
    void should_report_a_malformed_id_and_an_id_used_twice_at_their_rows() {
        List<List<String>> rows = List.of(
                row("STT", "Mã đại biểu", "Họ và tên", "Giới tính", "Thành phần", "Điểm cầu"),
                row("1", "hoa-01", "Nguyễn Thị Hoa", "Nữ", "phu-nu-doi-thoai", ""),
                row("2", "mã sai", "Lê Thị Lan", "Nữ", "phu-nu-doi-thoai", ""),
                row("3", "hoa-01", "Trần Thị Mai", "Nữ", "phu-nu-doi-thoai", ""));

        DelegateImport result = DelegateTable.read(PLAN, rows);

        assertThat(result.delegates().delegates()).extracting(Delegate::id).containsExactly("hoa-01");
        assertThat(result.badRows()).containsExactly(3, 4);
        assertThat(result.errors()).filteredOn(e -> e.row() == 3).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("Mã đại biểu");
            assertThat(e.value()).isEqualTo("mã sai");
            assertThat(e.message().vi()).isEqualTo("Mã đại biểu chỉ gồm chữ không dấu, chữ số, '.', '_', '-'.");
        });
        assertThat(result.errors()).filteredOn(e -> e.row() == 4).singleElement().satisfies(e -> {
            assertThat(e.value()).isEqualTo("hoa-01");
            assertThat(e.message().en()).isEqualTo("This delegate id is already used by an earlier row.");
        });
    }

    @Test
    void should_generate_the_plain_slug_when_no_row_claims_it() {
        List<List<String>> rows = List.of(
                row("STT", "Mã đại biểu", "Họ và tên", "Giới tính", "Thành phần", "Điểm cầu"),
                row("1", "", "Nguyễn Thị Hoa", "Nữ", "phu-nu-doi-thoai", ""),
                row("2", "khac", "Lê Thị Lan", "Nữ", "phu-nu-doi-thoai", ""));

        assertThat(DelegateTable.read(PLAN, rows).delegates().delegates()).extracting(Delegate::id)
                .containsExactly("nguyen-thi-hoa", "khac");
    }
}
