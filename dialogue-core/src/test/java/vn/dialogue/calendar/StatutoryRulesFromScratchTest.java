package vn.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The statutory holiday rules evaluated by a calendar built for each test, with no notices: what the Labour Code
 * alone gives, with no year table shared with other tests (each calendar caches its own years).
 */
class StatutoryRulesFromScratchTest {

    private static WorkingCalendar statutoryOnly() {
        return WorkingCalendar.of(CalendarRules.vietnam(), List.of());
    }

    @ParameterizedTest(name = "{0} is a holiday by rule {1}")
    @CsvSource({
            "2025-01-01, tet-duong-lich", "2025-01-29, tet-am-lich", "2026-02-17, tet-am-lich",
            "2024-02-10, tet-am-lich", "2025-04-07, gio-to", "2024-04-18, gio-to", "2026-04-26, gio-to",
            "2025-04-30, chien-thang", "2025-05-01, quoc-te-lao-dong", "2025-09-02, quoc-khanh"})
    void should_give_each_statutory_holiday_on_its_day(String day, String rule) {
        WorkingCalendar calendar = statutoryOnly();
        LocalDate date = LocalDate.parse(day);
        assertThat(calendar.isWorkingDay(date)).isFalse();
        assertThat(calendar.holidayOn(date)).get().satisfies(h -> {
            assertThat(h.rule()).isEqualTo(rule);
            assertThat(h.date()).isEqualTo(date);
            assertThat(h.name()).isNotBlank();
        });
        assertThat(calendar.holidays(date.getYear())).extracting(Holiday::date).contains(date);
    }

    @ParameterizedTest(name = "{0} is an ordinary working day")
    @CsvSource({"2025-04-08", "2025-01-02", "2025-05-05", "2024-10-29", "2026-02-24"})
    void should_keep_ordinary_weekdays_working(String day) {
        WorkingCalendar calendar = statutoryOnly();
        LocalDate date = LocalDate.parse(day);
        assertThat(calendar.isWorkingDay(date)).isTrue();
        assertThat(calendar.holidayOn(date)).isEmpty();
        assertThat(calendar.isWeeklyRestDay(date)).isFalse();
    }

    @ParameterizedTest(name = "{0} is a weekly rest day")
    @CsvSource({"2025-04-05", "2025-04-06", "2024-11-16", "2024-11-17"})
    void should_rest_on_saturdays_and_sundays(String day) {
        WorkingCalendar calendar = statutoryOnly();
        LocalDate date = LocalDate.parse(day);
        assertThat(calendar.isWeeklyRestDay(date)).isTrue();
        assertThat(calendar.isWorkingDay(date)).isFalse();
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({"2025-04-03, 1, 2025-04-04", "2025-04-04, 1, 2025-04-08", "2025-04-04, -1, 2025-04-03",
            "2025-04-08, -1, 2025-04-04", "2024-12-31, 1, 2025-01-02", "2025-01-02, -1, 2024-12-31"})
    void should_count_working_days_across_weekends_holidays_and_years(String from, int count, String to) {
        WorkingCalendar calendar = statutoryOnly();
        assertThat(calendar.plusWorkingDays(LocalDate.parse(from), count)).isEqualTo(LocalDate.parse(to));
        if (count > 0) {
            assertThat(calendar.workingDaysBetween(LocalDate.parse(from), LocalDate.parse(to))).isEqualTo(count);
        }
    }

    @ParameterizedTest(name = "Tết {0} gives five days off by the default rule")
    @CsvSource({"2025", "2027", "2030"})
    void should_give_five_days_of_tet_by_the_default_rule(int year) {
        List<Holiday> tet = statutoryOnly().holidays(year).stream().filter(h -> h.rule().equals("tet-am-lich")).toList();
        assertThat(tet).hasSize(5);
        LocalDate newYear = LunarDate.of(year, 1, 1, false).toLocalDate();
        assertThat(tet).extracting(Holiday::date).contains(newYear);
        assertThat(tet.get(4).date()).isEqualTo(tet.get(0).date().plusDays(4));
    }
}
