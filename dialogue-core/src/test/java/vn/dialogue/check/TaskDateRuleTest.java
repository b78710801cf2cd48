package vn.dialogue.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.deadline.DependentDeadline;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.plan.Assignment;
import vn.dialogue.plan.Implementation;
import vn.dialogue.plan.ImplementationPart;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Task;

class TaskDateRuleTest {

    private static Plan withTasks(Task... tasks) {
        return PlanFixtures.issued().implementation(new Implementation(List.of(new ImplementationPart("P",
                List.of(new Assignment(List.of("hlhpn"), null, null, List.of(tasks))))), null)).build();
    }

    private static Task task(String text, DeadlineRule rule) {
        return new Task("tong-hop", text, List.of(), List.of(), List.of("Bảng tổng hợp"), rule);
    }

    @Test
    void should_report_a_stale_year_written_in_the_text_as_an_error_naming_the_task() {
        Task stale = task("Gửi về Sở Nội vụ trước ngày 29 tháng 10 năm 2024 để tổng hợp.",
                FixedDeadline.before(LocalDate.of(2026, 2, 28)));
        CheckReport report = PlanFixtures.check(new TaskDateRule(), withTasks(stale));
        assertThat(report.errors()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TASK_DATE_DISAGREES");
            assertThat(f.path()).isEqualTo("implementation.parts[0].assignments[0].tasks[0].text");
            assertThat(f.message().vi()).startsWith("Nhiệm vụ 'tong-hop'").contains("29 tháng 10 năm 2024")
                    .contains("trước ngày 28 tháng 02 năm 2026").contains(Task.DEADLINE_MARKER);
        });
    }

    @Test
    void should_warn_on_another_day_of_the_same_year_in_slash_form_and_without_a_year() {
        DeadlineRule rule = DependentDeadline.of(FixedDeadline.before(LocalDate.of(2026, 3, 10)),
                MilestoneRef.task("collect"));
        CheckReport slash = PlanFixtures.check(new TaskDateRule(), withTasks(task("Hoàn thành trước ngày 15/3/2026.", rule)));
        assertThat(slash.warnings()).extracting(Finding::code).containsExactly("TASK_DATE_DISAGREES");
        CheckReport noYear = PlanFixtures.check(new TaskDateRule(), withTasks(task("Hoàn thành trước ngày 15/3.", rule)));
        assertThat(noYear.warnings()).extracting(Finding::code).containsExactly("TASK_DATE_DISAGREES");
        assertThat(noYear.errors()).isEmpty();
    }

    @Test
    void should_accept_the_marker_and_say_so_when_the_right_date_is_written_out() {
        FixedDeadline rule = FixedDeadline.before(LocalDate.of(2026, 3, 1));
        assertThat(PlanFixtures.check(new TaskDateRule(),
                withTasks(task("Gửi về Sở Nội vụ {hạn} để tổng hợp.", rule))).findings()).isEmpty();
        CheckReport written = PlanFixtures.check(new TaskDateRule(),
                withTasks(task("Gửi về Sở Nội vụ trước ngày 01 tháng 3 năm 2026.", rule)));
        assertThat(written.findings()).extracting(Finding::code).containsExactly("TASK_DEADLINE_WRITTEN");
        assertThat(written.errors()).isEmpty();
    }

    @Test
    void should_ignore_numbers_that_are_not_dates() {
        Task numbers = task("Thực hiện Văn bản số 8059/VPCP-QHĐP và Chỉ thị số 21-CT/TW; 45/120 xã.",
                FixedDeadline.before(LocalDate.of(2026, 3, 1)));
        assertThat(PlanFixtures.check(new TaskDateRule(), withTasks(numbers)).findings()).isEmpty();
    }

    @Test
    void should_report_a_marker_in_a_task_without_a_deadline() {
        CheckReport report = PlanFixtures.check(new TaskDateRule(), withTasks(task("Hoàn thành {hạn}.", null)));
        assertThat(report.errors()).extracting(Finding::code).containsExactly("TASK_DEADLINE_MARKER_UNSET");
    }

    @Test
    void should_print_the_deadline_from_the_rule_where_the_marker_stands() {
        Task t = task("Gửi về Sở Nội vụ {hạn} để tổng hợp.", DependentDeadline.of(
                FixedDeadline.before(LocalDate.of(2026, 10, 29)), MilestoneRef.task("collect")));
        assertThat(t.printedText()).isEqualTo("Gửi về Sở Nội vụ trước ngày 29 tháng 10 năm 2026 để tổng hợp.");
        assertThat(task("Hoàn thành {hạn}.", FixedDeadline.byEndOf(LocalDate.of(2025, 1, 5))).printedText())
                .isEqualTo("Hoàn thành chậm nhất ngày 05 tháng 01 năm 2025.");
        Task old = task("Hoàn thành trước ngày 15 tháng 11 năm 2024.", FixedDeadline.before(LocalDate.of(2026, 11, 13)));
        assertThat(old.printedText()).isEqualTo(old.text());
    }
}
