package vn.dialogue.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import vn.dialogue.text.Bilingual;

/**
 * A deadline rule resolved to its last day. Work is on time when done before 24:00 of the last
 * day, Vietnam time. Immutable and thread-safe.
 *
 * @param rule    the rule it was resolved from
 * @param lastDay the last day on which the work is on time
 */
public record Deadline(DeadlineRule rule, LocalDate lastDay) {

    /** The time zone every deadline is reckoned in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * Checks the components.
     *
     * @param rule the rule it was resolved from
     * @param lastDay the last day on which the work is on time
     * @throws NullPointerException if a required component is null
     */
    public Deadline {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(lastDay, "lastDay");
    }

    /**
     * The instant the deadline passes: 24:00 of the last day (00:00 of the next), Asia/Ho_Chi_Minh.
     *
     * @return the instant the deadline passes: 24:00 of the last day (00:00 of the next), Asia/Ho_Chi_Minh
     */
    public Instant dueAt() {
        return lastDay.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /**
     * The rule with the day it resolved to: "5 ngày làm việc trước phiên đối thoại (hạn cuối: hết
     * ngày 12/11/2024)" / "5 working days before the session (due by end of 12 Nov 2024)". A fixed
     * rule already names its day and reads as {@link DeadlineRule#describe()}.
     *
     * @return the rule with the day it resolved to: "5 ngày làm việc trước phiên đối thoại (hạn cuối: hết ngày
     *         12/11/2024)" / "5 working days before the session (due by end of 12 Nov 2024)"
     */
    public Bilingual explain() {
        Bilingual d = rule.describe();
        if (rule instanceof FixedDeadline
                || rule instanceof DependentDeadline dependent && dependent.rule() instanceof FixedDeadline) {
            return d;
        }
        return Bilingual.of(d.vi() + " (hạn cuối: hết ngày " + Dates.vi(lastDay) + ")",
                d.en() + " (due by end of " + Dates.en(lastDay) + ")");
    }

    /**
     * Where the work stands at {@code at}.
     *
     * @param at          the instant of evaluation
     * @param completedAt when the work was done, or null if not yet; a completion after {@code at}
     *                    is not yet known at {@code at} and so ignored
     * @param dueSoon     how long before {@link #dueAt()} the work counts as due soon; zero or positive
     * @return never null
     * @throws IllegalArgumentException if {@code dueSoon} is negative
     */
    public DeadlineStatus statusAt(Instant at, @Nullable Instant completedAt, Duration dueSoon) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(dueSoon, "dueSoon");
        if (dueSoon.isNegative()) {
            throw new IllegalArgumentException("the due-soon window cannot be negative, was " + dueSoon);
        }
        Instant due = dueAt();
        if (completedAt != null && !completedAt.isAfter(at)) {
            return completedAt.isBefore(due) ? DeadlineStatus.DONE_ON_TIME : DeadlineStatus.DONE_LATE;
        }
        if (!at.isBefore(due)) {
            return DeadlineStatus.OVERDUE;
        }
        return at.isBefore(due.minus(dueSoon)) ? DeadlineStatus.UPCOMING : DeadlineStatus.DUE_SOON;
    }

    /**
     * {@link #statusAt(Instant, Instant, Duration)} at the clock's instant.
     *
     * @param completedAt when the work was done, or null if not yet; a completion after {@code at} is not yet known at
     *                    {@code at} and so ignored
     * @param dueSoon how long before {@link #dueAt()} the work counts as due soon; zero or positive
     * @param clock the clock that says what time it is
     * @return {@link #statusAt(Instant, Instant, Duration)} at the clock's instant
     */
    public DeadlineStatus statusAt(Clock clock, @Nullable Instant completedAt, Duration dueSoon) {
        return statusAt(Objects.requireNonNull(clock, "clock").instant(), completedAt, dueSoon);
    }
}
