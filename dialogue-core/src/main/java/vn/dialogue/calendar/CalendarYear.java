package vn.dialogue.calendar;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One computed Gregorian year of a {@link WorkingCalendar}: immutable once built. */
final class CalendarYear {

    private final int year;
    private final long firstEpochDay;
    private final boolean[] working;
    /** cumulative[i] = working days among the first i days of the year */
    private final int[] cumulative;
    private final @Nullable Holiday[] byDay;
    private final List<Holiday> holidays;

    CalendarYear(int year, long firstEpochDay, boolean[] working, @Nullable Holiday[] byDay, List<Holiday> holidays) {
        this.year = year;
        this.firstEpochDay = firstEpochDay;
        this.working = working;
        this.byDay = byDay;
        this.holidays = List.copyOf(holidays);
        this.cumulative = new int[working.length + 1];
        for (int i = 0; i < working.length; i++) {
            cumulative[i + 1] = cumulative[i] + (working[i] ? 1 : 0);
        }
    }

    int year() {
        return year;
    }

    long firstEpochDay() {
        return firstEpochDay;
    }

    int length() {
        return working.length;
    }

    boolean isWorking(int dayIndex) {
        return working[dayIndex];
    }

    /** Working days among the first {@code dayCount} days of the year. */
    int workingBefore(int dayCount) {
        return cumulative[dayCount];
    }

    int workingCount() {
        return cumulative[working.length];
    }

    /** Index of the {@code n}-th working day of the year, 1-based {@code n} in [1, workingCount()]. */
    int indexOfWorking(int n) {
        // smallest i with cumulative[i + 1] >= n
        int lo = 0;
        int hi = working.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid + 1] >= n) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    @Nullable Holiday holiday(int dayIndex) {
        return byDay[dayIndex];
    }

    List<Holiday> holidays() {
        return holidays;
    }
}
