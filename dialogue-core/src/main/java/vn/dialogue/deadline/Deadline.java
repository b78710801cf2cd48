package vn.dialogue.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import vn.dialogue.calendar.ProvisionalPeriod;
import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.text.Bilingual;

/**
 * A deadline rule resolved to its last day. Work is on time when done before 24:00 of the last
 * day, Vietnam time. Immutable and thread-safe.
 *
 * <p>A last day counted across a holiday period the Government has not yet decided for its year
 * is <i>provisional</i> ({@link #isProvisional()}): it uses the Labour Code's default days off, and
 * may move when the decision comes out. The explanation says so, naming the period.
 *
 * @param rule        the rule it was resolved from
 * @param lastDay     the last day on which the work is on time
 * @param provisional the undecided holiday periods the last day depends on, empty when it is final
 */
public record Deadline(DeadlineRule rule, LocalDate lastDay, List<ProvisionalPeriod> provisional) {

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
        provisional = List.copyOf(provisional);
    }

    /** A deadline that depends on no undecided holiday period. */
    public Deadline(DeadlineRule rule, LocalDate lastDay) {
        this(rule, lastDay, List.of());
    }

    /** Whether the last day may still move because a holiday period it is counted across is not decided yet. */
    public boolean isProvisional() {
        return !provisional.isEmpty();
    }

    /**
     * The undecided holiday periods that {@code rule}'s last day {@code lastDay} depends on, in
     * {@code context}: for a count of working days, every period touching the days from a
     * milestone it counts from to the last day; for calendar days, weeks, months or years, a
     * period touching the last day (which moves off a day off). A fixed day depends on none.
     * Never null.
     */
    public static List<ProvisionalPeriod> provisionalFor(DeadlineRule rule, DeadlineContext context, LocalDate lastDay) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(lastDay, "lastDay");
        DeadlineRule counted = rule instanceof DependentDeadline dependent ? dependent.rule() : rule;
        if (counted instanceof FixedDeadline) {
            return List.of();
        }
        WorkingCalendar calendar = context.calendar();
        List<ProvisionalPeriod> out = new ArrayList<>();
        if (counted.countsWorkingDays()) {
            for (MilestoneRef from : counted.dependsOn()) {
                context.dateOf(from).ifPresent(day -> out.addAll(calendar.provisionalBetween(day, lastDay)));
            }
        } else {
            out.addAll(calendar.provisionalBetween(lastDay, lastDay));
        }
        return List.copyOf(out);
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
     * ngày 12/11/2024)" / "5 working days before the session (due by end of 12 Nov 2024)". A fixed rule already names its day and reads as {@link DeadlineRule#describe()}. A
     * provisional deadline adds that it is provisional and names each undecided period.
     */
    public Bilingual explain() {
        Bilingual d = rule.describe();
        if (rule instanceof FixedDeadline
                || rule instanceof DependentDeadline dependent && dependent.rule() instanceof FixedDeadline) {
            return d;
        }
        String vi = d.vi() + " (hạn cuối: hết ngày " + Dates.vi(lastDay) + ")";
        String en = d.en() + " (due by end of " + Dates.en(lastDay) + ")";
        if (isProvisional()) {
            StringBuilder pv = new StringBuilder(vi).append("; hạn tạm tính, xem lại khi có quyết định nghỉ lễ:");
            StringBuilder pe = new StringBuilder(en).append("; provisional, to check again when the holiday decision comes out:");
            for (ProvisionalPeriod p : provisional) {
                pv.append(' ').append(p.describe().vi()).append('.');
                pe.append(' ').append(p.describe().en()).append('.');
            }
            vi = pv.toString();
            en = pe.toString();
        }
        return Bilingual.of(vi, en);
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
