package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import vn.dialogue.deadline.CivilCodePeriod;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.DependentDeadline;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.deadline.PeriodUnit;
import vn.dialogue.deadline.StatutoryDeadline;

/**
 * Every written form of a deadline rule in a plan file, read and written back, and each mistake a host can make in
 * one, refused with a message saying how to write it.
 */
class DeadlineRulesInPlanFilesTest {

    private static final ObjectMapper JSON = PlanFiles.mapper(Format.JSON);

    private static DeadlineRule read(String json) {
        return JSON.readValue(json, DeadlineRule.class);
    }

    private static String write(DeadlineRule rule) {
        // compact, so that the expected text can be written on one line
        return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rule);
    }

    @Test
    void should_read_and_write_fixed_days_before_and_by_the_end_of_a_date() {
        assertThat(read("{\"before\": \"2024-10-29\"}")).isEqualTo(FixedDeadline.before(LocalDate.of(2024, 10, 29)));
        assertThat(read("{\"byEndOf\": \" 2024-10-29 \"}")).isEqualTo(FixedDeadline.byEndOf(LocalDate.of(2024, 10, 29)));
        assertThat(write(FixedDeadline.before(LocalDate.of(2024, 10, 29)))).isEqualTo("{\"before\":\"2024-10-29\"}");
        assertThat(write(FixedDeadline.byEndOf(LocalDate.of(2024, 10, 29)))).isEqualTo("{\"byEndOf\":\"2024-10-29\"}");
    }

    @Test
    void should_read_and_write_offsets_in_days_or_working_days_before_or_after_a_milestone() {
        OffsetDeadline fiveBefore = OffsetDeadline.workingDaysBefore(5, MilestoneRef.session());
        OffsetDeadline threeAfter = OffsetDeadline.daysAfter(3, MilestoneRef.task("tong-hop"));

        assertThat(read("{\"workingDays\": 5, \"before\": \"session\"}")).isEqualTo(fiveBefore);
        assertThat(read("{\"days\": 3, \"after\": \"task:tong-hop\"}")).isEqualTo(threeAfter);
        assertThat(write(fiveBefore)).isEqualTo("{\"workingDays\":5,\"before\":\"session\"}");
        assertThat(write(threeAfter)).isEqualTo("{\"days\":3,\"after\":\"task:tong-hop\"}");
    }

    @ParameterizedTest(name = "within {0}: {1}")
    @CsvSource({"days, 7, DAYS", "workingDays, 10, WORKING_DAYS", "weeks, 2, WEEKS", "months, 1, MONTHS",
            "years, 1, YEARS"})
    void should_read_and_write_a_statutory_period_in_each_unit(String unit, int amount, PeriodUnit expected) {
        String json = "{\"within\":{\"" + unit + "\":" + amount + "},\"from\":\"receipt\",\"law\":\"Luật Tiếp công dân 2013, Điều 28\"}";

        DeadlineRule rule = read(json);

        assertThat(rule).isEqualTo(new StatutoryDeadline(MilestoneRef.receipt(), new CivilCodePeriod(amount, expected),
                "Luật Tiếp công dân 2013, Điều 28"));
        assertThat(write(rule)).isEqualTo(json);
    }

    @Test
    void should_read_follows_as_task_ids_or_milestones_and_write_them_back_the_same_way() {
        DeadlineRule rule = read("{\"before\": \"2024-11-15\", \"follows\": [\"tong-hop\", \"session:s1\", \"receipt\", \"session\"]}");

        assertThat(rule).isEqualTo(new DependentDeadline(FixedDeadline.before(LocalDate.of(2024, 11, 15)),
                List.of(MilestoneRef.task("tong-hop"), MilestoneRef.session("s1"), MilestoneRef.receipt(),
                        MilestoneRef.session())));
        assertThat(write(rule)).isEqualTo(
                "{\"before\":\"2024-11-15\",\"follows\":[\"tong-hop\",\"session:s1\",\"receipt\",\"session\"]}");
        assertThat(read("{\"before\": \"2024-11-15\", \"follows\": \" tong-hop \"}"))
                .isEqualTo(new DependentDeadline(FixedDeadline.before(LocalDate.of(2024, 11, 15)),
                        List.of(MilestoneRef.task("tong-hop"))));
        assertThat(read("{\"before\": \"2024-11-15\", \"follows\": null}"))
                .isEqualTo(FixedDeadline.before(LocalDate.of(2024, 11, 15)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"days\": 3, \"workingDays\": 2, \"before\": \"session\"}|give days or workingDays, not both",
            "{\"days\": 3}|an offset needs exactly one of before: or after: <milestone>",
            "{\"days\": 3, \"before\": \"session\", \"after\": \"session\"}|an offset needs exactly one of before: or after:",
            "{\"days\": 3, \"before\": \"session\", \"law\": \"x\"}|unexpected 'law' here; write {before: YYYY-MM-DD}",
            "{\"days\": 2.5, \"before\": \"session\"}|'days' must be a whole number",
            "{\"workingDays\": 99999999999, \"before\": \"session\"}|'workingDays' must be a whole number",
            "{\"days\": \"3\", \"before\": \"session\"}|'days' must be a whole number",
            "{\"before\": \"29/10/2024\"}|'29/10/2024' is not a date: write it as 2024-10-29",
            "{\"before\": 20241029}|'before' must be given as text",
            "{\"byEndOf\": \"  \"}|'byEndOf' must be given as text",
            "{\"before\": \"2024-10-29\", \"byEndOf\": \"2024-10-30\"}|write {before: YYYY-MM-DD}, {byEndOf: YYYY-MM-DD}",
            "{}|write {before: YYYY-MM-DD}",
            "{\"within\": {\"days\": 3}, \"from\": \"receipt\"}|'law' must be given as text",
            "{\"within\": {\"days\": 3}, \"from\": \"receipt\", \"law\": \"L\", \"before\": \"session\"}|unexpected 'before' here",
            "{\"within\": {\"fortnights\": 3}, \"from\": \"receipt\", \"law\": \"L\"}|unknown unit 'fortnights'; units:",
            "{\"within\": {\"days\": 3, \"weeks\": 1}, \"from\": \"receipt\", \"law\": \"L\"}|within: takes one unit and amount",
            "{\"within\": 3, \"from\": \"receipt\", \"law\": \"L\"}|within: takes one unit and amount, e.g. {workingDays: 10}",
            "{\"before\": \"2024-11-15\", \"follows\": [\"\"]}|follows: lists task ids or milestones as text",
            "{\"before\": \"2024-11-15\", \"follows\": [1]}|follows: lists task ids or milestones as text"})
    void should_refuse_a_deadline_written_wrongly_and_say_how_to_write_it(String json, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(JacksonException.class).hasMessageContaining(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2024-10-29\"", "[\"2024-10-29\"]", "5"})
    void should_refuse_a_deadline_that_is_not_an_object(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(JacksonException.class);
    }
}
