package vn.dialogue.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.Assignment;
import vn.dialogue.plan.Implementation;
import vn.dialogue.plan.ImplementationPart;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.Task;

class TaskAndScheduleRuleTest {

    private static Plan withTasks(Task... tasks) {
        return PlanFixtures.issued().implementation(new Implementation(List.of(new ImplementationPart("P",
                List.of(new Assignment(List.of("hlhpn"), null, null, List.of(tasks))))), null)).build();
    }

    @Test
    void should_require_deliverables_and_unique_ids() {
        Task bare = new Task("t", "Làm", List.of(), List.of(), List.of(), null);
        CheckReport report = PlanFixtures.check(new TaskRule(), withTasks(bare, bare));
        assertThat(report.warnings()).extracting(Finding::code).containsExactly("TASK_DELIVERABLES_MISSING",
                "TASK_DELIVERABLES_MISSING");
        assertThat(report.errors()).extracting(Finding::code).containsExactly("TASK_ID_DUPLICATE");
        assertThat(PlanFixtures.check(new TaskRule(), PlanFixtures.issued().build()).findings()).isEmpty();
    }

    @Test
    void should_report_a_deadline_on_or_after_the_session() {
        CheckReport report = PlanFixtures.check(new ScheduleRule(),
                withTasks(PlanFixtures.task("late", LocalDate.of(2026, 3, 21))));
        assertThat(report.errors()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TASK_DEADLINE_AFTER_SESSION");
            assertThat(f.path()).isEqualTo("implementation.parts[0].assignments[0].tasks[0].deadline");
        });
        assertThat(PlanFixtures.check(new ScheduleRule(), withTasks(PlanFixtures.task("ok",
                LocalDate.of(2026, 3, 20)))).findings()).isEmpty();
    }

    @Test
    void should_warn_when_the_session_month_is_known_but_not_its_day() {
        Plan plan = withTasks(PlanFixtures.task("t", LocalDate.of(2026, 3, 15))).toBuilder()
                .sessions(List.of(Session.expectedIn("s", YearMonth.of(2026, 3), PartOfDay.UNSPECIFIED))).build();
        assertThat(PlanFixtures.check(new ScheduleRule(), plan).warnings()).extracting(Finding::code)
                .containsExactly("TASK_DEADLINE_MAY_FOLLOW_SESSION");
    }

    @Test
    void should_report_a_session_outside_the_plan_year_and_an_incomplete_issue_date() {
        Plan plan = PlanFixtures.issued().sessions(List.of(Session.on("s", LocalDate.of(2027, 1, 5),
                PartOfDay.MORNING))).build();
        assertThat(PlanFixtures.check(new ScheduleRule(), plan).errors()).extracting(Finding::code)
                .containsExactly("SESSION_OUTSIDE_PLAN_YEAR");
        Plan undated = PlanFixtures.issued().identity(PlanFixtures.issued().build().identity()
                .withIssueDate(IssueDate.parse("2026-02"))).build();
        assertThat(PlanFixtures.check(new ScheduleRule(), undated).errors()).extracting(Finding::code)
                .containsExactly("IDENTITY_DATE_INCOMPLETE");
    }

    @Test
    void should_warn_when_the_plan_is_dated_after_its_session() {
        Plan plan = PlanFixtures.issued().identity(PlanFixtures.issued().build().identity()
                .withIssueDate(IssueDate.parse("2026-03-25"))).build();
        assertThat(PlanFixtures.check(new ScheduleRule(), plan).warnings()).extracting(Finding::code)
                .containsExactly("ISSUED_AFTER_SESSION");
    }
}
