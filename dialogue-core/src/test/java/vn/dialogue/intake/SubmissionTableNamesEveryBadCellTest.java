package vn.dialogue.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.dialogue.question.Fixtures.PLAN;

import vn.dialogue.question.Channel;
import vn.dialogue.question.Fixtures;
import vn.dialogue.question.Submission;
import vn.dialogue.question.SubmissionKind;

/** Row-level errors of a submissions table at the edges: lengths, characters, channels, dates, consent. */
class SubmissionTableNamesEveryBadCellTest {

    private static final Channel BRANCH = Channel.unionBranch("hlhpn-tinh", "province");
    private static final List<String> HEADER = List.of("Ngày nhận", "Giờ", "Họ và tên", "Địa phương",
            "Đồng ý công khai", "Loại", "Nội dung");

    private static List<String> row(String date, String time, String name, String unit, String consent, String kind,
                                    String text) {
        return List.of(date, time, name, unit, consent, kind, text);
    }

    private static List<String> ok(String text) {
        return row("20/11/2024", "", "Y Hoa Niê", "", "", "", text);
    }

    private static SubmissionImport read(SubmissionTable.Defaults defaults, List<String> header,
                                         List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return SubmissionTable.read(PLAN, all, defaults);
    }

    private static SubmissionImport read(List<String>... rows) {
        return read(SubmissionTable.Defaults.of(BRANCH), HEADER, List.of(rows));
    }

    @Test
    void should_find_the_header_when_it_has_the_text_column_and_one_other() {
        // GIVEN a header row with only "Nội dung" and "Họ và tên"
        SubmissionImport in = SubmissionTable.read(PLAN, List.of(List.of("Tiêu đề"), List.of("Nội dung", "Họ và tên"),
                List.of("Câu hỏi", "A")), SubmissionTable.Defaults.of(BRANCH));
        // THEN it is the header (row 2), and the missing date column is reported there
        assertThat(in.headerRow()).isEqualTo(2);
        assertThat(in.errors()).hasSize(1);
        assertThat(in.errors().get(0).row()).isEqualTo(2);
        assertThat(in.errors().get(0).message().en()).contains("'Ngày nhận'");
    }

    @Test
    void should_report_a_repeated_column_on_the_header_row_when_a_header_comes_twice() {
        // GIVEN the header on row 1 with "Nội dung" twice
        List<String> header = new ArrayList<>(HEADER);
        header.add("Nội dung");
        SubmissionImport in = read(SubmissionTable.Defaults.of(BRANCH), header,
                List.of(List.of("20/11/2024", "", "A", "", "", "", "Câu một", "Câu hai")));
        // THEN the repeat is reported on row 1 and only the first column is read
        assertThat(in.errors()).hasSize(1);
        SubmissionRowError error = in.errors().get(0);
        assertThat(error.row()).isEqualTo(1);
        assertThat(error.column()).isEqualTo("Nội dung");
        assertThat(error.message().en()).contains("repeats column 'Nội dung'");
        assertThat(in.submissions()).extracting(Submission::text).containsExactly("Câu một");
    }

    @Test
    void should_read_a_row_shorter_than_the_header_when_its_last_cells_are_left_out() {
        // GIVEN a row that stops before the text column... and one that stops right after it
        SubmissionImport in = read(SubmissionTable.Defaults.of(BRANCH), List.of("Ngày nhận", "Nội dung", "Họ và tên"),
                List.of(List.of("20/11/2024", "Câu hỏi"), List.of("20/11/2024", "Câu hỏi", "B")));
        // THEN the first is missing its name, the second is kept
        assertThat(in.errors()).hasSize(1);
        assertThat(in.errors().get(0).row()).isEqualTo(2);
        assertThat(in.errors().get(0).column()).isEqualTo("Họ và tên");
        assertThat(in.errors().get(0).message().en()).isEqualTo("The asker's name is missing.");
        assertThat(in.kept()).extracting(SubmissionImport.Kept::row).containsExactly(3);
    }

    @Test
    void should_keep_a_text_up_to_its_own_limit_and_refuse_other_cells_over_500_characters() {
        // GIVEN a text of exactly the text limit, a text of 600 characters, a text one over the limit, a long name
        SubmissionImport in = read(ok("a".repeat(Submission.MAX_TEXT)), ok("b".repeat(600)),
                ok("c".repeat(Submission.MAX_TEXT + 1)),
                row("20/11/2024", "", "N".repeat(SubmissionTable.MAX_FIELD + 1), "", "", "", "Câu hỏi"));
        // THEN the two texts within the limit are kept; the others are named with their length and limit
        assertThat(in.kept()).extracting(SubmissionImport.Kept::row).containsExactly(2, 3);
        assertThat(in.errors()).hasSize(2);
        assertThat(in.errors().get(0).row()).isEqualTo(4);
        assertThat(in.errors().get(0).column()).isEqualTo("Nội dung");
        assertThat(in.errors().get(0).message().en())
                .isEqualTo("The cell is 20001 characters long; the limit is 20000.");
        assertThat(in.errors().get(1).row()).isEqualTo(5);
        assertThat(in.errors().get(1).column()).isEqualTo("Họ và tên");
        assertThat(in.errors().get(1).message().en()).isEqualTo("The cell is 501 characters long; the limit is 500.");
    }

    @Test
    void should_name_the_position_of_a_control_character_or_lone_surrogate_when_a_cell_holds_one() {
        // GIVEN cells with a bell first, a lone high surrogate at the end, a lone low surrogate, a high
        // surrogate before a letter, a non-character, and one with an emoji (a valid pair) and a tab
        SubmissionImport in = read(ok("\u0007Câu hỏi"), ok("Câu\uD83D"), ok("ab\uDE00c"), ok("abc\uD83Dx"),
                ok("a\uFFFF"), ok("😀😀\tCâu\uFFFE"), ok("😀 Câu\thỏi\r\nhai"));
        // THEN each bad one names its position (1-based, in UTF-16 units) and the good one is kept
        assertThat(in.errors()).extracting(SubmissionRowError::row).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(in.errors()).extracting(e -> e.message().en()).containsExactly(
                "The cell holds a control or invalid character (at position 1); remove it.",
                "The cell holds a control or invalid character (at position 4); remove it.",
                "The cell holds a control or invalid character (at position 3); remove it.",
                "The cell holds a control or invalid character (at position 4); remove it.",
                "The cell holds a control or invalid character (at position 2); remove it.",
                "The cell holds a control or invalid character (at position 9); remove it.");
        assertThat(in.errors().get(0).message().vi()).contains("(vị trí 1)");
        assertThat(in.submissions()).extracting(Submission::text).containsExactly("😀 Câu\thỏi\r\nhai");
    }

    @Test
    void should_say_a_unit_is_not_in_the_registry_when_no_unit_has_that_name() {
        SubmissionImport in = read(row("20/11/2024", "", "A", "huyện Không Có", "", "", "Câu hỏi"));
        assertThat(in.errors()).hasSize(1);
        assertThat(in.errors().get(0).column()).isEqualTo("Địa phương");
        assertThat(in.errors().get(0).value()).isEqualTo("huyện Không Có");
        assertThat(in.errors().get(0).message().en()).isEqualTo("This administrative unit is not in the plan's registry.");
    }

    @Test
    void should_read_consent_from_a_tick_mark_and_a_padded_word_when_the_cell_is_short_enough() {
        // GIVEN a tick mark, "Có" padded to 40 characters, and "Có" padded to 41
        SubmissionImport in = read(row("20/11/2024", "", "A", "", "✓", "", "Câu một"),
                row("20/11/2024", "", "B", "", "Có" + "!".repeat(38), "", "Câu hai"),
                row("20/11/2024", "", "C", "", "Có" + "!".repeat(39), "", "Câu ba"));
        // THEN the first two consent; the third is named as unclear
        assertThat(in.submissions()).extracting(s -> s.asker().consentToPublish()).containsExactly(true, true);
        assertThat(in.errors()).hasSize(1);
        assertThat(in.errors().get(0).row()).isEqualTo(4);
        assertThat(in.errors().get(0).column()).isEqualTo("Đồng ý công khai");
        assertThat(in.errors().get(0).message().en()).startsWith("Consent to publish must be");
    }

    @Test
    void should_read_a_padded_kind_of_40_characters_and_name_an_unknown_kind() {
        SubmissionImport in = read(row("20/11/2024", "", "A", "", "", "Kiến nghị" + ".".repeat(31), "Câu một"),
                row("20/11/2024", "", "B", "", "", "Kiến nghị" + ".".repeat(32), "Câu hai"),
                row("20/11/2024", "", "C", "", "", "Tin đồn", "Câu ba"));
        assertThat(in.submissions()).extracting(Submission::kind).containsExactly(SubmissionKind.RECOMMENDATION);
        assertThat(in.errors()).extracting(SubmissionRowError::row).containsExactly(3, 4);
        assertThat(in.errors()).extracting(SubmissionRowError::column).containsExactly("Loại", "Loại");
        assertThat(in.errors().get(1).value()).isEqualTo("Tin đồn");
        assertThat(in.errors().get(1).message().en()).startsWith("The kind must be ý kiến (opinion)");
    }

    @Test
    void should_name_the_channel_source_or_level_column_when_the_channel_cannot_be_made() {
        // GIVEN a table without default channel, with channel, source and level columns
        List<String> header = List.of("Ngày nhận", "Họ và tên", "Nội dung", "Kênh", "Nơi gửi", "Cấp");
        SubmissionImport in = read(SubmissionTable.Defaults.none(), header, List.of(
                List.of("20/11/2024", "A", "Câu 1", "", "", ""),
                List.of("20/11/2024", "B", "Câu 2", "Hội", "hoi phu nu", "tinh"),
                List.of("20/11/2024", "C", "Câu 3", "Hội", "hlhpn-tinh", "cấp tỉnh"),
                List.of("20/11/2024", "D", "Câu 4", "Hội", "hlhpn-tinh", ""),
                List.of("20/11/2024", "E", "Câu 5", "Đường dây nóng" + "-".repeat(46), "", ""),
                List.of("20/11/2024", "F", "Câu 6", "Đường dây nóng" + "-".repeat(47), "", ""),
                List.of("20/11/2024", "G", "Câu 7", "Hội", "hlhpn-tinh", "tinh")));
        // THEN each bad row names the column at fault and its value
        assertThat(in.errors()).extracting(SubmissionRowError::row).containsExactly(2, 3, 4, 5, 7);
        assertThat(in.errors()).extracting(SubmissionRowError::column)
                .containsExactly("Kênh", "Nơi gửi", "Cấp", "Kênh", "Kênh");
        assertThat(in.errors()).extracting(SubmissionRowError::value)
                .containsExactly(null, "hoi phu nu", "cấp tỉnh", "Hội", "Đường dây nóng" + "-".repeat(47));
        assertThat(in.errors().get(0).message().en()).isEqualTo("The channel is missing.");
        assertThat(in.errors().get(4).message().en()).startsWith("The channel must be one of:");
        assertThat(in.submissions()).extracting(Submission::channel)
                .containsExactly(Channel.hotline(), Channel.unionBranch("hlhpn-tinh", "tinh"));
    }

    @Test
    void should_name_the_date_or_time_column_when_a_date_is_missing_too_long_or_of_an_implausible_year() {
        String date40 = "20/11/2024" + " ".repeat(26) + "8:30";
        String date41 = "20/11/2024" + " ".repeat(27) + "8:30";
        SubmissionImport in = read(
                row("", "", "A", "", "", "", "Câu 1"),
                row(date40, "", "B", "", "", "", "Câu 2"),
                row(date41, "", "C", "", "", "", "Câu 3"),
                row("20/11/2024", "8:" + "0".repeat(38), "D", "", "", "", "Câu 4"),
                row("20/11/2024", "8:" + "0".repeat(39), "E", "", "", "", "Câu 5"),
                row("01/01/2000", "", "F", "", "", "", "Câu 6"),
                row("31/12/2099 23:59", "", "G", "", "", "", "Câu 7"),
                row("31/12/1999", "", "H", "", "", "", "Câu 8"),
                row("01/01/2100", "", "I", "", "", "", "Câu 9"));
        assertThat(in.errors()).extracting(SubmissionRowError::row).containsExactly(2, 4, 5, 6, 9, 10);
        assertThat(in.errors()).extracting(SubmissionRowError::column)
                .containsExactly("Ngày nhận", "Ngày nhận", "Giờ", "Giờ", "Ngày nhận", "Ngày nhận");
        assertThat(in.errors()).extracting(e -> e.message().en()).containsExactly(
                "The date received is missing.", "Not a date or time.", "The time must read 08:30 or 8h30.",
                "Not a date or time.",
                "The year 1999 is implausible: it must be 2000 to 2099 (four digits).",
                "The year 2100 is implausible: it must be 2000 to 2099 (four digits).");
        assertThat(in.errors().get(1).value()).isEqualTo(date41);
        assertThat(in.errors().get(3).value()).isEqualTo("8:" + "0".repeat(39));
        assertThat(in.submissions()).extracting(Submission::receivedAt).containsExactly(
                Instant.parse("2024-11-20T01:30:00Z"), Instant.parse("1999-12-31T17:00:00Z"),
                Instant.parse("2099-12-31T16:59:00Z"));
    }

    @Test
    void should_name_the_time_column_when_the_date_has_40_characters_and_the_time_more() {
        String date40 = "20/11/2024" + " ".repeat(26) + "8:30";
        String time41 = "8:" + "0".repeat(39);
        SubmissionImport in = read(row(date40, time41, "A", "", "", "", "Câu 1"));
        assertThat(in.errors()).hasSize(1);
        assertThat(in.errors().get(0).column()).isEqualTo("Giờ");
        assertThat(in.errors().get(0).value()).isEqualTo(time41);
        assertThat(in.errors().get(0).message().en()).isEqualTo("Not a date or time.");
    }

    @Test
    void should_number_written_rows_from_one_when_submissions_are_written_as_a_table() {
        Submission first = Fixtures.submission("m-1");
        Submission second = Fixtures.submission("m-2");
        List<List<String>> table = SubmissionTable.write(List.of(first, second));
        assertThat(table).hasSize(3);
        assertThat(table.get(0).get(0)).isEqualTo(SubmissionColumn.NUMBER.header());
        assertThat(table.get(1).get(0)).isEqualTo("1");
        assertThat(table.get(2).get(0)).isEqualTo("2");
        assertThat(table.get(2).get(1)).isEqualTo("m-2");
    }
}
