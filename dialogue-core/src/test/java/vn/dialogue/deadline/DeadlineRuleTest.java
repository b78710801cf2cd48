package vn.dialogue.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.dialogue.calendar.WorkingCalendar;

class DeadlineRuleTest {

    private static final WorkingCalendar VN = WorkingCalendar.vietnam();
    private static final LocalDate SESSION = LocalDate.of(2024, 11, 26);
    private static final DeadlineContext CONTEXT = DeadlineContext.of(VN)
            .with(MilestoneRef.session(), SESSION)
            .with(MilestoneRef.task("tong-hop"), LocalDate.of(2024, 11, 14))
            .with(MilestoneRef.receipt(), LocalDate.of(2024, 11, 15));

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Nested
    class Fixed {

        @Test
        void should_end_the_day_before_when_meaning_is_before() {
            FixedDeadline rule = FixedDeadline.before(d(2024, 10, 29));
            assertThat(rule.lastDay(CONTEXT)).contains(d(2024, 10, 28));
            assertThat(rule.describe().vi()).isEqualTo("trước ngày 29/10/2024 (hạn cuối: hết ngày 28/10/2024)");
            assertThat(rule.describe().en()).isEqualTo("before 29 Oct 2024 (due by end of 28 Oct 2024)");
            assertThat(rule.dependsOn()).isEmpty();
        }

        @Test
        void should_end_on_the_day_when_meaning_is_by_end_of() {
            FixedDeadline rule = FixedDeadline.byEndOf(d(2024, 10, 29));
            assertThat(rule.lastDay(CONTEXT)).contains(d(2024, 10, 29));
            assertThat(rule.describe().vi()).isEqualTo("chậm nhất hết ngày 29/10/2024");
        }
    }

    @Nested
    class Offset {

        @Test
        void should_count_working_days_back_from_the_session() {
            // Tuesday 26/11/2024 − 5 working days = Tuesday 19/11
            OffsetDeadline rule = OffsetDeadline.workingDaysBefore(5, MilestoneRef.session());
            assertThat(rule.lastDay(CONTEXT)).contains(d(2024, 11, 19));
            assertThat(rule.countsWorkingDays()).isTrue();
            assertThat(rule.describe().vi()).isEqualTo("5 ngày làm việc trước phiên đối thoại");
            assertThat(rule.describe().en()).isEqualTo("5 working days before the session");
        }

        @Test
        void should_count_calendar_days_forward_from_a_task() {
            OffsetDeadline rule = OffsetDeadline.daysAfter(3, MilestoneRef.task("tong-hop"));
            assertThat(rule.lastDay(CONTEXT)).contains(d(2024, 11, 17)); // a Sunday: plain arithmetic
            assertThat(rule.countsWorkingDays()).isFalse();
            assertThat(rule.describe().vi()).isEqualTo("3 ngày sau hạn nhiệm vụ 'tong-hop'");
            assertThat(rule.describe().en()).isEqualTo("3 days after the deadline of task 'tong-hop'");
        }

        @Test
        void should_count_working_days_forward_over_a_weekend() {
            // Thursday 14/11 + 2 working days = Monday 18/11
            assertThat(OffsetDeadline.workingDaysAfter(2, MilestoneRef.task("tong-hop")).lastDay(CONTEXT))
                    .contains(d(2024, 11, 18));
        }

        @Test
        void should_count_calendar_days_back() {
            assertThat(OffsetDeadline.daysBefore(7, MilestoneRef.session()).lastDay(CONTEXT)).contains(d(2024, 11, 19));
        }

        @Test
        void should_stay_unresolved_when_the_milestone_has_no_date() {
            OffsetDeadline rule = OffsetDeadline.workingDaysBefore(5, MilestoneRef.session("phien-2"));
            assertThat(rule.lastDay(CONTEXT)).isEmpty();
            assertThat(rule.resolve(CONTEXT)).isEmpty();
            assertThat(rule.dependsOn()).containsExactly(MilestoneRef.session("phien-2"));
        }

        @Test
        void should_read_the_day_itself_when_the_amount_is_zero() {
            OffsetDeadline rule = OffsetDeadline.daysAfter(0, MilestoneRef.session());
            assertThat(rule.lastDay(CONTEXT)).contains(SESSION);
            assertThat(rule.describe().en()).isEqualTo("on the day of the session");
        }

        @Test
        void should_refuse_a_negative_amount_or_a_long_unit() {
            assertThatThrownBy(() -> OffsetDeadline.daysAfter(-1, MilestoneRef.session()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 or more");
            assertThatThrownBy(() -> new OffsetDeadline(MilestoneRef.session(), 1, PeriodUnit.MONTHS, OffsetDeadline.Direction.AFTER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("StatutoryDeadline");
        }
    }

    @Nested
    class Statutory {

        @Test
        void should_give_ten_working_days_for_a_written_reply() {
            // received Friday 15/11/2024 → 10 working days → Friday 29/11
            StatutoryDeadline rule = StatutoryDeadline.writtenReply(MilestoneRef.receipt());
            assertThat(rule.lastDay(CONTEXT)).contains(d(2024, 11, 29));
            assertThat(rule.countsWorkingDays()).isTrue();
            assertThat(rule.describe().vi()).isEqualTo(
                    "trong thời hạn 10 ngày làm việc kể từ ngày nhận câu hỏi (Luật Tiếp công dân 2013, Điều 28)");
            assertThat(rule.describe().en()).isEqualTo(
                    "within 10 working days of receipt of the question (Luật Tiếp công dân 2013, Điều 28)");
        }

        @Test
        void should_apply_the_civil_code_when_counting_calendar_days() {
            // received 15/11/2024 + 30 days = Sunday 15/12 → Monday 16/12
            assertThat(StatutoryDeadline.firstInstanceComplaint(MilestoneRef.receipt()).lastDay(CONTEXT))
                    .contains(d(2024, 12, 16));
            assertThat(StatutoryDeadline.complexFirstInstanceComplaint(MilestoneRef.receipt()).lastDay(CONTEXT))
                    .contains(d(2024, 12, 30));
        }

        @Test
        void should_refuse_a_period_without_a_law() {
            assertThatThrownBy(() -> new StatutoryDeadline(MilestoneRef.receipt(), CivilCodePeriod.days(3), " "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cite the law");
        }
    }

    @Nested
    class Dependent {

        @Test
        void should_take_its_day_from_the_rule_and_list_what_it_follows() {
            DependentDeadline rule = DependentDeadline.of(FixedDeadline.before(d(2024, 11, 15)), MilestoneRef.task("a"));
            assertThat(rule.lastDay(CONTEXT)).contains(d(2024, 11, 14));
            assertThat(rule.dependsOn()).containsExactly(MilestoneRef.task("a"));
            assertThat(rule.describe().vi()).isEqualTo(
                    "trước ngày 15/11/2024 (hạn cuối: hết ngày 14/11/2024); sau hạn nhiệm vụ 'a'");
        }

        @Test
        void should_list_the_rule_milestones_first_without_duplicates() {
            DependentDeadline rule = DependentDeadline.of(OffsetDeadline.workingDaysBefore(5, MilestoneRef.session()),
                    MilestoneRef.task("a"), MilestoneRef.session());
            assertThat(rule.dependsOn()).containsExactly(MilestoneRef.session(), MilestoneRef.task("a"));
            assertThat(rule.countsWorkingDays()).isTrue();
        }

        @Test
        void should_refuse_nesting_or_an_empty_list() {
            DependentDeadline inner = DependentDeadline.of(FixedDeadline.before(d(2024, 11, 15)), MilestoneRef.task("a"));
            assertThatThrownBy(() -> DependentDeadline.of(inner, MilestoneRef.task("b"))).hasMessageContaining("nesting");
            assertThatThrownBy(() -> DependentDeadline.of(FixedDeadline.before(d(2024, 11, 15))))
                    .hasMessageContaining("at least one");
        }
    }

    @Nested
    class Milestones {

        @Test
        void should_parse_what_it_prints() {
            for (String text : new String[] {"session", "session:sang", "task:tong-hop", "receipt", "receipt:q-12"}) {
                assertThat(MilestoneRef.parse(text).toString()).isEqualTo(text);
            }
            assertThat(MilestoneRef.parse(" task:x ")).isEqualTo(MilestoneRef.task("x"));
        }

        @Test
        void should_refuse_unknown_or_incomplete_references() {
            assertThatThrownBy(() -> MilestoneRef.parse("meeting")).hasMessageContaining("unknown milestone 'meeting'");
            assertThatThrownBy(() -> MilestoneRef.parse("task")).hasMessageContaining("task id");
            assertThatThrownBy(() -> MilestoneRef.parse("task:")).hasMessageContaining("nothing after ':'");
            assertThatThrownBy(() -> MilestoneRef.task("a b")).hasMessageContaining("spaces");
        }
    }
}
