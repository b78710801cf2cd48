package vn.dialogue.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A day of the Vietnamese lunisolar calendar (âm lịch): year, month 1-12, a leap-month flag and
 * day 1-30. Immutable and thread-safe; ordered as the days it names.
 *
 * <h2>How the calendar is computed</h2>
 * The calendar is computed, not looked up: the rules are those Hồ Ngọc Đức published for the
 * Vietnamese calendar, with new moons from the full series of Jean Meeus (<i>Astronomical
 * Algorithms</i>, 2nd ed., chapter 49, with the planetary terms), ΔT after Espenak and Meeus
 * (2006) and the sun's apparent longitude after Meeus chapter 25. A month whose first or last
 * day hangs on less than two minutes says so ({@link #uncertain()}).
 * <ul>
 *   <li>A month starts on the local day that holds the astronomical new moon.</li>
 *   <li>The month holding the winter solstice is month 11.</li>
 *   <li>When 13 months lie between two months 11, the first month after month 11 in which the
 *       sun enters no new 30° sector of longitude (no major solar term, <i>trung khí</i>) is the
 *       leap month; it takes the number of the month before it.</li>
 *   <li>Days are counted in UTC+7, the civil time of the meridian 105°E.</li>
 * </ul>
 *
 * <h2>Before 1968</h2>
 * Northern Vietnam reckoned its calendar in UTC+8 until 8 August 1967, and the south in UTC+8
 * for some earlier periods, so a few months before 1968 started a day apart between the
 * calendars then in use (the best known result being that Tết 1968 fell on different days in
 * the north and the south). This class uses UTC+7 for every year: it gives the calendar as the
 * current rules compute it, which is what present-day documents mean by a historical lunar
 * date, and may differ by one day from a calendar printed at the time.
 *
 * <h2>Range</h2>
 * Lunar years {@value #MIN_YEAR} to {@value #MAX_YEAR}, so every Gregorian day from 1 January
 * 1801 to 31 December 2199 converts. Month starts are computed once per lunar year, on first use,
 * and cached.
 *
 * @param year      the lunar year, named by the Gregorian year in which its month 1 starts
 * @param month     the month number, 1-12
 * @param day       the day of the month, 1-30
 * @param leapMonth whether this is the leap month that repeats {@code month}
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) implements Comparable<LunarDate> {

    /** The first supported lunar year. */
    public static final int MIN_YEAR = 1800;
    /** The last supported lunar year. */
    public static final int MAX_YEAR = 2199;

    /**
     * Checks that the date exists.
     *
     * @param year the year, e.g. 2026
     * @param month the month number, 1-12
     * @param day the day of the month, 1-30
     * @param leapMonth whether this is the leap month that repeats {@code month}
     * @throws IllegalArgumentException if the year is outside the supported range, the month is
     *                                  not 1-12, the year has no such leap month, or the month is
     *                                  shorter than {@code day}
     */
    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("lunar month must be 1-12, was " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("lunar day must be 1-30, was " + day);
        }
        LunarYears.YearTable table = LunarYears.table(year);
        int index = table.indexOf(month, leapMonth);
        if (index < 0) {
            int leap = table.leapMonth();
            throw new IllegalArgumentException("lunar year " + year + " has no leap month " + month
                    + (leap == 0 ? " (it has no leap month)" : " (its leap month is " + leap + ")"));
        }
        int length = table.length(index);
        if (day > length) {
            throw new IllegalArgumentException("lunar " + (leapMonth ? "leap " : "") + "month " + month + " of "
                    + year + " has " + length + " days, so day " + day + " does not exist");
        }
    }

    /**
     * The lunar date with these fields.
     *
     * @param year the year, e.g. 2026
     * @param month the month number, 1-12
     * @param day the day of the month, 1-30
     * @param leapMonth whether this is the leap month that repeats {@code month}
     * @return the lunar date with these fields
     * @throws IllegalArgumentException if the date does not exist (see the constructor)
     */
    public static LunarDate of(int year, int month, int day, boolean leapMonth) {
        return new LunarDate(year, month, day, leapMonth);
    }

    /**
     * The lunar date of a Gregorian day.
     *
     * @param date the Gregorian day, never null
     * @return the lunar date, never null
     * @throws IllegalArgumentException if the day lies outside the supported lunar years
     */
    public static LunarDate from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        long epochDay = date.toEpochDay();
        int year = date.getYear();
        if (year < MIN_YEAR || year > MAX_YEAR + 1) {
            throw outOfRange(date);
        }
        LunarYears.YearTable table = year <= MAX_YEAR ? LunarYears.table(year) : null;
        if (table == null || epochDay < table.firstDay()) {
            if (year - 1 < MIN_YEAR) {
                throw outOfRange(date);
            }
            table = LunarYears.table(year - 1);
            if (epochDay >= table.endDay()) {
                throw outOfRange(date);
            }
        }
        int i = table.indexHolding(epochDay);
        return new LunarDate(table.year, table.month(i), (int) (epochDay - table.start(i)) + 1, table.leap(i));
    }

    private static IllegalArgumentException outOfRange(LocalDate date) {
        return new IllegalArgumentException("date " + date + " lies outside the supported lunar years "
                + MIN_YEAR + "-" + MAX_YEAR);
    }

    /**
     * The number of the leap month of lunar year {@code year}, or empty when the year has twelve months.
     *
     * @param year the year, e.g. 2026
     * @return the number of the leap month of lunar year {@code year}, or empty when the year has twelve months
     * @throws IllegalArgumentException if the year is outside the supported range
     */
    public static OptionalInt leapMonthOfYear(int year) {
        int leap = LunarYears.table(year).leapMonth();
        return leap == 0 ? OptionalInt.empty() : OptionalInt.of(leap);
    }

    /**
     * The Gregorian day of lunar new year's day (Tết Nguyên đán, 1/1) of {@code year}.
     *
     * @param year the year, e.g. 2026
     * @return the Gregorian day of lunar new year's day (Tết Nguyên đán, 1/1) of {@code year}
     */
    public static LocalDate newYearsDay(int year) {
        return LocalDate.ofEpochDay(LunarYears.table(year).firstDay());
    }

    /**
     * The Gregorian day this date names, never null.
     *
     * @return the Gregorian day this date names, never null
     */
    public LocalDate toLocalDate() {
        LunarYears.YearTable table = LunarYears.table(year);
        return LocalDate.ofEpochDay(table.start(table.indexOf(month, leapMonth)) + day - 1);
    }

    /**
     * Whether this date's month may start or end a day apart from what is computed: the new moon
     * that starts it, or the one that starts the next month, lies within two minutes of local
     * midnight (UTC+7). The uncertainty of ΔT (the slowing of the Earth's rotation) decades
     * ahead, and the accuracy of the series, are of that order, so such a day is not printed as
     * certain; the official calendar of the year settles it. False for nearly every month.
     */
    public boolean uncertain() {
        LunarYears.YearTable table = LunarYears.table(year);
        int index = table.indexOf(month, leapMonth);
        return table.startUncertain(index) || table.startUncertain(index + 1);
    }

    /** The number of days of this date's month: 29 or 30. */
    public int lengthOfMonth() {
        LunarYears.YearTable table = LunarYears.table(year);
        return table.length(table.indexOf(month, leapMonth));
    }

    @Override
    public int compareTo(LunarDate other) {
        return Long.compare(toLocalDate().toEpochDay(), other.toLocalDate().toEpochDay());
    }

    /** As Vietnamese documents write it: {@code "10/3/2024 (âm lịch)"}, a leap month as {@code "10/2 nhuận/2023 (âm lịch)"}. */
    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year + " (âm lịch)";
    }
}
