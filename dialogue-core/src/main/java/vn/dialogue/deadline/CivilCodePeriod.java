package vn.dialogue.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.text.Bilingual;

/**
 * A period counted from an event as Bộ luật Dân sự 2015, Điều 147-148 count it:
 * <ul>
 *   <li>the day of the event is not counted: the period starts the next day (Điều 147);</li>
 *   <li>a period in days ends at 24:00 of its last day; one in weeks, months or years at the end of
 *       the corresponding day of the last week, month or year, or of the month's last day when that
 *       month has no corresponding day (31/1 + 1 month ends on 28/2 or 29/2) (Điều 148);</li>
 *   <li>when the last day is a weekly rest day or a public holiday, the period ends at the end of
 *       the next working day (Điều 148).</li>
 * </ul>
 * A period in {@link PeriodUnit#WORKING_DAYS} (as some statutes count) ends on the n-th working day
 * after the event. Immutable and thread-safe.
 *
 * @param amount how many units, at least 1
 * @param unit   what is counted
 */
public record CivilCodePeriod(int amount, PeriodUnit unit) {

    /**
     * @param amount how many units, at least 1
     * @param unit what is counted
     * @throws IllegalArgumentException if {@code amount} is below 1
     */
    public CivilCodePeriod {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("a period lasts at least 1 " + unit.name().toLowerCase(java.util.Locale.ROOT)
                    + ", was " + amount);
        }
    }

    /**
     * A period of calendar days.
     *
     * @param amount how many, at least 1
     * @return the period
     */
    public static CivilCodePeriod days(int amount) {
        return new CivilCodePeriod(amount, PeriodUnit.DAYS);
    }

    /**
     * A period of working days.
     *
     * @param amount how many, at least 1
     * @return the period
     */
    public static CivilCodePeriod workingDays(int amount) {
        return new CivilCodePeriod(amount, PeriodUnit.WORKING_DAYS);
    }

    /**
     * A period of weeks.
     *
     * @param amount how many, at least 1
     * @return the period
     */
    public static CivilCodePeriod weeks(int amount) {
        return new CivilCodePeriod(amount, PeriodUnit.WEEKS);
    }

    /**
     * A period of months.
     *
     * @param amount how many, at least 1
     * @return the period
     */
    public static CivilCodePeriod months(int amount) {
        return new CivilCodePeriod(amount, PeriodUnit.MONTHS);
    }

    /**
     * A period of years.
     *
     * @param amount how many, at least 1
     * @return the period
     */
    public static CivilCodePeriod years(int amount) {
        return new CivilCodePeriod(amount, PeriodUnit.YEARS);
    }

    /**
     * The last day as counted, before moving off a non-working day.
     *
     * @param calendar the working days and holidays to count with
     * @param event the day of the event the period counts from
     * @return the last day as counted, before moving off a non-working day
     */
    public LocalDate nominalLastDay(LocalDate event, WorkingCalendar calendar) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(calendar, "calendar");
        return switch (unit) {
            case DAYS -> event.plusDays(amount);
            case WORKING_DAYS -> calendar.plusWorkingDays(event, amount);
            case WEEKS -> event.plusWeeks(amount);
            case MONTHS -> event.plusMonths(amount);
            case YEARS -> event.plusYears(amount);
        };
    }

    /**
     * The last day of the period: the nominal last day, or the next working day when that is not one.
     *
     * @param calendar the working days and holidays to count with
     * @param event the day of the event the period counts from
     * @return the last day of the period: the nominal last day, or the next working day when that is not one
     */
    public LocalDate lastDay(LocalDate event, WorkingCalendar calendar) {
        return calendar.workingDayOnOrAfter(nominalLastDay(event, calendar));
    }

    /**
     * The instant the period ends: 24:00 of its last day in {@link Deadline#ZONE}.
     *
     * @param calendar the working days and holidays to count with
     * @param event the day of the event the period counts from
     * @return the instant the period ends: 24:00 of its last day in {@link Deadline#ZONE}
     */
    public Instant end(LocalDate event, WorkingCalendar calendar) {
        return lastDay(event, calendar).plusDays(1).atStartOfDay(Deadline.ZONE).toInstant();
    }

    /**
     * "10 ngày làm việc" / "10 working days".
     *
     * @return "10 ngày làm việc" / "10 working days"
     */
    public Bilingual describe() {
        return unit.amount(amount);
    }
}
