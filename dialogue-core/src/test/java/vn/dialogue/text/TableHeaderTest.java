package vn.dialogue.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TableHeaderTest {

    enum Column { NAME, PHONE, NOTE }

    private static Optional<Column> lookup(String cell) {
        return switch (Nfc.of(cell).strip().toLowerCase(java.util.Locale.ROOT)) {
            case "họ và tên", "name" -> Optional.of(Column.NAME);
            case "điện thoại", "phone" -> Optional.of(Column.PHONE);
            case "ghi chú" -> Optional.of(Column.NOTE);
            default -> Optional.empty();
        };
    }

    @Test
    void should_find_the_header_below_title_rows_and_not_beyond_the_rows_searched() {
        // GIVEN a title, a blank (null) row, a row naming one column, then the header
        List<List<String>> rows = Arrays.asList(List.of("DANH SÁCH"), null, List.of("Họ và tên"),
                Arrays.asList("STT", null, "Họ và tên", "Điện thoại"));
        // THEN the header is the first row naming a name and one more column
        assertThat(TableHeader.find(rows, 10, Column.class, TableHeaderTest::lookup,
                found -> found.contains(Column.NAME) && found.size() >= 2)).isEqualTo(3);
        assertThat(TableHeader.find(rows, 3, Column.class, TableHeaderTest::lookup,
                found -> found.contains(Column.NAME) && found.size() >= 2)).isEqualTo(-1);
        assertThat(TableHeader.find(List.of(), 10, Column.class, TableHeaderTest::lookup, found -> true)).isEqualTo(-1);
    }

    @Test
    void should_map_each_column_once_and_keep_what_the_user_wrote() {
        // GIVEN a header with an unknown cell, a blank cell, a decomposed header and a repeated column
        String nfd = java.text.Normalizer.normalize("Điện thoại", java.text.Normalizer.Form.NFD);
        TableHeader<Column> header = TableHeader.read(Arrays.asList("STT", " Họ và tên ", "", null, nfd, "Name"),
                Column.class, TableHeaderTest::lookup);
        // THEN
        assertThat(header.columns()).containsExactly(Column.NAME, Column.PHONE);
        assertThat(header.has(Column.NOTE)).isFalse();
        assertThat(header.indexOf(Column.NAME)).isEqualTo(1);
        assertThat(header.indexOf(Column.PHONE)).isEqualTo(4);
        assertThat(header.indexOf(Column.NOTE)).isEqualTo(-1);
        assertThat(header.header(Column.NAME, "x")).isEqualTo("Họ và tên");
        assertThat(header.header(Column.PHONE, "x")).isEqualTo("Điện thoại");
        assertThat(header.header(Column.NOTE, "Ghi chú")).isEqualTo("Ghi chú");
        assertThat(header.ignored()).containsExactly("STT", "Name");
        assertThat(header.repeats()).containsExactly(new TableHeader.Repeat("Name", "Họ và tên"));
        assertThat(header.repeats().get(0).message().en()).isEqualTo("This column repeats column 'Họ và tên'; only the first is read.");
        assertThat(header.repeats().get(0).message().vi()).isEqualTo("Cột này trùng với cột 'Họ và tên'; chỉ đọc cột đầu tiên.");
    }

    @Test
    void should_read_cells_normalised_and_empty_when_the_row_is_short_or_the_cell_missing() {
        TableHeader<Column> header = TableHeader.read(List.of("Họ và tên", "Ghi chú", "Điện thoại"), Column.class,
                TableHeaderTest::lookup);
        String nfd = java.text.Normalizer.normalize("  Nguyễn Thị Hoa ", java.text.Normalizer.Form.NFD);
        assertThat(header.value(Arrays.asList(nfd, null), Column.NAME)).isEqualTo("Nguyễn Thị Hoa");
        assertThat(header.value(Arrays.asList(nfd, null), Column.NOTE)).isEmpty();
        assertThat(header.value(List.of("A"), Column.PHONE)).isEmpty();
        TableHeader<Column> noPhone = TableHeader.read(List.of("Họ và tên"), Column.class, TableHeaderTest::lookup);
        assertThat(noPhone.value(List.of("A", "0905"), Column.PHONE)).isEmpty();
    }
}
