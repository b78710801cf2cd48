package vn.dialogue.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.timeline.Plans.COMPILE;
import static vn.dialogue.timeline.Plans.DOCUMENTS;
import static vn.dialogue.timeline.Plans.SEED;
import static vn.dialogue.timeline.Plans.UNION;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.check.CheckReport;
import vn.dialogue.check.Finding;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.check.Severity;
import vn.dialogue.deadline.DependentDeadline;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.plan.Plan;

class TimelineRulesTest {

    private static final WorkingCalendar VN = WorkingCalendar.vietnam();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void should_find_nothing_in_the_seed_plan() {
        for (var rule : TimelineRules.all(VN)) {
            assertThat(rule.check(SEED)).isEmpty();
        }
    }

    @Test
    void should_plug_into_the_standard_checker() {
        Plan plan = Plans.withSessionOn(SEED, d(2024, 11, 23)); // a Saturday
        CheckReport report = PlanChecker.standard().with(TimelineRules.all(VN)).check(plan);
        assertThat(report.findings()).extracting(Finding::code).contains("SESSION_ON_DAY_OFF");
    }

    @Nested
    class Order {

        @Test
        void should_pass_when_a_step_is_due_after_what_it_follows() {
            assertThat(TimelineRules.order(VN).check(SEED)).isEmpty();
        }

        @Test
        void should_fail_when_the_union_is_due_after_the_department_compiles() {
            // GIVEN the union's deadline moved after the department's compile deadline (14/11)
            Plan plan = Plans.withDeadline(SEED, UNION, FixedDeadline.before(d(2024, 11, 18)));
            // WHEN
            List<Finding> findings = TimelineRules.order(VN).check(plan);
            // THEN
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo("DEADLINE_ORDER");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message().vi()).contains("14/11/2024").contains("17/11/2024");
                assertThat(f.path()).contains("tasks").endsWith(".deadline");
            });
        }
    }

    @Nested
    class MinimumGap {

        @Test
        void should_pass_when_enough_working_days_separate_dependent_steps() {
            // 14/11 → 19/11/2024: Fri 15, Mon 18, Tue 19 = 3 working days
            assertThat(TimelineRules.minimumGap(VN, 3).check(SEED)).isEmpty();
        }

        @Test
        void should_fail_when_fewer_working_days_than_the_minimum() {
            List<Finding> findings = TimelineRules.minimumGap(VN, 4).check(SEED);
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo("DEADLINE_GAP_TOO_SHORT");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message().en()).contains("only 3 working days").contains("minimum 4");
            });
        }

        @Test
        void should_refuse_a_negative_minimum() {
            assertThatThrownBy(() -> TimelineRules.minimumGap(VN, -1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class BeforeSession {

        @Test
        void should_pass_when_offset_deadlines_precede_the_session() {
            Plan plan = Plans.withDeadline(Plans.withSessionOn(SEED, d(2024, 11, 26)), DOCUMENTS,
                    OffsetDeadline.workingDaysBefore(5, MilestoneRef.session()));
            assertThat(TimelineRules.beforeSession(VN).check(plan)).isEmpty();
        }

        @Test
        void should_fail_when_a_step_counted_from_a_task_overruns_the_session() {
            // GIVEN the session on Friday 15/11/2024 and the documents 2 working days after the compile task (14/11)
            Plan plan = Plans.withDeadline(Plans.withSessionOn(SEED, d(2024, 11, 15)), DOCUMENTS,
                    OffsetDeadline.workingDaysAfter(2, MilestoneRef.task(COMPILE)));
            // WHEN / THEN the documents are due Monday 18/11, after the session
            assertThat(TimelineRules.beforeSession(VN).check(plan)).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo("TASK_DEADLINE_AFTER_SESSION");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message().vi()).contains("18/11/2024");
            });
        }

        @Test
        void should_fail_when_an_offset_lands_on_the_session_day() {
            Plan plan = Plans.withDeadline(Plans.withSessionOn(SEED, d(2024, 11, 26)), DOCUMENTS,
                    OffsetDeadline.daysBefore(0, MilestoneRef.session()));
            assertThat(codes(TimelineRules.beforeSession(VN).check(plan))).containsExactly("TASK_DEADLINE_AFTER_SESSION");
        }

        @Test
        void should_warn_when_the_deadline_is_in_the_month_of_a_session_without_a_day() {
            // the seed's session is expected in 11/2024: 2 working days after 14/11 is 18/11, in that month
            Plan plan = Plans.withDeadline(SEED, DOCUMENTS, OffsetDeadline.workingDaysAfter(2, MilestoneRef.task(COMPILE)));
            assertThat(codes(TimelineRules.beforeSession(VN).check(plan))).containsExactly("TASK_DEADLINE_MAY_FOLLOW_SESSION");
        }

        @Test
        void should_leave_fixed_days_to_the_standard_schedule_rule() {
            assertThat(TimelineRules.beforeSession(VN).check(Plans.withSessionOn(SEED, d(2024, 11, 1)))).isEmpty();
            assertThat(PlanChecker.standard().check(Plans.withSessionOn(SEED, d(2024, 11, 1))).findings())
                    .extracting(Finding::code).contains("TASK_DEADLINE_AFTER_SESSION");
        }

        @Test
        void should_pass_when_a_follow_up_counts_forward_from_the_session() {
            Plan plan = Plans.withDeadline(Plans.withSessionOn(SEED, d(2024, 11, 26)), DOCUMENTS,
                    OffsetDeadline.workingDaysAfter(10, MilestoneRef.session()));
            assertThat(TimelineRules.beforeSession(VN).check(plan)).isEmpty();
        }
    }

    @Nested
    class WorkingDays {

        @Test
        void should_pass_when_deadlines_fall_on_working_days() {
            assertThat(TimelineRules.workingDays(VN).check(SEED)).isEmpty();
        }

        @Test
        void should_fail_when_a_working_day_rule_lands_on_a_day_off() {
            // 0 working days after a task due on a Sunday stays on the Sunday
            Plan plan = Plans.withDeadline(Plans.withDeadline(SEED, COMPILE, FixedDeadline.byEndOf(d(2024, 11, 17))),
                    DOCUMENTS, OffsetDeadline.workingDaysAfter(0, MilestoneRef.task(COMPILE)));
            List<Finding> findings = TimelineRules.workingDays(VN).check(plan);
            assertThat(codes(findings)).containsExactlyInAnyOrder("DEADLINE_ON_DAY_OFF", "DEADLINE_WORKING_DAYS_ON_DAY_OFF");
            assertThat(findings).filteredOn(f -> f.code().equals("DEADLINE_WORKING_DAYS_ON_DAY_OFF"))
                    .singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.message().vi()).contains("Chủ nhật");
                    });
        }

        @Test
        void should_warn_when_a_calendar_day_rule_lands_on_a_holiday() {
            Plan plan = Plans.withDeadline(SEED, UNION, FixedDeadline.byEndOf(d(2024, 9, 2)));
            assertThat(TimelineRules.workingDays(VN).check(plan)).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo("DEADLINE_ON_DAY_OFF");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message().vi()).contains("Quốc khánh");
            });
        }
    }

    @Nested
    class SessionOnDayOff {

        @Test
        void should_pass_when_the_session_is_on_a_working_day() {
            assertThat(TimelineRules.sessionOnDayOff(VN).check(Plans.withSessionOn(SEED, d(2024, 11, 26)))).isEmpty();
        }

        @Test
        void should_warn_when_the_session_is_on_a_weekend() {
            assertThat(TimelineRules.sessionOnDayOff(VN).check(Plans.withSessionOn(SEED, d(2024, 11, 24))))
                    .singleElement().satisfies(f -> {
                        assertThat(f.code()).isEqualTo("SESSION_ON_DAY_OFF");
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.message().vi()).contains("Chủ nhật");
                    });
        }

        @Test
        void should_warn_when_the_session_is_on_a_holiday() {
            assertThat(TimelineRules.sessionOnDayOff(VN).check(Plans.withSessionOn(SEED, d(2026, 11, 24))))
                    .singleElement().satisfies(f -> assertThat(f.message().vi()).contains("Ngày Văn hóa Việt Nam"));
        }
    }

    @Nested
    class Resolution {

        @Test
        void should_pass_the_seed_plan() {
            assertThat(TimelineRules.resolution(VN).check(SEED)).isEmpty();
        }

        @Test
        void should_report_a_dangling_follow() {
            Plan plan = Plans.withDeadline(SEED, DOCUMENTS,
                    DependentDeadline.of(FixedDeadline.before(d(2024, 11, 20)), MilestoneRef.task("tong-hop-sai")));
            assertThat(codes(TimelineRules.resolution(VN).check(plan))).containsExactly("TIMELINE_DANGLING_REFERENCE");
        }
    }
}
