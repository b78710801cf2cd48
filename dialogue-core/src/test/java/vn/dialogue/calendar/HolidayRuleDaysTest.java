package vn.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The days a {@link HolidayRule} gives in a year, rule by rule ({@link HolidayRule.SolarDays},
 * {@link HolidayRule.LunarDays}, {@link HolidayRule.AdjacentDay}), at the edges of the year and of the supported
 * range, and the rules' refusals.
 */
class HolidayRuleDaysTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Map<DayOfWeek, Integer> afterExceptMonday() {
        Map<DayOfWeek, Integer> offsets = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek dow : DayOfWeek.values()) {
            offsets.put(dow, 1);
        }
        offsets.put(DayOfWeek.MONDAY, -1);
        return offsets;
    }

    @Test
    void should_give_consecutive_solar_days_but_stop_at_the_end_of_the_year_when_a_holiday_runs_past_31_december() {
        // GIVEN 30/4 for two days, and 31/12 for two days
        HolidayRule.SolarDays reunification = new HolidayRule.SolarDays(MonthDay.of(4, 30), 2);
        HolidayRule.SolarDays newYearsEve = new HolidayRule.SolarDays(MonthDay.of(12, 31), 2);

        // THEN the first gives both days, the second only the day inside the year
        assertThat(reunification.in(2024)).containsExactly(d("2024-04-30"), d("2024-05-01"));
        assertThat(newYearsEve.in(2024)).containsExactly(d("2024-12-31"));
        assertThat(new HolidayRule.SolarDays(MonthDay.of(1, 1), 1).in(2025)).containsExactly(d("2025-01-01"));
    }

    @Test
    void should_give_29_february_only_in_leap_years_when_a_solar_holiday_falls_on_it() {
        HolidayRule.SolarDays leapDay = new HolidayRule.SolarDays(MonthDay.of(2, 29), 1);

        assertThat(leapDay.in(2023)).isEmpty();
        assertThat(leapDay.in(2024)).containsExactly(d("2024-02-29"));
    }

    @Test
    void should_refuse_a_holiday_of_no_day_when_solar_or_lunar_days_are_made() {
        assertThatThrownBy(() -> new HolidayRule.SolarDays(MonthDay.of(4, 30), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a holiday lasts at least one day, count was 0");
        assertThatThrownBy(() -> new HolidayRule.LunarDays(1, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a holiday lasts at least one day, count was 0");
        assertThat(new HolidayRule.SolarDays(MonthDay.of(4, 30), 1).in(2024)).hasSize(1);
        assertThat(new HolidayRule.LunarDays(3, 10, 0, 1).in(2024)).hasSize(1);
    }

    @Test
    void should_refuse_a_lunar_month_or_day_out_of_range_when_lunar_days_are_made() {
        assertThatThrownBy(() -> new HolidayRule.LunarDays(0, 1, 0, 1)).hasMessage("lunar month must be 1-12, was 0");
        assertThatThrownBy(() -> new HolidayRule.LunarDays(13, 1, 0, 1)).hasMessage("lunar month must be 1-12, was 13");
        assertThatThrownBy(() -> new HolidayRule.LunarDays(1, 0, 0, 1)).hasMessage("lunar day must be 1-30, was 0");
        assertThatThrownBy(() -> new HolidayRule.LunarDays(1, 31, 0, 1)).hasMessage("lunar day must be 1-30, was 31");
        assertThat(new HolidayRule.LunarDays(12, 30, 0, 1).month()).isEqualTo(12);
        assertThat(new HolidayRule.LunarDays(1, 1, 0, 1).day()).isEqualTo(1);
    }

    @Test
    void should_give_tet_from_the_eve_for_five_days_when_the_lunar_new_year_is_in_january_or_february() {
        // GIVEN Tết: from the day before 1/1 for five days
        HolidayRule.LunarDays tet = new HolidayRule.LunarDays(1, 1, -1, 5);

        // THEN 2024 (Tết on 10 February) and 2023 (Tết on 22 January) get their five days
        assertThat(tet.in(2024)).containsExactly(d("2024-02-09"), d("2024-02-10"), d("2024-02-11"),
                d("2024-02-12"), d("2024-02-13"));
        assertThat(tet.in(2023)).containsExactly(d("2023-01-21"), d("2023-01-22"), d("2023-01-23"),
                d("2023-01-24"), d("2023-01-25"));
        // AND Giỗ Tổ Hùng Vương, 10/3, is one day
        assertThat(new HolidayRule.LunarDays(3, 10, 0, 1).in(2024)).containsExactly(d("2024-04-18"));
    }

    @Test
    void should_count_day_30_as_the_last_day_when_the_lunar_month_has_29_days() {
        // GIVEN the last day of month 12: 30 days long in lunar 2023, 29 days in lunar 2024
        HolidayRule.LunarDays lastDayOfYear = new HolidayRule.LunarDays(12, 30, 0, 1);

        // THEN 2024 gets the 30th day of month 12 of 2023, and 2025 the 29th (last) day of month 12 of 2024
        assertThat(lastDayOfYear.in(2024)).containsExactly(d("2024-02-09"));
        assertThat(lastDayOfYear.in(2025)).containsExactly(d("2025-01-28"));
    }

    @Test
    void should_give_lunar_days_at_both_ends_of_the_supported_range() {
        HolidayRule.LunarDays gioTo = new HolidayRule.LunarDays(3, 10, 0, 1);

        assertThat(gioTo.in(LunarDate.MIN_YEAR)).hasSize(1);
        assertThat(gioTo.in(LunarDate.MAX_YEAR)).hasSize(1);
        assertThat(gioTo.in(LunarDate.MAX_YEAR).get(0).getYear()).isEqualTo(LunarDate.MAX_YEAR);
    }

    @Test
    void should_pick_the_day_before_or_after_by_weekday_when_the_adjacent_day_rule_applies() {
        // GIVEN 2/9 with the day before when it is a Monday, the day after otherwise
        HolidayRule.AdjacentDay nationalDay = new HolidayRule.AdjacentDay(MonthDay.of(9, 2), afterExceptMonday());

        // THEN 2024 (Monday) gives 1/9 and 2025 (Tuesday) gives 3/9
        assertThat(nationalDay.in(2024)).containsExactly(d("2024-09-01"));
        assertThat(nationalDay.in(2025)).containsExactly(d("2025-09-03"));
    }

    @Test
    void should_give_no_adjacent_day_when_it_falls_in_another_year_or_the_anchor_does_not_exist() {
        // 31/12/2024 is a Tuesday: the day after is in 2025
        assertThat(new HolidayRule.AdjacentDay(MonthDay.of(12, 31), afterExceptMonday()).in(2024)).isEmpty();
        // 1/1/2024 is a Monday: the day before is in 2023
        assertThat(new HolidayRule.AdjacentDay(MonthDay.of(1, 1), afterExceptMonday()).in(2024)).isEmpty();
        HolidayRule.AdjacentDay leap = new HolidayRule.AdjacentDay(MonthDay.of(2, 29), afterExceptMonday());
        assertThat(leap.in(2023)).isEmpty();
        assertThat(leap.in(2024)).containsExactly(d("2024-03-01"));
    }

    @Test
    void should_refuse_a_missing_weekday_or_an_offset_other_than_one_day_when_an_adjacent_day_rule_is_made() {
        Map<DayOfWeek, Integer> missing = afterExceptMonday();
        missing.remove(DayOfWeek.SUNDAY);
        Map<DayOfWeek, Integer> zero = afterExceptMonday();
        zero.put(DayOfWeek.FRIDAY, 0);
        Map<DayOfWeek, Integer> two = afterExceptMonday();
        two.put(DayOfWeek.FRIDAY, 2);
        Map<DayOfWeek, Integer> minusTwo = afterExceptMonday();
        minusTwo.put(DayOfWeek.FRIDAY, -2);

        assertThatThrownBy(() -> new HolidayRule.AdjacentDay(MonthDay.of(9, 2), missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the adjacent day for SUNDAY must be -1 or +1, was null");
        assertThatThrownBy(() -> new HolidayRule.AdjacentDay(MonthDay.of(9, 2), zero))
                .hasMessage("the adjacent day for FRIDAY must be -1 or +1, was 0");
        assertThatThrownBy(() -> new HolidayRule.AdjacentDay(MonthDay.of(9, 2), two))
                .hasMessage("the adjacent day for FRIDAY must be -1 or +1, was 2");
        assertThatThrownBy(() -> new HolidayRule.AdjacentDay(MonthDay.of(9, 2), minusTwo))
                .hasMessage("the adjacent day for FRIDAY must be -1 or +1, was -2");
    }

    @Test
    void should_keep_its_own_copy_of_the_offsets_when_the_caller_changes_the_map_afterwards() {
        Map<DayOfWeek, Integer> offsets = afterExceptMonday();
        HolidayRule.AdjacentDay rule = new HolidayRule.AdjacentDay(MonthDay.of(9, 2), offsets);

        offsets.put(DayOfWeek.MONDAY, 1);

        assertThat(rule.offsetByWeekday()).containsEntry(DayOfWeek.MONDAY, -1).hasSize(7);
        assertThat(rule.in(2024)).containsExactly(d("2024-09-01"));
    }

    @Test
    void should_refuse_a_bad_id_or_a_blank_name_or_source_when_a_holiday_rule_is_made() {
        HolidayRule.Days days = new HolidayRule.SolarDays(MonthDay.of(4, 30), 1);

        assertThatThrownBy(() -> new HolidayRule("Giai-Phong", "Ngày Chiến thắng", days, Validity.always(), "BLLĐ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday rule id must be lower-case words joined by '-', was 'Giai-Phong'");
        assertThatThrownBy(() -> new HolidayRule("giai-phong", "  ", days, Validity.always(), "BLLĐ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday rule 'giai-phong' needs a name");
        assertThatThrownBy(() -> new HolidayRule("giai-phong", "Ngày Chiến thắng", days, Validity.always(), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday rule 'giai-phong' needs a source (the legal provision)");

        HolidayRule rule = new HolidayRule("giai-phong", " Ngày Chiến thắng ", days, Validity.always(), " BLLĐ ");
        assertThat(rule.name()).isEqualTo("Ngày Chiến thắng");
        assertThat(rule.source()).isEqualTo("BLLĐ");
        assertThat(rule.candidates(2024)).containsExactly(d("2024-04-30"));
    }

    @Test
    void should_contain_its_first_and_last_day_and_nothing_outside_when_a_validity_is_bounded() {
        Validity validity = Validity.between(d("2021-01-01"), d("2021-12-31"));

        assertThat(validity.contains(d("2021-01-01"))).isTrue();
        assertThat(validity.contains(d("2021-12-31"))).isTrue();
        assertThat(validity.contains(d("2020-12-31"))).isFalse();
        assertThat(validity.contains(d("2022-01-01"))).isFalse();
        assertThat(validity.firstDay()).contains(d("2021-01-01"));
        assertThat(validity.lastDay()).contains(d("2021-12-31"));
        assertThat(Validity.from(d("2021-01-01")).contains(d("2099-01-01"))).isTrue();
        assertThat(Validity.from(d("2021-01-01")).lastDay()).isEmpty();
        assertThat(Validity.always().firstDay()).isEmpty();
        assertThat(List.of(d("1900-01-01"), d("2199-12-31"))).allMatch(Validity.always()::contains);
        assertThat(Validity.between(d("2021-01-01"), d("2021-01-01")).contains(d("2021-01-01"))).isTrue();
        assertThatThrownBy(() -> Validity.between(d("2021-01-02"), d("2021-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("validity ends on 2021-01-01, before it starts on 2021-01-02");
    }
}
