package vn.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The lunar year tables built per test with {@link LunarYears#build}, not through the cache, against the published
 * Vietnamese calendar: the first day of each year (Tết), its leap month and the order of its months.
 */
class LunarYearTablesFromScratchTest {

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    private static List<String> monthNames(LunarYears.YearTable table) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < table.monthCount(); i++) {
            names.add(table.month(i) + (table.leap(i) ? "+" : ""));
        }
        return names;
    }

    @ParameterizedTest(name = "lunar year {0}: Tết {1}, leap month {2}, next Tết {3}")
    @CsvSource({
            "1985, 1985-01-21, 2, 1986-02-09",
            "2017, 2017-01-28, 6, 2018-02-16",
            "2020, 2020-01-25, 4, 2021-02-12",
            "2021, 2021-02-12, 0, 2022-02-01",
            "2022, 2022-02-01, 0, 2023-01-22",
            "2023, 2023-01-22, 2, 2024-02-10",
            "2024, 2024-02-10, 0, 2025-01-29",
            "2025, 2025-01-29, 6, 2026-02-17"})
    void should_start_and_end_each_year_on_its_published_tet_with_its_leap_month_when_built_without_the_cache(
            int year, String tet, int leapMonth, String nextTet) {
        // GIVEN a table built from scratch
        LunarYears.YearTable table = LunarYears.build(year);

        // THEN it spans Tết to Tết, and has 13 months exactly when it has a leap month
        assertThat(table.year).isEqualTo(year);
        assertThat(table.firstDay()).isEqualTo(day(tet));
        assertThat(table.start(0)).isEqualTo(day(tet));
        assertThat(table.endDay()).isEqualTo(day(nextTet));
        assertThat(table.leapMonth()).isEqualTo(leapMonth);
        assertThat(table.monthCount()).isEqualTo(leapMonth == 0 ? 12 : 13);

        // AND the months run 1 to 12 with the leap month right after the month it repeats
        List<String> expected = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            expected.add(String.valueOf(m));
            if (m == leapMonth) {
                expected.add(m + "+");
            }
        }
        assertThat(monthNames(table)).containsExactlyElementsOf(expected);
    }

    @Test
    void should_place_the_leap_month_of_2023_between_month_2_and_month_3_when_built_without_the_cache() {
        // GIVEN 2023, whose second month 2 (tháng 2 nhuận) started on 22 March 2023
        LunarYears.YearTable table = LunarYears.build(2023);

        // WHEN the months are looked up THEN the leap month 2 is the third month, from 22 March to 19 April
        assertThat(table.indexOf(2, false)).isEqualTo(1);
        assertThat(table.indexOf(2, true)).isEqualTo(2);
        assertThat(table.indexOf(3, false)).isEqualTo(3);
        assertThat(table.indexOf(3, true)).isEqualTo(-1);
        assertThat(table.start(2)).isEqualTo(day("2023-03-22"));
        assertThat(table.length(2)).isEqualTo(29);
        assertThat(table.indexHolding(day("2023-03-22"))).isEqualTo(2);
        assertThat(table.indexHolding(day("2023-03-21"))).isEqualTo(1);
        assertThat(table.indexHolding(day("2023-01-22"))).isZero();
        assertThat(table.indexHolding(day("2024-02-09"))).isEqualTo(12);
    }

    @ParameterizedTest(name = "month 11 of {0} starts on {1}")
    @CsvSource({"2023, 2023-12-13", "2024, 2024-12-01", "2022, 2022-11-24", "1984, 1984-11-23"})
    void should_start_month_11_on_the_day_of_the_new_moon_before_the_winter_solstice(int year, String start) {
        assertThat(LunarYears.month11(year)).isEqualTo(day(start));
    }

    @Test
    void should_refuse_a_year_outside_the_supported_range_when_a_table_is_asked_for() {
        assertThatThrownBy(() -> LunarYears.table(LunarDate.MIN_YEAR - 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lunar year 1799 is outside the supported range 1800-2199");
        assertThatThrownBy(() -> LunarYears.table(LunarDate.MAX_YEAR + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2200");
        assertThat(LunarYears.table(LunarDate.MIN_YEAR).year).isEqualTo(LunarDate.MIN_YEAR);
        assertThat(LunarYears.table(LunarDate.MAX_YEAR).year).isEqualTo(LunarDate.MAX_YEAR);
    }

    @Property(tries = 40)
    void consecutive_years_built_from_scratch_meet_without_gap_and_have_months_of_29_or_30_days(
            @ForAll @IntRange(min = 1800, max = 2198) int year) {
        LunarYears.YearTable table = LunarYears.build(year);
        LunarYears.YearTable next = LunarYears.build(year + 1);

        assertThat(next.firstDay()).isEqualTo(table.endDay());
        assertThat(LocalDate.ofEpochDay(table.firstDay()).getYear()).isEqualTo(year);
        assertThat(table.monthCount()).isEqualTo(table.leapMonth() == 0 ? 12 : 13);
        long total = 0;
        for (int i = 0; i < table.monthCount(); i++) {
            assertThat(table.length(i)).isBetween(29, 30);
            assertThat(table.indexHolding(table.start(i))).isEqualTo(i);
            assertThat(table.indexHolding(table.start(i) + table.length(i) - 1)).isEqualTo(i);
            assertThat(table.indexOf(table.month(i), table.leap(i))).isEqualTo(i);
            total += table.length(i);
        }
        assertThat(table.endDay() - table.firstDay()).isEqualTo(total);
        assertThat(total).isBetween(353L, 385L);
    }
}
