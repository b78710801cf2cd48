package vn.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarDateTest {

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
            "1985, 1985-01-21", // Vietnam 21/1, China 20/2
            "2007, 2007-02-17", // Vietnam 17/2, China 18/2
            "2024, 2024-02-10",
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            "2027, 2027-02-06",
            "2030, 2030-02-02", // Vietnam 2/2, China 3/2
            "2053, 2053-02-18", // Vietnam 18/2, China 19/2
    })
    void should_place_tet_on_the_vietnamese_day_when_converting_1_1(int year, LocalDate tet) {
        // GIVEN lunar new year's day
        LunarDate newYear = LunarDate.of(year, 1, 1, false);
        // WHEN / THEN it converts both ways
        assertThat(newYear.toLocalDate()).isEqualTo(tet);
        assertThat(LunarDate.from(tet)).isEqualTo(newYear);
        assertThat(LunarDate.newYearsDay(year)).isEqualTo(tet);
        assertThat(LunarDate.from(tet.minusDays(1)).year()).isEqualTo(year - 1);
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} is {1}")
    @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16"})
    void should_find_gio_to_on_10_3_lunar(int year, LocalDate expected) {
        assertThat(LunarDate.of(year, 3, 10, false).toLocalDate()).isEqualTo(expected);
    }

    @Test
    void should_have_leap_month_2_when_year_is_2023_and_leap_month_6_when_2025() {
        assertThat(LunarDate.leapMonthOfYear(2023)).hasValue(2);
        assertThat(LunarDate.leapMonthOfYear(2025)).hasValue(6);
        assertThat(LunarDate.leapMonthOfYear(2024)).isEmpty();
        assertThat(LunarDate.leapMonthOfYear(2026)).isEmpty();
    }

    @Test
    void should_order_leap_month_after_the_month_it_repeats() {
        // GIVEN the last day of month 2 and the first of leap month 2, 2023
        LunarDate regular = LunarDate.of(2023, 2, 1, false);
        LunarDate lastOfRegular = LunarDate.of(2023, 2, regular.lengthOfMonth(), false);
        LunarDate firstOfLeap = LunarDate.of(2023, 2, 1, true);
        // THEN the leap month follows directly, and month 3 follows the leap month
        assertThat(firstOfLeap.toLocalDate()).isEqualTo(lastOfRegular.toLocalDate().plusDays(1));
        LunarDate lastOfLeap = LunarDate.of(2023, 2, firstOfLeap.lengthOfMonth(), true);
        assertThat(LunarDate.of(2023, 3, 1, false).toLocalDate()).isEqualTo(lastOfLeap.toLocalDate().plusDays(1));
        assertThat(firstOfLeap).isGreaterThan(lastOfRegular);
        assertThat(LunarDate.from(firstOfLeap.toLocalDate()).leapMonth()).isTrue();
    }

    @Test
    void should_put_the_leap_month_after_month_11_when_no_major_term_falls_there() {
        // 2033 is the year whose leap month follows the winter-solstice month
        assertThat(LunarDate.leapMonthOfYear(2033)).hasValue(11);
    }

    @Test
    void should_reject_day_30_when_the_month_has_29_days() {
        // GIVEN a 29-day month
        int month = 1;
        while (LunarDate.of(2024, month, 1, false).lengthOfMonth() == 30) {
            month++;
        }
        int shortMonth = month;
        // WHEN / THEN day 30 is refused with the reason
        assertThatThrownBy(() -> LunarDate.of(2024, shortMonth, 30, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 29 days")
                .hasMessageContaining("day 30 does not exist");
    }

    @Test
    void should_reject_a_leap_month_when_the_year_has_another() {
        assertThatThrownBy(() -> LunarDate.of(2023, 4, 1, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no leap month 4")
                .hasMessageContaining("its leap month is 2");
        assertThatThrownBy(() -> LunarDate.of(2024, 4, 1, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it has no leap month");
    }

    @Test
    void should_reject_fields_out_of_range() {
        assertThatThrownBy(() -> LunarDate.of(2024, 13, 1, false)).hasMessageContaining("month must be 1-12, was 13");
        assertThatThrownBy(() -> LunarDate.of(2024, 1, 0, false)).hasMessageContaining("day must be 1-30, was 0");
        assertThatThrownBy(() -> LunarDate.of(1700, 1, 1, false)).hasMessageContaining("outside the supported range");
        assertThatThrownBy(() -> LunarDate.from(LocalDate.of(1700, 1, 1))).hasMessageContaining("outside the supported");
        assertThatThrownBy(() -> LunarDate.from(LocalDate.of(2300, 1, 1))).hasMessageContaining("outside the supported");
    }

    @Test
    void should_be_equal_when_fields_are_equal() {
        assertThat(LunarDate.of(2024, 3, 10, false)).isEqualTo(LunarDate.from(LocalDate.of(2024, 4, 18)))
                .hasSameHashCodeAs(LunarDate.of(2024, 3, 10, false))
                .isNotEqualTo(LunarDate.of(2024, 3, 11, false));
        assertThat(LunarDate.of(2023, 2, 10, true)).isNotEqualTo(LunarDate.of(2023, 2, 10, false));
        assertThat(LunarDate.of(2023, 2, 10, true)).hasToString("10/2 nhuận/2023 (âm lịch)");
    }

    @Test
    void should_round_trip_every_day_when_converting_1900_to_2199() {
        int failures = 0;
        LocalDate previous = LocalDate.of(1899, 12, 31);
        LunarDate previousLunar = LunarDate.from(previous);
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 2199; d = d.plusDays(1)) {
            LunarDate lunar = LunarDate.from(d);
            if (!lunar.toLocalDate().equals(d) || lunar.compareTo(previousLunar) <= 0) {
                failures++;
            }
            previousLunar = lunar;
        }
        assertThat(failures).isZero();
    }

    @Property(tries = 2000)
    void from_then_toLocalDate_is_identity(@ForAll("days1900to2199") LocalDate day) {
        LunarDate lunar = LunarDate.from(day);
        assertThat(lunar.toLocalDate()).isEqualTo(day);
        assertThat(LunarDate.of(lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth())).isEqualTo(lunar);
    }

    @Property(tries = 500)
    void months_last_29_or_30_days_and_years_12_or_13_months(@ForAll("days1900to2199") LocalDate day) {
        LunarDate lunar = LunarDate.from(day);
        assertThat(lunar.lengthOfMonth()).isBetween(29, 30);
        int year = Math.min(lunar.year(), LunarDate.MAX_YEAR - 1);
        long length = LunarDate.newYearsDay(year + 1).toEpochDay() - LunarDate.newYearsDay(year).toEpochDay();
        assertThat(length).isIn(LunarDate.leapMonthOfYear(year).isPresent() ? java.util.List.of(383L, 384L, 385L)
                : java.util.List.of(353L, 354L, 355L));
    }

    @Provide
    Arbitrary<LocalDate> days1900to2199() {
        long from = LocalDate.of(1900, 1, 1).toEpochDay();
        long to = LocalDate.of(2199, 12, 31).toEpochDay();
        return Arbitraries.longs().between(from, to).map(LocalDate::ofEpochDay);
    }
}
