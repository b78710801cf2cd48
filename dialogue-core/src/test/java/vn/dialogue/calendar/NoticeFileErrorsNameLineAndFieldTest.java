package vn.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of mistake in a notice file ends in a {@link NoticeFormatException} that names the file, the line, the
 * column and the field, and says what is wrong in words a host can act on.
 */
class NoticeFileErrorsNameLineAndFieldTest {

    private static final String HEAD = """
            notices:
              - reference: "Quyết định 12/QĐ-UBND"
                issuer: "Ủy ban nhân dân tỉnh"
                source: "test"
            """;

    private static NoticeFormatException failure(String yaml) {
        return catchThrowableOfType(NoticeFormatException.class, () -> OfficialNotices.parse(yaml, "tinh.yaml"));
    }

    @Test
    void should_name_the_duplicated_field_when_a_key_is_written_twice() {
        // GIVEN a notice that gives its source twice
        NoticeFormatException e = failure(HEAD + "    source: \"again\"\n"
                + "    daysOff:\n      - {from: 2025-06-02, to: 2025-06-03, name: \"Nghỉ\"}\n");

        // THEN the problem says which field is duplicated, on the line of the second one
        // (Vietnamese first, as every YAML file's problems: issue 19)
        assertThat(e.problem()).startsWith("trường 'source' được ghi hai lần").contains("duplicate field 'source'");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).startsWith("tinh.yaml line 5, column ");
    }

    @Test
    void should_say_a_list_was_expected_when_days_off_is_a_single_value() {
        NoticeFormatException e = failure(HEAD + "    daysOff: 5\n");

        assertThat(e.problem()).isEqualTo("expected a list");
        assertThat(e.field()).isEqualTo("notices[0].daysOff");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).isEqualTo("tinh.yaml line 5, column " + e.column()
                + ", field notices[0].daysOff: expected a list");
    }

    @Test
    void should_say_text_was_expected_when_the_issuer_is_a_list() {
        NoticeFormatException e = failure(HEAD.replace("issuer: \"Ủy ban nhân dân tỉnh\"", "issuer: [a, b]")
                + "    daysOff:\n      - {from: 2025-06-02, to: 2025-06-03, name: \"Nghỉ\"}\n");

        assertThat(e.problem()).isEqualTo("expected text");
        assertThat(e.field()).isEqualTo("notices[0].issuer");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void should_say_a_date_was_expected_when_a_date_is_a_list() {
        NoticeFormatException e = failure(HEAD + "    daysOff:\n      - {from: [2025], to: 2025-06-03, name: \"Nghỉ\"}\n");

        assertThat(e.problem()).isEqualTo("not a date (expected yyyy-mm-dd)");
        assertThat(e.field()).isEqualTo("notices[0].daysOff[0].from");
        assertThat(e.line()).isEqualTo(6);
    }

    @Test
    void should_name_the_second_notice_and_its_line_when_only_the_second_one_is_wrong() {
        NoticeFormatException e = failure(HEAD + "    daysOff:\n      - {from: 2025-06-02, to: 2025-06-03, name: \"Nghỉ\"}\n"
                + "  - reference: \"B\"\n    issuer: \"C\"\n    source: \"D\"\n"
                + "    workingDays:\n      - {date: 2025-02-30, name: \"Làm bù\"}\n");

        assertThat(e.field()).isEqualTo("notices[1].workingDays[0].date");
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.problem()).isEqualTo("'2025-02-30' is not a date (expected yyyy-mm-dd)");
    }

    @Test
    void should_name_the_missing_list_when_notices_is_empty() {
        NoticeFormatException e = failure("notices:\n");

        assertThat(e.field()).isEqualTo("notices");
        assertThat(e.file()).isEqualTo("tinh.yaml");
    }

    @Test
    void should_read_an_empty_list_of_notices_as_no_notice() {
        assertThat(OfficialNotices.parse("notices: []\n", "tinh.yaml")).isEmpty();
    }

    @Test
    void should_say_the_file_cannot_be_read_when_it_does_not_exist(@TempDir Path dir) {
        Path missing = dir.resolve("khong-co.yaml");

        assertThatThrownBy(() -> OfficialNotices.read(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read notice file " + missing);
    }

    @Test
    void should_leave_out_the_line_when_it_is_unknown_and_the_field_when_it_is_empty() {
        assertThat(new NoticeFormatException("f.yaml", 0, 0, "", "the file is empty", null))
                .hasMessage("f.yaml: the file is empty");
        assertThat(new NoticeFormatException("f.yaml", 0, 3, "notices", "missing value", null))
                .hasMessage("f.yaml field notices: missing value");
        assertThat(new NoticeFormatException("f.yaml", 4, 0, "notices", "missing value", null))
                .hasMessage("f.yaml line 4, field notices: missing value");
        assertThat(new NoticeFormatException("f.yaml", 4, 7, "", "broken", null))
                .hasMessage("f.yaml line 4, column 7: broken");
        assertThat(new NoticeFormatException("f.yaml", 1, 1, "", "broken", null))
                .hasMessage("f.yaml line 1, column 1: broken");
    }
}
