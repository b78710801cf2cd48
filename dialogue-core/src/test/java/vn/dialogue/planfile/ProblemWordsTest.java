package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.MismatchedInputException;

import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.PlanStatus;
import vn.dialogue.plan.Session;
import vn.dialogue.text.Bilingual;

/** The words problems are given in: types, parser limits, parser and constructor messages, file names. */
class ProblemWordsTest {

    record Block(String a) {
    }

    @Test
    void should_name_every_kind_of_value_in_plain_words() {
        // GIVEN/WHEN/THEN each type a plan file holds is named as a person knows it
        assertThat(ProblemCollector.describe(String.class)).isEqualTo(Bilingual.of("văn bản", "text"));
        assertThat(ProblemCollector.describe(Integer.class)).isEqualTo(Bilingual.of("số nguyên", "whole number"));
        assertThat(ProblemCollector.describe(int.class)).isEqualTo(Bilingual.of("số nguyên", "whole number"));
        assertThat(ProblemCollector.describe(Long.class)).isEqualTo(Bilingual.of("số nguyên", "whole number"));
        assertThat(ProblemCollector.describe(long.class)).isEqualTo(Bilingual.of("số nguyên", "whole number"));
        assertThat(ProblemCollector.describe(Boolean.class)).isEqualTo(Bilingual.of("true/false", "true/false"));
        assertThat(ProblemCollector.describe(boolean.class)).isEqualTo(Bilingual.of("true/false", "true/false"));
        assertThat(ProblemCollector.describe(List.class)).isEqualTo(Bilingual.of("danh sách", "list"));
        assertThat(ProblemCollector.describe(LocalDate.class)).isEqualTo(Bilingual.of("ngày (YYYY-MM-DD)", "date (YYYY-MM-DD)"));
        assertThat(ProblemCollector.describe(YearMonth.class)).isEqualTo(Bilingual.of("tháng (YYYY-MM)", "month (YYYY-MM)"));
        assertThat(ProblemCollector.describe(LocalTime.class)).isEqualTo(Bilingual.of("giờ (HH:MM)", "time (HH:MM)"));
        assertThat(ProblemCollector.describe(IssueDate.class)).isEqualTo(Bilingual.of("ngày (YYYY, YYYY-MM hoặc YYYY-MM-DD)", "date (YYYY, YYYY-MM or YYYY-MM-DD)"));
        assertThat(ProblemCollector.describe(DocumentType.class)).isEqualTo(Bilingual.of("loại văn bản", "document type"));
        assertThat(ProblemCollector.describe(DeadlineRule.class)).isEqualTo(Bilingual.of("thời hạn", "deadline"));
        assertThat(ProblemCollector.describe(PlanStatus.class)).isEqualTo(Bilingual.of("giá trị", "value"));
        assertThat(ProblemCollector.describe(Session.class)).isEqualTo(Bilingual.of("khối trường (Session)", "block of fields (Session)"));
        assertThat(ProblemCollector.describe(Runnable.class)).isEqualTo(Bilingual.of("khối trường (Runnable)", "block of fields (Runnable)"));
        assertThat(ProblemCollector.describe(Double.class)).isEqualTo(Bilingual.of("Double", "Double"));
    }

    @Test
    void should_give_a_date_failure_as_the_part_that_is_wrong() {
        // GIVEN/WHEN/THEN a java.time failure is cut to what is wrong
        assertThat(ProblemCollector.plain("DateTimeParseException: Text '2024-02-31' could not be parsed: "
                + "Invalid date 'FEBRUARY 31'")).isEqualTo("Invalid date 'FEBRUARY 31'");
        assertThat(ProblemCollector.plain("DateTimeParseException: Text '31/02' could not be parsed at index 0"))
                .isEqualTo("not in the expected form");
        assertThat(ProblemCollector.plain("could not be parsed: Invalid value (DateTimeParseException)"))
                .isEqualTo("Invalid value (DateTimeParseException)");
        // AND a message that only repeats the type says nothing more
        assertThat(ProblemCollector.plain("not a valid `int` value")).isEmpty();
        // AND other messages lose their code quotes and package names
        assertThat(ProblemCollector.plain("  `java.lang.Integer` could not be parsed  ")).isEqualTo("Integer could not be parsed");
        assertThat(ProblemCollector.plain("the DateTimeParseException of nothing")).isEqualTo("the DateTimeParseException of nothing");
    }

    @Test
    void should_say_what_a_constructor_exception_means_when_it_has_no_message() {
        // GIVEN/WHEN/THEN a missing message is explained, a message is given by its first line
        assertThat(ProblemCollector.message(new NullPointerException())).isEqualTo(Bilingual.of(
                "một giá trị bị bỏ trống ở chỗ bắt buộc phải có (một mục trống trong danh sách, hoặc một trường để trống)",
                "a value is empty where one is required (an empty entry in a list, or a field left blank)"));
        assertThat(ProblemCollector.message(new IllegalStateException(" "))).isEqualTo(Bilingual.of(
                "không tạo được giá trị (IllegalStateException)", "the value cannot be built (IllegalStateException)"));
        // the model's own reason is English: the Vietnamese says the value is not valid and quotes it
        assertThat(ProblemCollector.message(new IllegalStateException("first line\nsecond line")))
                .isEqualTo(Bilingual.of("giá trị không hợp lệ: first line", "first line"));
    }

    @Test
    void should_put_each_parser_limit_in_the_words_of_the_plan_file() {
        // GIVEN/WHEN/THEN each limit the parser enforces is said in plain words, with the number found
        assertThat(TokenScan.limit(new StreamConstraintsException("String value length (70000) exceeds the maximum")).en())
                .isEqualTo("a text value is 70000 characters long; plan files allow at most 65536 characters per value");
        assertThat(TokenScan.limit(new StreamConstraintsException("Document nesting depth (41) exceeds the maximum")).en())
                .isEqualTo("blocks and lists nest 41 levels deep here; plan files allow at most 40 levels");
        assertThat(TokenScan.limit(new StreamConstraintsException("Number value length (25) exceeds the maximum")).en())
                .isEqualTo("a number is 25 characters long; plan files allow at most 20");
        assertThat(TokenScan.limit(new StreamConstraintsException("Name length (300) exceeds the maximum")).en())
                .isEqualTo("a field name is 300 characters long; plan files allow at most 256");
        assertThat(TokenScan.limit(new StreamConstraintsException("Document length (5000000) exceeds the maximum")).en())
                .isEqualTo("the file is too large: plan files allow at most 4194304 characters");
        assertThat(TokenScan.limit(new StreamConstraintsException("Name length exceeds the maximum")).en())
                .isEqualTo("a field name is more characters long; plan files allow at most 256");
        assertThat(TokenScan.limit(new StreamConstraintsException("Token count (9) exceeds\nthe maximum")).en())
                .isEqualTo("a parser limit was exceeded: Token count (9) exceeds");
        assertThat(TokenScan.limit(new StreamConstraintsException(null)).en())
                .isEqualTo("a parser limit was exceeded: unreadable content");
        // and in Vietnamese
        assertThat(TokenScan.limit(new StreamConstraintsException("String value length (70000) exceeds the maximum")).vi())
                .isEqualTo("một giá trị dài 70000 ký tự; tệp kế hoạch cho phép tối đa 65536 ký tự mỗi giá trị");
        assertThat(TokenScan.limit(new StreamConstraintsException("Document nesting depth (41) exceeds the maximum")).vi())
                .isEqualTo("các khối và danh sách lồng nhau 41 tầng ở đây; tệp kế hoạch cho phép tối đa 40 tầng");
        assertThat(TokenScan.limit(new StreamConstraintsException("Name length exceeds the maximum")).vi())
                .isEqualTo("một tên trường dài nhiều ký tự; tệp kế hoạch cho phép tối đa 256");
    }

    @Test
    void should_give_a_jackson_failure_in_the_plan_file_words() {
        // GIVEN/WHEN/THEN a limit, an empty text for a block, an empty file and any other message
        assertThat(PlanFiles.plainMessage(new StreamConstraintsException("Number value length (25) exceeds")))
                .isEqualTo(Bilingual.of("một số dài 25 ký tự; tệp kế hoạch cho phép tối đa 20",
                        "a number is 25 characters long; plan files allow at most 20"));
        assertThat(PlanFiles.plainMessage(MismatchedInputException.from((JsonParser) null, Block.class,
                "Cannot coerce empty String (\"\") to Block")))
                .isEqualTo(Bilingual.of("cần khối trường (Block) nhưng gặp chữ trống",
                        "expected block of fields (Block) but found empty text"));
        assertThat(PlanFiles.plainMessage(MismatchedInputException.from((JsonParser) null, (Class<?>) null,
                "Cannot coerce empty String (\"\") to Block")).en()).isEqualTo("Cannot coerce empty String (\"\") to Block");
        assertThat(PlanFiles.plainMessage(MismatchedInputException.from((JsonParser) null, Block.class,
                "Cannot deserialize `Block`\nat line 3"))).isEqualTo(Bilingual.of("không đọc được giá trị: Cannot deserialize Block",
                "Cannot deserialize Block"));
        assertThat(PlanFiles.plainMessage(MismatchedInputException.from((JsonParser) null, Block.class,
                "No content to map due to end-of-input")))
                .isEqualTo(Bilingual.of("tệp chỉ có chú thích hoặc dấu tài liệu, không có nội dung",
                        "the file holds nothing but comments or document markers"));
    }

    @Test
    void should_print_a_problem_without_a_place_when_its_line_is_unknown() {
        // GIVEN/WHEN/THEN a problem at line 0 has no line and column, one at line 1 has both
        assertThat(new Problem("plan.yaml", 0, 0, "", Bilingual.of("tệp trống", "the file is empty")).toString())
                .isEqualTo("plan.yaml: tệp trống / the file is empty");
        Problem bad = new Problem("plan.yaml", 1, 0, "id", Bilingual.of("sai", "bad"));
        assertThat(bad.toString()).isEqualTo("plan.yaml:1:0: id: sai / bad");
        // one language at a time, still naming file, line and field
        assertThat(bad.format(java.util.Locale.forLanguageTag("vi"))).isEqualTo("plan.yaml:1:0: id: sai");
        assertThat(bad.format(java.util.Locale.ENGLISH)).isEqualTo("plan.yaml:1:0: id: bad");
        assertThat(bad.message()).isEqualTo("sai / bad");
    }

    @Test
    void should_take_the_format_from_the_extension_whatever_its_case() {
        // GIVEN/WHEN/THEN .json in any case is JSON, anything else (even no file name) YAML
        assertThat(Format.of(Path.of("plan.JSON"))).isEqualTo(Format.JSON);
        assertThat(Format.of(Path.of("plan.yaml"))).isEqualTo(Format.YAML);
        assertThat(Format.of(Path.of("/"))).isEqualTo(Format.YAML);
    }
}
