package vn.dialogue.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.dialogue.text.Bilingual;

/**
 * A deadline a number of calendar or working days before or after another milestone: "05 ngày
 * làm việc trước ngày tổ chức đối thoại", "03 ngày sau hạn tổng hợp ý kiến". Plain arithmetic on
 * the calendar: a calendar-day offset may land on a rest day (the timeline checks say so); a
 * working-day offset lands on a working day. Immutable and thread-safe.
 *
 * @param from      the milestone counted from
 * @param amount    how many days, 0 or more (0: the milestone's own day)
 * @param unit      {@link PeriodUnit#DAYS} or {@link PeriodUnit#WORKING_DAYS}
 * @param direction before or after the milestone
 */
public record OffsetDeadline(MilestoneRef from, int amount, PeriodUnit unit, Direction direction) implements DeadlineRule {

    /** Which way an offset counts. */
    public enum Direction {
        /** Counted back from the milestone: "trước ... ngày". */
        BEFORE,
        /** Counted on from the milestone: "sau ... ngày". */
        AFTER
    }

    /**
     * @param from the milestone counted from
     * @param amount how many days, 0 or more (0: the milestone's own day)
     * @param unit {@link PeriodUnit#DAYS} or {@link PeriodUnit#WORKING_DAYS}
     * @param direction before or after the milestone
     * @throws IllegalArgumentException if the amount is negative or the unit is not days or working days
     */
    public OffsetDeadline {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        if (amount < 0) {
            throw new IllegalArgumentException("an offset counts 0 or more days, was " + amount
                    + "; use BEFORE or AFTER for the direction");
        }
        if (unit != PeriodUnit.DAYS && unit != PeriodUnit.WORKING_DAYS) {
            throw new IllegalArgumentException("an offset counts days or working days, not " + unit
                    + "; use a StatutoryDeadline for weeks, months or years");
        }
    }

    /**
     * {@code amount} working days before {@code from}.
     *
     * @param amount how many working days
     * @param from the milestone counted from
     * @return the deadline rule
     */
    public static OffsetDeadline workingDaysBefore(int amount, MilestoneRef from) {
        return new OffsetDeadline(from, amount, PeriodUnit.WORKING_DAYS, Direction.BEFORE);
    }

    /**
     * {@code amount} working days after {@code from}.
     *
     * @param amount how many working days
     * @param from the milestone counted from
     * @return the deadline rule
     */
    public static OffsetDeadline workingDaysAfter(int amount, MilestoneRef from) {
        return new OffsetDeadline(from, amount, PeriodUnit.WORKING_DAYS, Direction.AFTER);
    }

    /**
     * {@code amount} calendar days before {@code from}.
     *
     * @param amount how many days
     * @param from the milestone counted from
     * @return the deadline rule
     */
    public static OffsetDeadline daysBefore(int amount, MilestoneRef from) {
        return new OffsetDeadline(from, amount, PeriodUnit.DAYS, Direction.BEFORE);
    }

    /**
     * {@code amount} calendar days after {@code from}.
     *
     * @param amount how many days
     * @param from the milestone counted from
     * @return the deadline rule
     */
    public static OffsetDeadline daysAfter(int amount, MilestoneRef from) {
        return new OffsetDeadline(from, amount, PeriodUnit.DAYS, Direction.AFTER);
    }

    @Override
    public Optional<LocalDate> lastDay(DeadlineContext context) {
        Objects.requireNonNull(context, "context");
        int signed = direction == Direction.BEFORE ? -amount : amount;
        return context.dateOf(from).map(day -> unit == PeriodUnit.WORKING_DAYS
                ? context.calendar().plusWorkingDays(day, signed)
                : day.plusDays(signed));
    }

    @Override
    public List<MilestoneRef> dependsOn() {
        return List.of(from);
    }

    @Override
    public boolean countsWorkingDays() {
        return unit == PeriodUnit.WORKING_DAYS;
    }

    /** E.g. "5 ngày làm việc trước phiên đối thoại" / "5 working days before the session". */
    @Override
    public Bilingual describe() {
        Bilingual label = from.label();
        if (amount == 0) {
            return Bilingual.of("đúng ngày " + label.vi(), "on the day of " + label.en());
        }
        Bilingual n = unit.amount(amount);
        return direction == Direction.BEFORE
                ? Bilingual.of(n.vi() + " trước " + label.vi(), n.en() + " before " + label.en())
                : Bilingual.of(n.vi() + " sau " + label.vi(), n.en() + " after " + label.en());
    }
}
