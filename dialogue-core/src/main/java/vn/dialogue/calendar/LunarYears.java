package vn.dialogue.calendar;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The month starts of each lunar year, computed on first use and cached, so that converting a
 * date costs a few array reads and no astronomy. Thread-safe: a table is immutable once built,
 * and two threads racing to build the same year build equal tables.
 */
final class LunarYears {

    /** Civil time of the Vietnamese calendar: UTC+7, meridian 105°E (see {@link LunarDate}). */
    static final int OFFSET_HOURS = 7;

    private static final AtomicReferenceArray<YearTable> CACHE =
            new AtomicReferenceArray<>(LunarDate.MAX_YEAR - LunarDate.MIN_YEAR + 1);

    private LunarYears() {
    }

    /** The table of lunar year {@code year}, which must lie in the supported range. */
    static YearTable table(int year) {
        if (year < LunarDate.MIN_YEAR || year > LunarDate.MAX_YEAR) {
            throw new IllegalArgumentException("lunar year " + year + " is outside the supported range "
                    + LunarDate.MIN_YEAR + "-" + LunarDate.MAX_YEAR);
        }
        int i = year - LunarDate.MIN_YEAR;
        YearTable table = CACHE.get(i);
        if (table == null) {
            table = build(year);
            CACHE.compareAndSet(i, null, table);
        }
        return table;
    }

    /** First day of lunar month 11 of the lunar year that holds the winter solstice of Gregorian {@code year}. */
    static long month11(int year) {
        long dec31 = LocalDate.of(year, 12, 31).toEpochDay();
        long k = (long) Math.floor((dec31 + Astronomy.JDN_EPOCH - 2_415_021) / Astronomy.SYNODIC_MONTH);
        long start = Astronomy.newMoonDay(k, OFFSET_HOURS);
        // the sun already past 270° when this month starts: the solstice lies in the month before
        if (Astronomy.sunSector(start, OFFSET_HOURS) >= 9) {
            start = Astronomy.newMoonDay(k - 1, OFFSET_HOURS);
        }
        return start;
    }

    /**
     * The months from month 11 of the lunar year holding the solstice of Gregorian {@code year - 1}
     * to the one holding the solstice of {@code year} (excluded): 12 or 13 lunations.
     */
    private static Sui sui(int year) {
        long from = month11(year - 1);
        long to = month11(year);
        long k0 = Astronomy.lunationNear(from);
        int n = (int) Math.round((to - from) / Astronomy.SYNODIC_MONTH);
        long[] starts = new long[n + 1];
        boolean[] uncertain = new boolean[n + 1];
        for (int j = 0; j <= n; j++) {
            starts[j] = Astronomy.newMoonDay(k0 + j, OFFSET_HOURS);
            uncertain[j] = Astronomy.newMoonSecondsFromMidnight(k0 + j, OFFSET_HOURS) < Astronomy.UNCERTAIN_SECONDS;
        }
        if (starts[0] != from || starts[n] != to || (n != 12 && n != 13)) {
            throw new IllegalStateException("inconsistent lunations between month 11 of " + (year - 1)
                    + " and of " + year + ": " + n + " months");
        }
        int leapAt = 0;
        if (n == 13) {
            // the first month after month 11 during which the sun enters no new 30° sector
            for (int j = 1; j < n; j++) {
                if (Astronomy.sunSector(starts[j], OFFSET_HOURS) == Astronomy.sunSector(starts[j + 1], OFFSET_HOURS)) {
                    leapAt = j;
                    break;
                }
            }
            if (leapAt == 0) {
                throw new IllegalStateException("no month without a major term in the 13-month span ending " + year);
            }
        }
        int[] months = new int[n];
        boolean[] leaps = new boolean[n];
        int[] years = new int[n];
        for (int j = 0; j < n; j++) {
            int number = 11 + j - (leapAt > 0 && j >= leapAt ? 1 : 0);
            leaps[j] = j == leapAt && leapAt > 0;
            if (number > 12) {
                months[j] = number - 12;
                years[j] = year;
            } else {
                months[j] = number;
                years[j] = year - 1;
            }
        }
        return new Sui(starts, months, leaps, years, uncertain);
    }

    /**
     * Computes the table of {@code year} without the cache: {@link #table} calls it once per year, and tests call it
     * directly so that every call runs the computation (a cached table would hide a change in it).
     */
    static YearTable build(int year) {
        Sui first = sui(year);
        Sui second = sui(year + 1);
        int count = first.countOf(year) + second.countOf(year);
        long[] starts = new long[count + 1];
        boolean[] uncertain = new boolean[count + 1];
        int[] months = new int[count];
        boolean[] leaps = new boolean[count];
        int i = 0;
        for (Sui s : new Sui[] {first, second}) {
            for (int j = 0; j < s.months.length; j++) {
                if (s.years[j] == year) {
                    starts[i] = s.starts[j];
                    uncertain[i] = s.uncertain[j];
                    months[i] = s.months[j];
                    leaps[i] = s.leaps[j];
                    i++;
                }
            }
        }
        // the year ends where month 1 of the next year starts
        for (int j = 0; j < second.months.length; j++) {
            if (second.years[j] == year + 1) {
                starts[count] = second.starts[j];
                uncertain[count] = second.uncertain[j];
                break;
            }
        }
        return new YearTable(year, starts, months, leaps, uncertain);
    }

    private record Sui(long[] starts, int[] months, boolean[] leaps, int[] years, boolean[] uncertain) {
        int countOf(int year) {
            int c = 0;
            for (int y : years) {
                if (y == year) {
                    c++;
                }
            }
            return c;
        }
    }

    /** One lunar year: month {@code i} starts on epoch day {@code starts[i]}; {@code starts[length]} is the next year's first day. */
    static final class YearTable {
        final int year;
        private final long[] starts;
        private final int[] months;
        private final boolean[] leaps;
        /** uncertain[i]: the new moon that starts month i lies within {@link Astronomy#UNCERTAIN_SECONDS} of midnight. */
        private final boolean[] uncertain;

        YearTable(int year, long[] starts, int[] months, boolean[] leaps, boolean[] uncertain) {
            this.year = year;
            this.starts = starts;
            this.months = months;
            this.leaps = leaps;
            this.uncertain = uncertain;
        }

        /** Whether the first day of month {@code index} (or, at {@code monthCount()}, of the next year) hangs on seconds. */
        boolean startUncertain(int index) {
            return uncertain[index];
        }

        long firstDay() {
            return starts[0];
        }

        /** The first day of the next lunar year (exclusive end of this one). */
        long endDay() {
            return starts[months.length];
        }

        int monthCount() {
            return months.length;
        }

        /** Position of a month in the year, or -1 when the year has no such month. */
        int indexOf(int month, boolean leap) {
            for (int i = 0; i < months.length; i++) {
                if (months[i] == month && leaps[i] == leap) {
                    return i;
                }
            }
            return -1;
        }

        /** Position of the month holding {@code epochDay}, which must lie in this year. */
        int indexHolding(long epochDay) {
            int i = months.length - 1;
            while (starts[i] > epochDay) {
                i--;
            }
            return i;
        }

        long start(int index) {
            return starts[index];
        }

        int length(int index) {
            return (int) (starts[index + 1] - starts[index]);
        }

        int month(int index) {
            return months[index];
        }

        boolean leap(int index) {
            return leaps[index];
        }

        /** The number of the leap month, 0 when the year has none. */
        int leapMonth() {
            for (int i = 0; i < months.length; i++) {
                if (leaps[i]) {
                    return months[i];
                }
            }
            return 0;
        }
    }
}
