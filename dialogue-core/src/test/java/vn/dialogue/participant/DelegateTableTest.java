package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.SeedPlans;

class DelegateTableTest {

    private static final Plan PLAN = SeedPlans.loadKonTum2024();

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    @Test
    void should_keep_good_rows_and_report_each_bad_row_when_a_list_has_both() {
        // GIVEN a list as officials keep it: title rows, then a header row with Vietnamese headers
        List<List<String>> rows = List.of(
                row("DANH SÁCH ĐẠI BIỂU THAM DỰ ĐỐI THOẠI"),
                row(""),
                row("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Giới tính", "Dân tộc", "Điện thoại", "Thành phần",
                        "Điểm cầu"),
                row("1", "Nguyễn Thị Hoa", "Chủ tịch Hội LHPN phường", "Hội LHPN phường Quyết Thắng", "Nữ", "Kinh",
                        "0905 123 456", "phu-nu-doi-thoai", ""),
                row("2", "Y Mửi", "Hội viên", "Chi hội phụ nữ thôn 1", "X", "Xơ Đăng", "", "phu-nu-doi-thoai", ""),
                row("3", "Trần Văn 3", "Phó Giám đốc", "Sở Y tế tỉnh Kon Tum", "Nam", "", "abc",
                        "Đại biểu mời", "Hội trường Ngọc Linh"),
                row("4", "Lê Thị Lan", "Phó Chủ tịch", "Ủy ban nhân dân huyện Đăk Glei", "Nữ", "Kinh", "",
                        "huyen-lanh-dao", "Điểm cầu huyện Đăk Glei"),
                row("5", "Phạm Thị Mai", "Hội viên", "", "Nữ", "Kinh", "", "phu-nu-doi-thoai", "Đăk Glei"),
                row("6", "Hồ Thị Thu", "Hội viên", "", "Nữ", "Kinh", "", "nhom-khong-co", ""),
                row(""),
                row("8", "Nguyễn Thị Hoa", "Hội viên", "Hội LHPN phường Quyết Thắng", "Nữ", "Kinh", "",
                        "phu-nu-doi-thoai", ""));
        // WHEN
        DelegateImport result = DelegateTable.read(PLAN, rows);
        // THEN the good rows are kept, with values resolved against the plan
        assertThat(result.headerRow()).isEqualTo(3);
        assertThat(result.delegates().delegates()).extracting(Delegate::fullName)
                .containsExactly("Nguyễn Thị Hoa", "Lê Thị Lan");
        Delegate hoa = result.delegates().delegates().get(0);
        assertThat(hoa.venue()).isEqualTo("hoi-truong-ngoc-linh");
        assertThat(hoa.role()).isEqualTo(DelegateRole.PARTICIPANT);
        assertThat(hoa.id()).isEqualTo("nguyen-thi-hoa");
        Delegate lan = result.delegates().delegates().get(1);
        assertThat(lan.venue()).isEqualTo("truc-tuyen-dak-glei");
        assertThat(lan.role()).isEqualTo(DelegateRole.ANSWERING);
        // AND each bad row is reported with its row number, column and value
        assertThat(result.badRows()).containsExactly(5, 6, 8, 9, 11);
        assertThat(result.errors()).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(5);
            assertThat(e.column()).isEqualTo("Giới tính");
            assertThat(e.value()).isEqualTo("X");
            assertThat(e.message().vi()).contains("Nam hoặc Nữ");
        });
        assertThat(result.errors()).filteredOn(e -> e.row() == 6).extracting(RowError::column)
                .containsExactlyInAnyOrder("Họ và tên", "Điện thoại");
        assertThat(result.errors()).filteredOn(e -> e.row() == 8).singleElement()
                .satisfies(e -> assertThat(e.message().en()).contains("does not sit at"));
        assertThat(result.errors()).filteredOn(e -> e.row() == 9).singleElement()
                .satisfies(e -> assertThat(e.message().en()).contains("no such group"));
        assertThat(result.errors()).filteredOn(e -> e.row() == 11).singleElement()
                .satisfies(e -> assertThat(e.message().en()).contains("Same person as row 4"));
        assertThat(result.format(Locale.ENGLISH)).contains("row 5, column 'Giới tính' ('X')");
    }

    @Test
    void should_read_english_headers_and_split_name_columns_when_a_list_uses_them() {
        List<List<String>> rows = List.of(
                row("No.", "Family and middle name", "Given name", "Gender", "Group", "Venue", "Role", "Mobile"),
                row("1", "Rơ Châm", "H'Hen", "female", "phu-nu-doi-thoai", "hoi-truong-ngoc-linh", "", "0912345678"),
                row("2", "Nguyễn Văn", "Nam", "male", "dai-bieu-moi", "", "Báo chí", ""));
        DelegateImport result = DelegateTable.read(PLAN, rows);
        assertThat(result.errors()).isEmpty();
        assertThat(result.delegates().delegates().get(0).name()).isEqualTo(PersonName.of("Rơ", "Châm", "H'Hen"));
        assertThat(result.delegates().delegates().get(1).role()).isEqualTo(DelegateRole.PRESS);
    }

    @Test
    void should_report_the_sheet_when_no_header_row_is_found() {
        DelegateImport result = DelegateTable.read(PLAN, List.of(row("a", "b"), row("c", "d")));
        assertThat(result.delegates().isEmpty()).isTrue();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isZero();
            assertThat(e.message().vi()).contains("Họ và tên");
        });
    }

    @Test
    void should_report_missing_required_columns_and_ignored_ones_when_the_header_lacks_them() {
        DelegateImport result = DelegateTable.read(PLAN, List.of(
                row("Họ và tên", "Chức vụ", "Quê quán"), row("Lê Thị Hoa", "Hội viên", "Huế")));
        assertThat(result.delegates().isEmpty()).isTrue();
        assertThat(result.errors()).extracting(e -> e.message().en())
                .anyMatch(m -> m.contains("gender")).anyMatch(m -> m.contains("delegate group"));
        assertThat(result.ignoredColumns()).containsExactly("Quê quán");
    }

    @Test
    void should_use_defaults_when_the_group_column_is_absent() {
        DelegateImport result = DelegateTable.read(PLAN, List.of(row("Họ và tên", "Giới tính"),
                row("Lê Thị Hoa", "Nữ")), new DelegateTable.Defaults("huyen-phu-nu", "truc-tuyen-sa-thay"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.delegates().delegates()).singleElement().satisfies(d -> {
            assertThat(d.group()).isEqualTo("huyen-phu-nu");
            assertThat(d.venue()).isEqualTo("truc-tuyen-sa-thay");
        });
    }

    @Test
    void should_report_an_ambiguous_unit_and_give_distinct_ids_to_namesakes() {
        List<List<String>> rows = List.of(
                row("Họ và tên", "Giới tính", "Thành phần", "Địa phương", "Đơn vị"),
                row("Lê Thị Hoa", "Nữ", "phu-nu-doi-thoai", "Đăk Hà", ""),
                row("Lê Thị Hoa", "Nữ", "phu-nu-doi-thoai", "huyện Đăk Hà", "Hội LHPN huyện"),
                row("Lê Thị Hoa", "Nữ", "phu-nu-doi-thoai", "phường Quyết Thắng", "Hội LHPN phường"));
        DelegateImport result = DelegateTable.read(PLAN, rows);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.message().en()).contains("Ambiguous administrative unit");
        });
        assertThat(result.delegates().delegates()).extracting(Delegate::id)
                .containsExactly("le-thi-hoa", "le-thi-hoa-2");
        assertThat(result.delegates().delegates()).extracting(Delegate::unit)
                .containsExactly("dak-ha", "p-quyet-thang");
    }

    @Test
    void should_read_back_what_it_wrote_when_round_tripping_the_sample_list() {
        // GIVEN the sample list of the seed plan (with two-word family names that need the name-part columns)
        DelegateList list = SampleDelegates.forPlan(PLAN, 5);
        // WHEN
        List<List<String>> rows = DelegateTable.write(PLAN, list);
        DelegateImport again = DelegateTable.read(PLAN, rows);
        // THEN
        assertThat(rows.get(0)).contains("Họ và tên", "Chức vụ", "Đơn vị", "Giới tính", "Dân tộc", "Điện thoại",
                "Thành phần", "Điểm cầu", "Họ", "Tên đệm", "Tên");
        assertThat(again.errors()).isEmpty();
        assertThat(again.delegates()).isEqualTo(list);
    }

    @Test
    void should_not_lose_rows_when_rows_are_ragged_or_null() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Họ và tên", "Giới tính", "Thành phần", "Ghi chú"));
        rows.add(null);
        rows.add(row("Lê Thị Hoa", "Nữ", "phu-nu-doi-thoai"));
        DelegateImport result = DelegateTable.read(PLAN, rows);
        assertThat(result.errors()).isEmpty();
        assertThat(result.delegates().delegates()).singleElement()
                .satisfies(d -> assertThat(d.note()).isNull());
    }
}
