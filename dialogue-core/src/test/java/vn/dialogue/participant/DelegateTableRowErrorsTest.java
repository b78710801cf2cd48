package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.SeedPlans;

/** Row-level errors of {@link DelegateTable#read}, each naming its row, column and value; and the written cells. */
class DelegateTableRowErrorsTest {

    private static final Plan PLAN = SeedPlans.loadKonTum2024();
    private static final List<String> HEADER = List.of("Họ và tên", "Giới tính", "Thành phần", "Điểm cầu", "Vai trò",
            "Địa phương", "Đơn vị", "Mã đơn vị", "Email");

    /** A row under {@link #HEADER}: a woman of the hall's participants, with the given cells changed. */
    private static List<String> row(String... changes) {
        Map<String, String> cells = new LinkedHashMap<>();
        HEADER.forEach(h -> cells.put(h, ""));
        cells.put("Họ và tên", "Lê Thị Hoa");
        cells.put("Giới tính", "Nữ");
        cells.put("Thành phần", "phu-nu-doi-thoai");
        for (int i = 0; i < changes.length; i += 2) {
            cells.put(changes[i], changes[i + 1]);
        }
        return List.copyOf(cells.values());
    }

    private static DelegateImport readOne(List<String> row) {
        return DelegateTable.read(PLAN, List.of(HEADER, row));
    }

    private static String onlyError(List<String> row) {
        DelegateImport result = readOne(row);
        assertThat(result.delegates().isEmpty()).as("a bad row is left out").isTrue();
        assertThat(result.isClean()).isFalse();
        assertThat(result.errors()).hasSize(1);
        return result.errors().get(0).toString();
    }

    private static Delegate onlyDelegate(List<String> row) {
        DelegateImport result = readOne(row);
        assertThat(result.errors()).isEmpty();
        assertThat(result.isClean()).isTrue();
        return result.delegates().delegates().get(0);
    }

    @Test
    void should_name_the_row_column_and_value_when_a_cell_is_wrong() {
        assertThat(onlyError(row("Email", "hoa@"))).isEqualTo(
                "row 2, column 'Email' ('hoa@'): e-mail 'hoa@' is not an address (name@domain)");
        assertThat(onlyError(row("Họ và tên", "", "Vai trò", "Tham dự"))).isEqualTo(
                "row 2, column 'Tên': The name is missing.");
        assertThat(onlyError(row("Giới tính", ""))).isEqualTo(
                "row 2, column 'Giới tính': The gender is missing (Nam or Nữ).");
        assertThat(onlyError(row("Điểm cầu", "Hà Nội"))).startsWith(
                "row 2, column 'Điểm cầu' ('Hà Nội'): The plan has no such venue; its venues: Hội trường Ngọc Linh; ");
        assertThat(onlyError(row("Thành phần", ""))).isEqualTo(
                "row 2, column 'Thành phần': The delegate group is missing.");
        assertThat(onlyError(row("Vai trò", "Khách"))).isEqualTo(
                "row 2, column 'Vai trò' ('Khách'): Unknown role; use one of: "
                        + String.join(", ", RoleNames.known()) + ".");
        assertThat(RoleNames.known()).contains("Chủ trì", "Tham dự", "Phóng viên", "Thư ký");
        assertThat(onlyError(row("Địa phương", "Hà Nội"))).isEqualTo(
                "row 2, column 'Địa phương' ('Hà Nội'): This administrative unit is not in the plan's registry.");
        assertThat(onlyError(row("Mã đơn vị", "khong-co"))).isEqualTo(
                "row 2, column 'Mã đơn vị' ('khong-co'): This organisation id is not in the plan's registry.");
    }

    @Test
    void should_report_the_given_name_cell_when_split_name_columns_hold_a_bad_name() {
        DelegateImport result = DelegateTable.read(PLAN, List.of(
                List.of("Họ và tên đệm", "Tên", "Giới tính", "Thành phần"),
                List.of("Lê Thị", "Hoa3", "Nữ", "phu-nu-doi-thoai")));
        assertThat(result.delegates().isEmpty()).isTrue();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("Tên");
            assertThat(e.value()).isEqualTo("Hoa3");
        });
    }

    @Test
    void should_resolve_venues_groups_units_and_organisations_by_their_names_when_rows_use_them() {
        // a venue by its attendance heading, a group by its role's Vietnamese name
        Delegate byHeading = onlyDelegate(row("Điểm cầu", "Tại điểm cầu của tỉnh",
                "Thành phần", RoleNames.vietnamese(DelegateRole.PARTICIPANT)));
        assertThat(byHeading.venue()).isEqualTo("hoi-truong-ngoc-linh");
        assertThat(byHeading.group()).isEqualTo("phu-nu-doi-thoai");
        // a group by its heading
        assertThat(onlyDelegate(row("Thành phần", "Lực lượng Phụ nữ tham gia đối thoại")).group())
                .isEqualTo("phu-nu-doi-thoai");
        // a bridge point by its unit's name and by the unit's short name
        assertThat(onlyDelegate(row("Điểm cầu", "huyện Ngọc Hồi", "Thành phần", "huyen-phu-nu")).venue())
                .isEqualTo("truc-tuyen-ngoc-hoi");
        assertThat(onlyDelegate(row("Điểm cầu", "Tu Mơ Rông", "Thành phần", "huyen-phu-nu")).venue())
                .isEqualTo("truc-tuyen-tu-mo-rong");
        // a unit by id and by short name
        assertThat(onlyDelegate(row("Địa phương", "dak-to")).unit()).isEqualTo("dak-to");
        assertThat(onlyDelegate(row("Địa phương", "Quyết Thắng")).unit()).isEqualTo("p-quyet-thang");
        // an organisation by short name, by id written in the name column, and by full name
        assertThat(onlyDelegate(row("Đơn vị", "Sở Y tế")).organisationId()).isEqualTo("so-yte");
        assertThat(onlyDelegate(row("Đơn vị", "so-gddt")).organisationId()).isEqualTo("so-gddt");
        assertThat(onlyDelegate(row("Đơn vị", "Công an tỉnh Kon Tum")).organisationId()).isEqualTo("cong-an-tinh");
        assertThat(onlyDelegate(row("Đơn vị", "Chi hội phụ nữ thôn 1")).organisationId()).isNull();
        assertThat(onlyDelegate(row("Mã đơn vị", "hlhpn-tinh")).organisationId()).isEqualTo("hlhpn-tinh");
    }

    @Test
    void should_report_only_the_missing_columns_when_the_header_lacks_the_required_ones() {
        DelegateImport result = DelegateTable.read(PLAN, List.of(
                List.of("Họ và tên", "Chức vụ"), List.of("Lê Thị Hoa", "Hội viên")));
        assertThat(result.errors()).extracting(RowError::toString).containsExactly(
                "row 1: The 'Giới tính' (gender) column is missing.",
                "row 1: The 'Thành phần' (delegate group) column is missing and no default group was given.");
        assertThat(result.delegates().isEmpty()).isTrue();
    }

    @Test
    void should_report_a_repeated_column_on_the_header_row_when_the_header_is_below_a_title() {
        DelegateImport result = DelegateTable.read(PLAN, List.of(
                List.of("DANH SÁCH ĐẠI BIỂU"),
                List.of("Họ và tên", "Giới tính", "Thành phần", "Họ tên"),
                List.of("Lê Thị Hoa", "Nữ", "phu-nu-doi-thoai", "Lê Thị Lan")));
        assertThat(result.headerRow()).isEqualTo(2);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("Họ tên");
            assertThat(e.message().en()).isEqualTo("This column repeats column 'Họ và tên'; only the first is read.");
        });
        assertThat(result.ignoredColumns()).containsExactly("Họ tên");
        assertThat(result.delegates().delegates()).extracting(Delegate::fullName).containsExactly("Lê Thị Hoa");
    }

    @Test
    void should_generate_ids_when_a_row_is_shorter_than_the_id_column() {
        DelegateImport result = DelegateTable.read(PLAN, List.of(
                List.of("Họ và tên", "Giới tính", "Thành phần", "Đơn vị", "Mã đại biểu"),
                List.of("Lê Thị Hoa", "Nữ", "phu-nu-doi-thoai", "Hội LHPN tỉnh"),
                List.of("Lê Thị Lan", "Nữ", "phu-nu-doi-thoai", "", "le-thi-hoa-2"),
                List.of("Lê Thị Hoa", "Nữ", "dai-bieu-moi", "Sở Y tế")));
        assertThat(result.errors()).isEmpty();
        assertThat(result.delegates().delegates()).extracting(Delegate::id)
                .containsExactly("le-thi-hoa", "le-thi-hoa-2", "le-thi-hoa-3");
    }

    @Test
    void should_write_every_cell_of_a_delegate_when_writing_a_list() {
        // GIVEN two delegates whose names parse as written, with every optional field of one filled
        Delegate hoa = Delegate.builder("dai-bieu-01", PersonName.parse("Lê Thị Hoa"), Gender.FEMALE,
                        "phu-nu-doi-thoai", "hoi-truong-ngoc-linh", DelegateRole.PARTICIPANT)
                .title("Hội viên").organisation("Hội Liên hiệp Phụ nữ tỉnh Kon Tum", "hlhpn-tinh")
                .unit("p-quyet-thang").ethnicity("Kinh").phone("0905 123 456").email("hoa@example.vn")
                .note("Phát biểu").build();
        Delegate lan = Delegate.builder("dai-bieu-02", PersonName.parse("Trần Thị Lan"), Gender.FEMALE,
                "huyen-phu-nu", "truc-tuyen-dak-to", DelegateRole.PARTICIPANT).build();
        // WHEN
        List<List<String>> rows = DelegateTable.write(PLAN, DelegateList.of(hoa, lan));
        // THEN the written columns, without the name parts, and one numbered row per delegate
        assertThat(rows.get(0)).isEqualTo(DelegateTable.writtenColumns().stream().map(DelegateColumn::header).toList());
        assertThat(rows.get(0)).containsExactly("STT", "Mã đại biểu", "Họ và tên", "Chức vụ", "Đơn vị", "Mã đơn vị",
                "Địa phương", "Giới tính", "Dân tộc", "Điện thoại", "Email", "Thành phần", "Điểm cầu", "Vai trò",
                "Ghi chú");
        assertThat(rows.get(1)).containsExactly("1", "dai-bieu-01", "Lê Thị Hoa", "Hội viên",
                "Hội Liên hiệp Phụ nữ tỉnh Kon Tum", "hlhpn-tinh", PLAN.registry().unitName("p-quyet-thang"),
                Gender.FEMALE.vietnamese(), "Kinh", "0905 123 456", "hoa@example.vn", "phu-nu-doi-thoai",
                PlanScopes.venueName(PLAN, "hoi-truong-ngoc-linh"), "Tham dự", "Phát biểu");
        assertThat(rows.get(2)).containsExactly("2", "dai-bieu-02", "Trần Thị Lan", "", "", "", "", "Nữ", "", "", "",
                "huyen-phu-nu", PlanScopes.venueName(PLAN, "truc-tuyen-dak-to"), "Tham dự", "");
        // AND reading it back gives the same list
        assertThat(DelegateTable.read(PLAN, rows).delegates()).isEqualTo(DelegateList.of(hoa, lan));
    }

    @Test
    void should_add_the_name_part_columns_after_the_name_when_a_name_does_not_parse_as_written() {
        Delegate hen = Delegate.builder("rcham-hen", PersonName.of("Rơ Châm", "", "H'Hen"), Gender.FEMALE,
                "phu-nu-doi-thoai", "hoi-truong-ngoc-linh", DelegateRole.PARTICIPANT).build();
        List<List<String>> rows = DelegateTable.write(PLAN, DelegateList.of(hen));
        assertThat(rows.get(0).subList(0, 7)).containsExactly("STT", "Mã đại biểu", "Họ và tên", "Họ", "Tên đệm",
                "Tên", "Chức vụ");
        assertThat(rows.get(1).subList(0, 6)).containsExactly("1", "rcham-hen", "Rơ Châm H'Hen", "Rơ Châm", "",
                "H'Hen");
        assertThat(DelegateTable.read(PLAN, rows).delegates()).isEqualTo(DelegateList.of(hen));
    }
}
