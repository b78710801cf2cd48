package vn.dialogue.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.dialogue.calendar.ProvisionalPeriod;
import vn.dialogue.calendar.WorkingCalendar;

/** A deadline counted across a holiday period the Government has not decided says so, naming the period. */
class ProvisionalDeadlineTest {

    private static final WorkingCalendar VN = WorkingCalendar.vietnam();

    private static Deadline replyTo(LocalDate receipt) {
        return StatutoryDeadline.writtenReply(MilestoneRef.receipt())
                .resolve(DeadlineContext.of(VN).with(MilestoneRef.receipt(), receipt)).orElseThrow();
    }

    @Test
    void a_written_reply_counted_across_an_undecided_tet_is_provisional_and_says_which_period() {
        // GIVEN a question received on Thursday 28/1/2027: the 10 working days cross Tết 2027, not yet decided
        Deadline due = replyTo(LocalDate.of(2027, 1, 28));
        // THEN it is provisional, on Tết Âm lịch 2027 only
        assertThat(due.isProvisional()).isTrue();
        assertThat(due.provisional()).extracting(p -> p.period().id(), ProvisionalPeriod::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tet-am-lich", 2027));
        assertThat(due.explain().vi()).contains("(hạn cuối: hết ngày " + Dates.vi(due.lastDay()) + ")")
                .contains("hạn tạm tính, xem lại khi có quyết định nghỉ lễ: Tết Âm lịch năm 2027: Chính phủ chưa quyết định");
        assertThat(due.explain().en()).contains("provisional, to check again when the holiday decision comes out: "
                + "Lunar New Year (Tết) 2027: not yet decided by the Government");
    }

    @Test
    void a_written_reply_counted_across_a_decided_tet_is_final() {
        // GIVEN a question received on Monday 20/1/2025: Tết 2025 (25/1-2/2) is decided by Công văn 8726/VPCP-KGVX
        Deadline due = replyTo(LocalDate.of(2025, 1, 20));
        // THEN 21-24/1 and 3-7/2 and 10/2 are the ten working days, and nothing is provisional
        assertThat(due.lastDay()).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(due.isProvisional()).isFalse();
        assertThat(due.explain().vi()).doesNotContain("tạm tính").endsWith("(hạn cuối: hết ngày 10/02/2025)");
    }

    @Test
    void a_calendar_day_period_depends_only_on_the_days_around_its_last_day() {
        // GIVEN 30 days from 1/1/2027: the last day, 31/1/2027, lies in the weeks before Tết 2027 (6/2)
        StatutoryDeadline complaint = StatutoryDeadline.firstInstanceComplaint(MilestoneRef.receipt());
        Deadline due = complaint.resolve(DeadlineContext.of(VN).with(MilestoneRef.receipt(), LocalDate.of(2027, 1, 1)))
                .orElseThrow();
        assertThat(due.provisional()).extracting(p -> p.period().id()).containsExactly("tet-am-lich");
        // AND 30 days from 1/6/2027 end far from any holiday: final, though 1/6 is not the count's end
        Deadline june = complaint.resolve(DeadlineContext.of(VN).with(MilestoneRef.receipt(), LocalDate.of(2027, 6, 1)))
                .orElseThrow();
        assertThat(june.isProvisional()).isFalse();
    }

    @Test
    void a_fixed_day_is_never_provisional_and_a_two_argument_deadline_is_final() {
        FixedDeadline fixed = new FixedDeadline(LocalDate.of(2027, 2, 8), FixedDeadline.Meaning.BY_END_OF);
        assertThat(Deadline.provisionalFor(fixed, DeadlineContext.of(VN), LocalDate.of(2027, 2, 8))).isEmpty();
        assertThat(fixed.resolve(DeadlineContext.of(VN)).orElseThrow().isProvisional()).isFalse();
        Deadline plain = new Deadline(fixed, LocalDate.of(2027, 2, 8));
        assertThat(plain.provisional()).isEmpty();
        // the list is copied
        List<ProvisionalPeriod> periods = new java.util.ArrayList<>(VN.provisionalPeriods(2027));
        Deadline withPeriods = new Deadline(fixed, LocalDate.of(2027, 2, 8), periods);
        periods.clear();
        assertThat(withPeriods.provisional()).isNotEmpty();
    }

    @Test
    void a_dependent_deadline_counts_from_its_rule_not_from_the_steps_it_follows() {
        // GIVEN 2 working days after a task, following another step dated in undecided Tết 2027
        DeadlineRule rule = new DependentDeadline(OffsetDeadline.workingDaysAfter(2, MilestoneRef.task("a")),
                List.of(MilestoneRef.task("b")));
        DeadlineContext context = DeadlineContext.of(VN).with(MilestoneRef.task("a"), LocalDate.of(2027, 6, 1))
                .with(MilestoneRef.task("b"), LocalDate.of(2027, 2, 8));
        Deadline due = rule.resolve(context).orElseThrow();
        assertThat(due.lastDay()).isEqualTo(LocalDate.of(2027, 6, 3));
        assertThat(due.isProvisional()).isFalse();
    }
}
