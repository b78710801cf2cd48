package vn.dialogue.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dialogue.timeline.Plans.COMPILE;
import static vn.dialogue.timeline.Plans.DOCUMENTS;
import static vn.dialogue.timeline.Plans.SEED;
import static vn.dialogue.timeline.Plans.UNION;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.check.Finding;
import vn.dialogue.deadline.DependentDeadline;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.plan.Plan;

/** The edges of the timeline rules: zero gaps, the calendar's first and last years, chains and cycles. */
class TimelineRulesEdgesTest {

    private static final WorkingCalendar VN = WorkingCalendar.vietnam();

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void should_accept_a_minimum_gap_of_zero_and_name_the_earlier_step_in_lower_case_when_too_short() {
        assertThat(TimelineRules.minimumGap(VN, 0).check(SEED)).isEmpty();
        assertThat(TimelineRules.minimumGap(VN, 4).check(SEED)).singleElement().satisfies(f -> {
            assertThat(f.message().en()).matches("(?s).+ has only 3 working days after the deadline of \\p{Ll}.+ "
                    + "\\(minimum 4\\)\\.");
            assertThat(f.message().vi()).matches("(?s).+ chỉ có 3 ngày làm việc sau hạn của \\p{Ll}.+ \\(tối thiểu 4\\)\\.");
        });
    }

    @Test
    void should_fail_when_a_deadline_falls_after_the_month_of_a_session_without_a_day() {
        // the seed's session is expected in 11/2024; 15 working days after 14/11 is in December
        Plan plan = Plans.withDeadline(SEED, DOCUMENTS, OffsetDeadline.workingDaysAfter(15, MilestoneRef.task(COMPILE)));
        assertThat(TimelineRules.beforeSession(VN).check(plan)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TASK_DEADLINE_AFTER_SESSION");
            assertThat(f.message().en()).contains("is due 2024-12-");
        });
    }

    @Test
    void should_pass_when_a_step_counts_from_a_step_that_counts_from_the_session() {
        Plan plan = Plans.withSessionOn(SEED, LocalDate.of(2024, 11, 26));
        plan = Plans.withDeadline(plan, DOCUMENTS, OffsetDeadline.workingDaysAfter(1, MilestoneRef.session()));
        plan = Plans.withDeadline(plan, UNION, OffsetDeadline.workingDaysAfter(2, MilestoneRef.task(DOCUMENTS)));
        assertThat(TimelineRules.beforeSession(VN).check(plan)).isEmpty();
    }

    @Test
    void should_skip_a_step_it_follows_when_that_step_has_no_day() {
        // the seed's session has a month but no day: the order and gap rules cannot compare with it
        Plan plan = Plans.withDeadline(SEED, DOCUMENTS,
                DependentDeadline.of(FixedDeadline.before(LocalDate.of(2024, 11, 20)), MilestoneRef.session()));
        assertThat(TimelineRules.order(VN).check(plan)).isEmpty();
        assertThat(TimelineRules.minimumGap(VN, 2).check(plan)).isEmpty();
    }

    @Test
    void should_name_saturday_when_the_session_falls_on_one() {
        assertThat(TimelineRules.sessionOnDayOff(VN).check(Plans.withSessionOn(SEED, LocalDate.of(2024, 11, 23))))
                .singleElement().satisfies(f -> {
                    assertThat(f.message().vi()).contains("thứ Bảy, ngày nghỉ hằng tuần");
                    assertThat(f.message().en()).contains("a Saturday, a weekly rest day");
                });
    }

    @Test
    void should_report_a_cycle_at_the_deadline_that_closes_it() {
        Plan plan = Plans.withDeadline(SEED, DOCUMENTS, OffsetDeadline.workingDaysAfter(1, MilestoneRef.task(DOCUMENTS)));
        assertThat(TimelineRules.resolution(VN).check(plan)).filteredOn(f -> f.code().equals("TIMELINE_CYCLE"))
                .singleElement().satisfies(f -> assertThat(f.path()).contains("tasks").endsWith(".deadline"));
    }

    @Test
    void should_say_what_is_missing_when_a_deadline_cannot_be_dated() {
        Plan plan = Plans.withDeadline(SEED, DOCUMENTS, OffsetDeadline.workingDaysBefore(3, MilestoneRef.session()));
        assertThat(TimelineRules.resolution(VN).check(plan)).filteredOn(f -> f.code().equals("TIMELINE_UNRESOLVED"))
                .singleElement().satisfies(f -> {
                    assertThat(f.message().en()).matches("(?s).+: the deadline cannot be dated until \\S.* has a day\\.");
                    assertThat(f.message().vi()).matches("(?s).+: chưa xác định được hạn vì chưa có ngày của \\S.*\\.");
                });
    }

    @Test
    void should_give_the_day_of_a_dated_milestone_and_print_in_vietnamese_by_default() {
        Timeline timeline = Timeline.of(SEED, VN);
        Milestone compile = timeline.milestone(MilestoneRef.task(COMPILE)).orElseThrow();
        assertThat(compile.day()).isPresent().contains(compile.date());
        assertThat(timeline.toString()).isEqualTo(timeline.format(Locale.forLanguageTag("vi"))).isNotEmpty();
        // milestones with a day to sort by first, by that day
        List<Milestone> all = timeline.milestones();
        for (int i = 1; i < all.size(); i++) {
            Milestone a = all.get(i - 1);
            Milestone b = all.get(i);
            if (b.sortDay().isPresent()) {
                assertThat(a.sortDay()).as("%s before %s", a.ref(), b.ref()).isPresent();
                assertThat(a.sortDay().get()).isBeforeOrEqualTo(b.sortDay().get());
            }
        }
        assertThat(all).anyMatch(m -> m.day().isPresent());
    }
}
