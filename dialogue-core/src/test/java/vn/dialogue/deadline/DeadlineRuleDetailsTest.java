package vn.dialogue.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** What each kind of deadline rule says about itself: its milestones, its unit, and its wording. */
class DeadlineRuleDetailsTest {

    @Test
    void should_read_every_milestone_form_and_write_it_back() {
        assertThat(MilestoneRef.parse("session")).isEqualTo(MilestoneRef.session());
        assertThat(MilestoneRef.parse(" task:tong-hop ")).isEqualTo(MilestoneRef.task("tong-hop"));
        assertThat(MilestoneRef.parse("receipt:q-1")).isEqualTo(MilestoneRef.receipt("q-1"));
        assertThat(MilestoneRef.parse("session:phien-2").toString()).isEqualTo("session:phien-2");
        assertThat(MilestoneRef.Kind.TASK.key()).isEqualTo("task");
        assertThat(MilestoneRef.Kind.RECEIPT.key()).isEqualTo("receipt");
        assertThat(MilestoneRef.Kind.SESSION.key()).isEqualTo("session");
    }

    @Test
    void should_refuse_a_milestone_with_nothing_after_the_colon_or_an_unknown_kind() {
        assertThatThrownBy(() -> MilestoneRef.parse("task:")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("milestone 'task:' has nothing after ':'");
        assertThatThrownBy(() -> MilestoneRef.parse("receipt: ")).hasMessage("milestone 'receipt: ' has nothing after ':'");
        assertThatThrownBy(() -> MilestoneRef.parse(":x")).hasMessageStartingWith("unknown milestone ':x'");
        assertThatThrownBy(() -> MilestoneRef.parse("hop")).hasMessage(
                "unknown milestone 'hop': write session, session:<id>, task:<id>, receipt or receipt:<id>");
    }

    @Test
    void should_call_a_milestone_implicit_only_when_it_names_no_id() {
        assertThat(MilestoneRef.session().isImplicit()).isTrue();
        assertThat(MilestoneRef.receipt().isImplicit()).isTrue();
        assertThat(MilestoneRef.task("t").isImplicit()).isFalse();
        assertThat(MilestoneRef.session("phien-2").isImplicit()).isFalse();
    }

    @Test
    void should_count_working_days_only_when_the_period_is_in_working_days() {
        assertThat(StatutoryDeadline.writtenReply(MilestoneRef.receipt()).countsWorkingDays()).isTrue();
        assertThat(StatutoryDeadline.firstInstanceComplaint(MilestoneRef.receipt()).countsWorkingDays()).isFalse();
        assertThat(DependentDeadline.of(StatutoryDeadline.firstInstanceComplaint(MilestoneRef.receipt()), MilestoneRef.task("a"))
                .countsWorkingDays()).isFalse();
        assertThat(DependentDeadline.of(OffsetDeadline.workingDaysBefore(5, MilestoneRef.session()), MilestoneRef.task("a"))
                .countsWorkingDays()).isTrue();
    }

    @Test
    void should_describe_a_dependent_deadline_in_both_languages_with_every_milestone_it_follows() {
        DependentDeadline rule = DependentDeadline.of(FixedDeadline.byEndOf(LocalDate.of(2024, 10, 28)),
                MilestoneRef.task("tong-hop"), MilestoneRef.session());
        assertThat(rule.describe().vi()).isEqualTo("chậm nhất hết ngày 28/10/2024; sau hạn nhiệm vụ 'tong-hop', phiên đối thoại");
        assertThat(rule.describe().en()).isEqualTo("by end of 28 Oct 2024; after the deadline of task 'tong-hop', the session");
    }

    @Test
    void should_explain_a_dependent_fixed_deadline_without_repeating_its_day_and_others_with_it() {
        LocalDate day = LocalDate.of(2024, 10, 28);
        DependentDeadline fixed = DependentDeadline.of(FixedDeadline.byEndOf(day), MilestoneRef.task("a"));
        assertThat(new Deadline(fixed, day).explain()).isEqualTo(fixed.describe());
        DependentDeadline offset = DependentDeadline.of(OffsetDeadline.workingDaysBefore(5, MilestoneRef.session()), MilestoneRef.task("a"));
        assertThat(new Deadline(offset, day).explain().vi()).isEqualTo(offset.describe().vi() + " (hạn cuối: hết ngày 28/10/2024)");
        assertThat(new Deadline(offset, day).explain().en()).isEqualTo(offset.describe().en() + " (due by end of 28 Oct 2024)");
    }
}
