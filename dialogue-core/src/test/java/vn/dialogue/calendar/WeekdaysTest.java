package vn.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Weekday names as Vietnamese documents write them, and in English. */
class WeekdaysTest {

    @Test
    void every_weekday_has_its_vietnamese_long_and_short_name_and_its_english_one() {
        assertThat(Arrays.stream(DayOfWeek.values()).map(Weekdays::vi))
                .containsExactly("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật");
        assertThat(Arrays.stream(DayOfWeek.values()).map(Weekdays::viShort))
                .containsExactly("T2", "T3", "T4", "T5", "T6", "T7", "CN");
        assertThat(Arrays.stream(DayOfWeek.values()).map(Weekdays::en))
                .containsExactly("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
        assertThat(Arrays.stream(DayOfWeek.values()).map(Weekdays::enShort))
                .containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    }

    @Test
    void a_missing_weekday_is_refused_by_name() {
        assertThatThrownBy(() -> Weekdays.vi(null)).isInstanceOf(NullPointerException.class).hasMessage("day");
        assertThatThrownBy(() -> Weekdays.viShort(null)).isInstanceOf(NullPointerException.class).hasMessage("day");
        assertThatThrownBy(() -> Weekdays.en(null)).isInstanceOf(NullPointerException.class).hasMessage("day");
    }
}
