package vn.dialogue.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class DeadlineStatusTest {

    // due by the end of 28/10/2024, i.e. at 2024-10-29T00:00+07:00
    private static final Deadline DEADLINE = new Deadline(FixedDeadline.before(LocalDate.of(2024, 10, 29)),
            LocalDate.of(2024, 10, 28));
    private static final Duration THREE_DAYS = Duration.ofDays(3);

    private static Instant at(String isoLocal) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(isoLocal), Deadline.ZONE).toInstant();
    }

    @Test
    void should_be_due_at_midnight_ending_the_last_day_in_vietnam() {
        assertThat(DEADLINE.dueAt()).isEqualTo(Instant.parse("2024-10-28T17:00:00Z"));
    }

    @Test
    void should_be_upcoming_when_far_from_the_deadline() {
        assertThat(DEADLINE.statusAt(at("2024-10-20T09:00"), null, THREE_DAYS)).isEqualTo(DeadlineStatus.UPCOMING);
    }

    @Test
    void should_be_due_soon_when_within_the_window() {
        assertThat(DEADLINE.statusAt(at("2024-10-26T00:00"), null, THREE_DAYS)).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(DEADLINE.statusAt(at("2024-10-28T23:59:59"), null, THREE_DAYS)).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(DEADLINE.statusAt(at("2024-10-25T23:59"), null, THREE_DAYS)).isEqualTo(DeadlineStatus.UPCOMING);
    }

    @Test
    void should_be_overdue_when_past_midnight_and_not_done() {
        assertThat(DEADLINE.statusAt(at("2024-10-29T00:00"), null, THREE_DAYS)).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void should_be_done_on_time_when_completed_on_the_last_day() {
        assertThat(DEADLINE.statusAt(at("2024-11-05T08:00"), at("2024-10-28T22:00"), THREE_DAYS))
                .isEqualTo(DeadlineStatus.DONE_ON_TIME);
    }

    @Test
    void should_be_done_late_when_completed_after_midnight() {
        assertThat(DEADLINE.statusAt(at("2024-11-05T08:00"), at("2024-10-29T07:30"), THREE_DAYS))
                .isEqualTo(DeadlineStatus.DONE_LATE);
    }

    @Test
    void should_ignore_a_completion_when_it_is_after_the_evaluation_instant() {
        assertThat(DEADLINE.statusAt(at("2024-10-20T09:00"), at("2024-10-27T10:00"), THREE_DAYS))
                .isEqualTo(DeadlineStatus.UPCOMING);
    }

    @Test
    void should_read_the_instant_from_a_clock() {
        Clock clock = Clock.fixed(at("2024-10-30T09:00"), Deadline.ZONE);
        assertThat(DEADLINE.statusAt(clock, null, THREE_DAYS)).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void should_refuse_a_negative_window() {
        assertThatThrownBy(() -> DEADLINE.statusAt(at("2024-10-20T09:00"), null, Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void should_explain_the_resolved_day_when_the_rule_does_not_name_it() {
        Deadline offset = new Deadline(OffsetDeadline.workingDaysBefore(5, MilestoneRef.session()), LocalDate.of(2024, 11, 12));
        assertThat(offset.explain().vi()).isEqualTo("5 ngày làm việc trước phiên đối thoại (hạn cuối: hết ngày 12/11/2024)");
        assertThat(offset.explain().en()).isEqualTo("5 working days before the session (due by end of 12 Nov 2024)");
        assertThat(DEADLINE.explain()).isEqualTo(DEADLINE.rule().describe());
    }
}
