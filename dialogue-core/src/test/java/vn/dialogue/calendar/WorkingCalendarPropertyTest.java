package vn.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The algebra of working-day arithmetic on {@link WorkingCalendar#vietnam()}. */
class WorkingCalendarPropertyTest {

    private static final WorkingCalendar VN = WorkingCalendar.vietnam();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Property(tries = 300)
    void adding_then_subtracting_working_days_returns_to_a_working_start(
            @ForAll("workingDays") LocalDate start, @ForAll @IntRange(min = -400, max = 400) int n) {
        LocalDate end = VN.plusWorkingDays(start, n);
        assertThat(VN.plusWorkingDays(end, -n)).isEqualTo(start);
        assertThat(VN.workingDaysBetween(start, end)).isEqualTo(n);
        if (n != 0) {
            assertThat(VN.isWorkingDay(end)).isTrue();
        }
    }

    @Property(tries = 200)
    void plus_one_working_day_is_the_first_working_day_after(@ForAll("anyDays") LocalDate start) {
        LocalDate expected = start.plusDays(1);
        while (!VN.isWorkingDay(expected)) {
            expected = expected.plusDays(1);
        }
        assertThat(VN.plusWorkingDays(start, 1)).isEqualTo(expected);
        assertThat(expected.getDayOfWeek()).isNotIn(DayOfWeek.SUNDAY);
    }

    @Provide
    Arbitrary<LocalDate> anyDays() {
        return Arbitraries.longs().between(d(2000, 1, 1).toEpochDay(), d(2150, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<LocalDate> workingDays() {
        return anyDays().map(VN::workingDayOnOrAfter);
    }
}
