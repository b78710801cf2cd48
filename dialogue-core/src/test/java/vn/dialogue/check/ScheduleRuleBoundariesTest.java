package vn.dialogue.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.DependentDeadline;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.plan.Assignment;
import vn.dialogue.plan.Implementation;
import vn.dialogue.plan.ImplementationPart;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlanStatus;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.Task;

/**
 * {@link ScheduleRule} on the day before, the day of and the day after each boundary: a session with a known day
 * (20/3/2026), a session known only by its month (3/2026), and the plan's issue date.
 */
class ScheduleRuleBoundariesTest {

    private static final Session MARCH = Session.expectedIn("s", YearMonth.of(2026, 3), PartOfDay.UNSPECIFIED);

    private static Plan withDeadline(DeadlineRule rule) {
        Task task = new Task("t", "Tổng hợp", List.of(), List.of(), List.of("Bảng"), rule);
        return PlanFixtures.issued().implementation(new Implementation(List.of(new ImplementationPart("P",
                List.of(new Assignment(List.of("hlhpn"), null, null, List.of(task))))), null)).build();
    }

    private static List<String> codes(Plan plan) {
        return PlanFixtures.check(new ScheduleRule(), plan).findings().stream().map(Finding::code).toList();
    }

    private static FixedDeadline byEndOf(int month, int day) {
        return FixedDeadline.byEndOf(LocalDate.of(2026, month, day));
    }

    @Test
    void should_accept_a_deadline_the_day_before_the_session_and_refuse_one_on_the_day() {
        assertThat(codes(withDeadline(byEndOf(3, 19)))).isEmpty();

        CheckReport report = PlanFixtures.check(new ScheduleRule(), withDeadline(byEndOf(3, 20)));
        assertThat(report.errors()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TASK_DEADLINE_AFTER_SESSION");
            assertThat(f.message().vi()).isEqualTo("Hạn của nhiệm vụ 't' (20/03/2026) không trước buổi đối thoại.");
            assertThat(f.message().en()).isEqualTo("The deadline of task 't' (2026-03-20) is not before the session.");
        });
    }

    @Test
    void should_look_through_the_steps_a_deadline_follows_when_it_is_a_dependent_fixed_day() {
        DependentDeadline late = DependentDeadline.of(byEndOf(3, 25), MilestoneRef.task("collect"));
        DependentDeadline early = DependentDeadline.of(byEndOf(3, 2), MilestoneRef.task("collect"));

        assertThat(codes(withDeadline(late))).containsExactly("TASK_DEADLINE_AFTER_SESSION");
        assertThat(codes(withDeadline(early))).isEmpty();
    }

    @Test
    void should_warn_inside_the_session_month_and_refuse_its_last_day_when_only_the_month_is_known() {
        // GIVEN the session known only as March 2026
        Plan before = withDeadline(byEndOf(2, 28)).toBuilder().sessions(List.of(MARCH)).build();
        Plan firstDay = withDeadline(byEndOf(3, 1)).toBuilder().sessions(List.of(MARCH)).build();
        Plan penultimate = withDeadline(byEndOf(3, 30)).toBuilder().sessions(List.of(MARCH)).build();
        Plan lastDay = withDeadline(byEndOf(3, 31)).toBuilder().sessions(List.of(MARCH)).build();

        // THEN February passes, the month's days warn, and its last day cannot precede the session
        assertThat(codes(before)).isEmpty();
        assertThat(codes(firstDay)).containsExactly("TASK_DEADLINE_MAY_FOLLOW_SESSION");
        assertThat(codes(penultimate)).containsExactly("TASK_DEADLINE_MAY_FOLLOW_SESSION");
        assertThat(codes(lastDay)).containsExactly("TASK_DEADLINE_AFTER_SESSION");
        assertThat(PlanFixtures.check(new ScheduleRule(), firstDay).warnings().get(0).message().vi())
                .isEqualTo("Hạn của nhiệm vụ 't' (01/03/2026) rơi vào tháng tổ chức đối thoại; "
                        + "cần ấn định ngày đối thoại sau hạn này.");
    }

    @Test
    void should_warn_when_the_plan_is_dated_on_the_session_day_but_not_the_day_before() {
        Plan base = PlanFixtures.issued().build();
        Plan onTheDay = base.toBuilder().identity(base.identity().withIssueDate(IssueDate.parse("2026-03-20"))).build();
        Plan dayBefore = base.toBuilder().identity(base.identity().withIssueDate(IssueDate.parse("2026-03-19"))).build();

        assertThat(codes(onTheDay)).containsExactly("ISSUED_AFTER_SESSION");
        assertThat(codes(dayBefore)).isEmpty();
    }

    @Test
    void should_compare_the_issue_date_with_the_end_of_the_month_when_the_session_day_is_unknown() {
        Plan base = PlanFixtures.issued().sessions(List.of(MARCH)).build();
        Plan midMonth = base.toBuilder().identity(base.identity().withIssueDate(IssueDate.parse("2026-03-25"))).build();
        Plan lastDay = base.toBuilder().identity(base.identity().withIssueDate(IssueDate.parse("2026-03-31"))).build();

        // (the fixture's task due in early March warns either way)
        assertThat(codes(midMonth)).containsExactly("TASK_DEADLINE_MAY_FOLLOW_SESSION");
        assertThat(codes(lastDay)).containsExactlyInAnyOrder("ISSUED_AFTER_SESSION", "TASK_DEADLINE_MAY_FOLLOW_SESSION");
    }

    @Test
    void should_require_a_full_issue_date_only_when_the_plan_is_issued() {
        Plan base = PlanFixtures.issued().build();
        Plan draft = base.toBuilder().status(PlanStatus.DRAFT)
                .identity(base.identity().withIssueDate(IssueDate.ofYear(2026))).build();
        Plan issued = draft.toBuilder().status(PlanStatus.ISSUED).build();

        assertThat(codes(draft)).isEmpty();
        assertThat(codes(issued)).containsExactly("IDENTITY_DATE_INCOMPLETE");
        assertThat(codes(base)).isEmpty();
    }

    @Test
    void should_name_both_years_and_the_session_when_a_session_is_outside_the_plan_year() {
        Plan plan = PlanFixtures.issued().sessions(List.of(Session.on("s", LocalDate.of(2026, 12, 30), PartOfDay.MORNING),
                Session.on("s2", LocalDate.of(2027, 1, 5), PartOfDay.MORNING))).build();

        CheckReport report = PlanFixtures.check(new ScheduleRule(), plan);

        assertThat(report.withCode("SESSION_OUTSIDE_PLAN_YEAR")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("sessions[1]");
            assertThat(f.message().en()).isEqualTo("The session (2027) is not in the plan's year (2026).");
        });
    }
}
