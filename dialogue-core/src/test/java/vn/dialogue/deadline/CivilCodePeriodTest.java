package vn.dialogue.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import vn.dialogue.calendar.WorkingCalendar;

class CivilCodePeriodTest {

    private static final WorkingCalendar VN = WorkingCalendar.vietnam();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void should_start_the_day_after_the_event_when_counting_days() {
        // GIVEN an event on Monday 4/11/2024 and a 3-day period: 5, 6, 7/11
        CivilCodePeriod period = CivilCodePeriod.days(3);
        // THEN it ends at the end of Thursday 7/11
        assertThat(period.lastDay(d(2024, 11, 4), VN)).isEqualTo(d(2024, 11, 7));
    }

    @Test
    void should_end_at_24h_of_the_last_day_in_vietnam_time() {
        assertThat(CivilCodePeriod.days(3).end(d(2024, 11, 4), VN))
                .isEqualTo(ZonedDateTime.parse("2024-11-08T00:00:00+07:00[Asia/Ho_Chi_Minh]").toInstant());
    }

    @Test
    void should_move_to_the_next_working_day_when_the_last_day_is_a_weekend() {
        // 6/11/2024 (Wed) + 10 days = Saturday 16/11 → Monday 18/11
        CivilCodePeriod period = CivilCodePeriod.days(10);
        assertThat(period.nominalLastDay(d(2024, 11, 6), VN)).isEqualTo(d(2024, 11, 16));
        assertThat(period.lastDay(d(2024, 11, 6), VN)).isEqualTo(d(2024, 11, 18));
    }

    @Test
    void should_move_past_a_holiday_when_the_last_day_is_one() {
        // 20/8/2024 + 13 days = Monday 2/9 (Quốc khánh), 3/9 is the adjacent day off → Wednesday 4/9
        assertThat(CivilCodePeriod.days(13).lastDay(d(2024, 8, 20), VN)).isEqualTo(d(2024, 9, 4));
    }

    @Test
    void should_end_on_the_corresponding_weekday_when_counting_weeks() {
        assertThat(CivilCodePeriod.weeks(2).lastDay(d(2024, 11, 5), VN)).isEqualTo(d(2024, 11, 19));
    }

    @Test
    void should_clamp_to_the_month_end_when_the_month_has_no_corresponding_day() {
        // 31/1/2024 + 1 month → 29/2/2024 (Thursday, a working day)
        assertThat(CivilCodePeriod.months(1).lastDay(d(2024, 1, 31), VN)).isEqualTo(d(2024, 2, 29));
        // 31/1/2025 + 1 month → 28/2/2025 (Friday)
        assertThat(CivilCodePeriod.months(1).lastDay(d(2025, 1, 31), VN)).isEqualTo(d(2025, 2, 28));
        // 29/2/2024 + 1 year → 28/2/2025
        assertThat(CivilCodePeriod.years(1).lastDay(d(2024, 2, 29), VN)).isEqualTo(d(2025, 2, 28));
    }

    @Test
    void should_count_working_days_when_the_unit_says_so() {
        // Friday 15/11/2024 + 10 working days → Friday 29/11
        assertThat(CivilCodePeriod.workingDays(10).lastDay(d(2024, 11, 15), VN)).isEqualTo(d(2024, 11, 29));
    }

    @Test
    void should_refuse_an_empty_period() {
        assertThatThrownBy(() -> CivilCodePeriod.days(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void should_describe_itself_in_both_languages() {
        assertThat(CivilCodePeriod.workingDays(10).describe().vi()).isEqualTo("10 ngày làm việc");
        assertThat(CivilCodePeriod.months(1).describe().en()).isEqualTo("1 month");
    }
}
