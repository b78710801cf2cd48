package vn.dialogue.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dialogue.timeline.Plans.DOCUMENTS;
import static vn.dialogue.timeline.Plans.SEED;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.check.Finding;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.check.ProvisionalDaysRule;
import vn.dialogue.check.Severity;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.plan.Plan;

/** A timeline and the plan checks say when a day depends on a holiday period the Government has not decided. */
class TimelineProvisionalTest {

    private static final WorkingCalendar VN = WorkingCalendar.vietnam();

    /** The seed plan with its session on {@code day} and the documents due 5 working days before it. */
    private static Plan fiveWorkingDaysBefore(LocalDate day) {
        return Plans.withDeadline(Plans.withSessionOn(SEED, day), DOCUMENTS,
                vn.dialogue.deadline.OffsetDeadline.workingDaysBefore(5, MilestoneRef.session()));
    }

    @Test
    void a_deadline_counted_across_undecided_tet_is_provisional_in_the_timeline() {
        // GIVEN the session on Tuesday 16/2/2027, after Tết 2027, which no notice decides yet
        Plan plan = fiveWorkingDaysBefore(LocalDate.of(2027, 2, 16));
        Timeline timeline = Timeline.of(plan, VN);
        // THEN the documents due 5 working days before it are provisional on Tết Âm lịch 2027
        assertThat(timeline.deadline(MilestoneRef.task(DOCUMENTS))).hasValueSatisfying(d -> {
            assertThat(d.isProvisional()).isTrue();
            assertThat(d.provisional()).extracting(p -> p.period().id()).containsExactly("tet-am-lich");
        });
        assertThat(timeline.provisionalPeriods()).extracting(p -> p.period().id() + " " + p.year()).contains("tet-am-lich 2027");
        String vi = timeline.format(Locale.forLanguageTag("vi"));
        assertThat(vi).contains("hạn tạm tính, xem lại khi có quyết định nghỉ lễ: Tết Âm lịch năm 2027")
                .contains("T3 16/02/2027  Buổi đối thoại");
        assertThat(timeline.format(Locale.ENGLISH)).contains("Tue 2027-02-16  The dialogue session").contains("provisional");
        // AND the session's own day lies in the weeks around Tết: marked as a provisional day
        assertThat(vi).contains("(ngày tạm tính: Tết Âm lịch năm 2027");
    }

    @Test
    void a_timeline_on_decided_days_has_nothing_provisional() {
        // GIVEN the session on Tuesday 18/2/2025, after Tết 2025, decided by Công văn 8726/VPCP-KGVX
        Timeline timeline = Timeline.of(fiveWorkingDaysBefore(LocalDate.of(2025, 2, 18)), VN);
        assertThat(timeline.provisionalPeriods()).isEmpty();
        assertThat(timeline.deadline(MilestoneRef.task(DOCUMENTS))).hasValueSatisfying(d -> assertThat(d.isProvisional()).isFalse());
        assertThat(timeline.format(Locale.forLanguageTag("vi"))).doesNotContain("tạm tính");
        assertThat(timeline.deadline(MilestoneRef.session())).isEmpty();
    }

    @Test
    void the_standard_checks_name_each_undecided_period_once_as_information() {
        Plan plan = fiveWorkingDaysBefore(LocalDate.of(2027, 2, 16));
        List<Finding> provisional = PlanChecker.standard().check(plan).findings().stream()
                .filter(f -> f.code().equals("CALENDAR_PROVISIONAL")).toList();
        assertThat(provisional).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.path()).isEqualTo("sessions[0]");
            assertThat(f.message().vi()).startsWith("Ngày tạm tính: Tết Âm lịch năm 2027: Chính phủ chưa quyết định")
                    .contains("phiên đối thoại ngày ").contains("hạn của nhiệm vụ “").doesNotContain(DOCUMENTS)
                    .endsWith("Xem lại khi có thông báo nghỉ lễ của Chính phủ.");
            assertThat(f.message().en()).startsWith("Provisional days: Lunar New Year (Tết) 2027")
                    .contains("the deadline of task “");
        });
        // AND a calendar with the decision shipped finds nothing
        var decided = VN.withNotices(List.of(new vn.dialogue.calendar.OfficialNotice("TB", "Bộ Nội vụ", null, "", "test",
                List.of(), List.of(), List.of(), List.of(new vn.dialogue.calendar.OfficialNotice.Decision("tet-am-lich", 2027)))));
        assertThat(new ProvisionalDaysRule(decided).check(plan)).isEmpty();
    }

    @Test
    void a_deadline_alone_across_an_undecided_period_is_named_at_its_task() {
        // GIVEN the session on Monday 8/3/2027, past the weeks around Tết, and the documents due 20 working days before
        Plan plan = Plans.withDeadline(Plans.withSessionOn(SEED, LocalDate.of(2027, 3, 8)), DOCUMENTS,
                vn.dialogue.deadline.OffsetDeadline.workingDaysBefore(20, MilestoneRef.session()));
        // THEN only the deadline depends on Tết 2027, and the finding points at it
        assertThat(new ProvisionalDaysRule(VN).check(plan)).singleElement().satisfies(f -> {
            assertThat(f.path()).endsWith(".deadline");
            assertThat(f.message().vi()).contains("Phụ thuộc vào đó: hạn của nhiệm vụ “").doesNotContain(DOCUMENTS)
                    .doesNotContain("phiên đối thoại");
        });
    }

    @Test
    void the_check_survives_a_plan_without_dates_and_one_out_of_range() {
        assertThat(new ProvisionalDaysRule(VN).check(SEED)).isEmpty();
        // a deadline past the calendar's last year is left to the timeline checks
        Plan far = Plans.withDeadline(Plans.withSessionOn(SEED, LocalDate.of(2199, 12, 20)), DOCUMENTS,
                vn.dialogue.deadline.OffsetDeadline.workingDaysAfter(30, MilestoneRef.session()));
        assertThat(new ProvisionalDaysRule(VN).check(far)).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO))
                .noneMatch(f -> f.path().endsWith(".deadline"));
        // a session before the calendar's first year finds nothing (no holiday rule before 2013), one in its last year does
        assertThat(new ProvisionalDaysRule(VN).check(Plans.withSessionOn(SEED, LocalDate.of(1800, 12, 25)))).isEmpty();
        assertThat(new ProvisionalDaysRule(VN).check(Plans.withSessionOn(SEED, LocalDate.of(2199, 1, 2))))
                .extracting(f -> f.message().en()).singleElement().asString().startsWith("Provisional days: New Year's Day 2199");
    }
}
