package vn.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final WorkingCalendar VN = WorkingCalendar.vietnam();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Nested
    class Weekends {

        @Test
        void should_not_work_on_saturday_or_sunday_when_no_notice_says_so() {
            assertThat(VN.isWorkingDay(d(2024, 11, 16))).isFalse(); // Saturday
            assertThat(VN.isWorkingDay(d(2024, 11, 17))).isFalse(); // Sunday
            assertThat(VN.isWorkingDay(d(2024, 11, 18))).isTrue(); // Monday
        }

        @Test
        void should_work_saturdays_when_before_the_40_hour_week() {
            assertThat(VN.isWorkingDay(d(1999, 9, 25))).isTrue(); // Saturday before 2/10/1999
            assertThat(VN.isWorkingDay(d(1999, 10, 9))).isFalse(); // Saturday after
        }
    }

    @Nested
    class StatutoryHolidays {

        @Test
        void should_list_labour_code_2019_holidays_when_year_is_2025() {
            // GIVEN 2025 without the Government's decision: the rules and defaults apply
            List<Holiday> holidays = WorkingCalendar.of(CalendarRules.vietnam(), List.of()).holidays(2025);
            // THEN
            assertThat(holidays).extracting(Holiday::date, Holiday::rule).containsExactly(
                    tuple(d(2025, 1, 1), "tet-duong-lich"),
                    tuple(d(2025, 1, 28), "tet-am-lich"), // last day of the lunar year
                    tuple(d(2025, 1, 29), "tet-am-lich"),
                    tuple(d(2025, 1, 30), "tet-am-lich"),
                    tuple(d(2025, 1, 31), "tet-am-lich"),
                    tuple(d(2025, 2, 1), "tet-am-lich"), // 4th of month 1, a Saturday
                    tuple(d(2025, 2, 3), "nghi-bu"), // make-up on Monday
                    tuple(d(2025, 4, 7), "gio-to"),
                    tuple(d(2025, 4, 30), "chien-thang"),
                    tuple(d(2025, 5, 1), "quoc-te-lao-dong"),
                    tuple(d(2025, 9, 1), "quoc-khanh-lien-ke"), // 2/9 is a Tuesday: Monday joins the weekend
                    tuple(d(2025, 9, 2), "quoc-khanh"));
            assertThat(holidays.get(0).name()).isEqualTo("Tết Dương lịch");
            assertThat(holidays.get(0).source()).isEqualTo("Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a");
            assertThat(holidays.get(6).name()).isEqualTo("Nghỉ bù Tết Âm lịch");
            assertThat(holidays.get(6).kind()).isEqualTo(Holiday.Kind.MAKE_UP_DAY);
            assertThat(holidays.get(6).source()).isEqualTo("Bộ luật Lao động 2019, Điều 111 khoản 3");
        }

        @Test
        void should_add_24_november_when_from_july_2026() {
            assertThat(VN.holidayOn(d(2026, 11, 24))).hasValueSatisfying(h -> {
                assertThat(h.name()).isEqualTo("Ngày Văn hóa Việt Nam");
                assertThat(h.rule()).isEqualTo("ngay-van-hoa");
            });
            assertThat(VN.isWorkingDay(d(2026, 11, 24))).isFalse();
            assertThat(VN.holidayOn(d(2025, 11, 24))).isEmpty();
            assertThat(VN.isWorkingDay(d(2025, 11, 24))).isTrue();
        }

        @Test
        void should_give_2_september_one_day_when_under_the_labour_code_2012() {
            assertThat(VN.holidays(2019)).extracting(Holiday::date)
                    .contains(d(2019, 9, 2)).doesNotContain(d(2019, 9, 1), d(2019, 9, 3));
            assertThat(VN.holidays(2019).get(0).source()).startsWith("Bộ luật Lao động 2012");
        }

        @Test
        void should_give_no_holidays_when_before_any_encoded_law() {
            assertThat(VN.holidays(2010)).isEmpty();
            assertThat(VN.isWorkingDay(d(2010, 9, 2))).isTrue();
        }

        @Test
        void should_chain_make_up_days_when_several_holidays_fall_on_a_weekend() {
            // 2023: Giỗ Tổ on Saturday 29/4 and 30/4 on Sunday: make-up Tuesday 2/5 and Wednesday 3/5 (1/5 is itself off)
            assertThat(VN.holidays(2023)).filteredOn(h -> h.kind() == Holiday.Kind.MAKE_UP_DAY)
                    .extracting(Holiday::date, Holiday::name)
                    .contains(tuple(d(2023, 5, 2), "Nghỉ bù Giỗ Tổ Hùng Vương"),
                            tuple(d(2023, 5, 3), "Nghỉ bù Ngày Chiến thắng"));
        }

        @Test
        void should_pick_the_companion_day_of_2_september_by_weekday_when_no_notice() {
            assertThat(VN.holidayOn(d(2024, 9, 3))).hasValueSatisfying(h -> assertThat(h.rule()).isEqualTo("quoc-khanh-lien-ke")); // Mon → Tue
            assertThat(VN.holidayOn(d(2022, 9, 1))).hasValueSatisfying(h -> assertThat(h.rule()).isEqualTo("quoc-khanh-lien-ke")); // Fri → Thu
            assertThat(VN.holidayOn(d(2021, 9, 3))).hasValueSatisfying(h -> assertThat(h.rule()).isEqualTo("quoc-khanh-lien-ke")); // Thu → Fri
        }
    }

    @Nested
    class Notices {

        @Test
        void should_swap_29_april_and_4_may_when_2024_notice_applies() {
            assertThat(VN.isWorkingDay(d(2024, 4, 29))).isFalse();
            assertThat(VN.holidayOn(d(2024, 4, 29))).hasValueSatisfying(h -> {
                assertThat(h.kind()).isEqualTo(Holiday.Kind.NOTICE_DAY_OFF);
                assertThat(h.source()).isEqualTo("Công văn 2450/VPCP-KGVX");
            });
            assertThat(VN.isWorkingDay(d(2024, 5, 4))).isTrue(); // a Saturday, worked
            assertThat(VN.isWorkingDay(d(2024, 5, 5))).isFalse(); // Sunday stays off
        }

        @Test
        void should_take_tet_monday_to_friday_when_2026_notice_applies() {
            assertThat(VN.holidays(2026)).filteredOn(h -> h.rule().equals("tet-am-lich"))
                    .extracting(Holiday::date)
                    .containsExactly(d(2026, 2, 16), d(2026, 2, 17), d(2026, 2, 18), d(2026, 2, 19), d(2026, 2, 20));
            assertThat(VN.holidayOn(d(2026, 2, 16)).orElseThrow().source()).contains("Thông báo 9441/TB-BNV");
            assertThat(VN.isWorkingDay(d(2026, 2, 13))).isTrue();
            assertThat(VN.isWorkingDay(d(2026, 2, 23))).isTrue();
        }

        @Test
        void should_replace_default_tet_days_when_a_host_notice_sets_them() {
            // GIVEN the 2024 Tết decision: 8/2 (28 Chạp) to 12/2 are the five Tết days
            OfficialNotice tet2024 = new OfficialNotice("Thông báo thử", "Bộ thử", "", "test", List.of(), List.of(),
                    List.of(new OfficialNotice.RuleDays("tet-am-lich", d(2024, 2, 8), d(2024, 2, 12))));
            WorkingCalendar bare = WorkingCalendar.of(CalendarRules.vietnam(), List.of());
            WorkingCalendar calendar = bare.withNotices(List.of(tet2024));
            // THEN the default days are replaced, and the weekend Tết days still get make-up days 13/2 and 14/2
            assertThat(calendar.holidays(2024)).filteredOn(h -> h.date().getMonthValue() == 2)
                    .extracting(Holiday::date, Holiday::rule).containsExactly(
                            tuple(d(2024, 2, 8), "tet-am-lich"), tuple(d(2024, 2, 9), "tet-am-lich"),
                            tuple(d(2024, 2, 10), "tet-am-lich"), tuple(d(2024, 2, 11), "tet-am-lich"),
                            tuple(d(2024, 2, 12), "tet-am-lich"),
                            tuple(d(2024, 2, 13), "nghi-bu"), tuple(d(2024, 2, 14), "nghi-bu"));
            assertThat(calendar.isWorkingDay(d(2024, 2, 15))).isTrue();
            // AND the original calendar is unchanged
            assertThat(bare.isWorkingDay(d(2024, 2, 15))).isFalse();
        }

        @Test
        void should_let_a_later_notice_win_when_two_disagree_about_a_day() {
            OfficialNotice off = new OfficialNotice("A", "Tỉnh", "", "test",
                    List.of(new OfficialNotice.DaysOff(d(2025, 6, 2), d(2025, 6, 2), "Nghỉ")), List.of(), List.of());
            OfficialNotice work = new OfficialNotice("B", "Tỉnh", "", "test", List.of(),
                    List.of(new OfficialNotice.WorkingDay(d(2025, 6, 2), "Đi làm")), List.of());
            assertThat(VN.withNotices(List.of(off)).isWorkingDay(d(2025, 6, 2))).isFalse();
            assertThat(VN.withNotices(List.of(off, work)).isWorkingDay(d(2025, 6, 2))).isTrue();
            assertThat(VN.withNotices(List.of(work, off)).isWorkingDay(d(2025, 6, 2))).isFalse();
        }

        @Test
        void should_refuse_a_notice_when_it_names_an_unknown_rule() {
            OfficialNotice typo = new OfficialNotice("X", "Y", "", "test", List.of(), List.of(),
                    List.of(new OfficialNotice.RuleDays("tet-am-lic", d(2025, 1, 27), d(2025, 1, 31))));
            assertThatThrownBy(() -> VN.withNotices(List.of(typo)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'tet-am-lic'")
                    .hasMessageContaining("tet-am-lich");
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void should_skip_weekends_and_holidays_when_adding_working_days() {
            assertThat(VN.plusWorkingDays(d(2024, 11, 15), 1)).isEqualTo(d(2024, 11, 18)); // Fri → Mon
            assertThat(VN.plusWorkingDays(d(2024, 11, 18), -1)).isEqualTo(d(2024, 11, 15));
            assertThat(VN.plusWorkingDays(d(2024, 11, 19), -5)).isEqualTo(d(2024, 11, 12));
            assertThat(VN.plusWorkingDays(d(2024, 4, 26), 1)).isEqualTo(d(2024, 5, 2)); // over 27/4-1/5
            assertThat(VN.plusWorkingDays(d(2024, 5, 2), -1)).isEqualTo(d(2024, 4, 26));
            assertThat(VN.plusWorkingDays(d(2024, 5, 3), 1)).isEqualTo(d(2024, 5, 4)); // the worked Saturday
        }

        @Test
        void should_count_from_the_next_working_day_when_starting_on_a_rest_day() {
            assertThat(VN.plusWorkingDays(d(2024, 11, 16), 1)).isEqualTo(d(2024, 11, 18)); // Sat +1 → Mon
            assertThat(VN.plusWorkingDays(d(2024, 11, 16), -1)).isEqualTo(d(2024, 11, 15)); // Sat -1 → Fri
            assertThat(VN.plusWorkingDays(d(2024, 11, 16), 0)).isEqualTo(d(2024, 11, 16));
        }

        @Test
        void should_cross_years_when_the_count_is_large() {
            LocalDate start = d(2024, 12, 30);
            LocalDate later = VN.plusWorkingDays(start, 300);
            assertThat(later.getYear()).isEqualTo(2026);
            assertThat(VN.workingDaysBetween(start, later)).isEqualTo(300);
            assertThat(VN.plusWorkingDays(later, -300)).isEqualTo(start);
        }

        @Test
        void should_find_working_days_on_or_around_a_day() {
            assertThat(VN.workingDayOnOrAfter(d(2024, 9, 2))).isEqualTo(d(2024, 9, 4));
            assertThat(VN.workingDayOnOrBefore(d(2024, 9, 3))).isEqualTo(d(2024, 8, 30));
            assertThat(VN.workingDayOnOrAfter(d(2024, 9, 4))).isEqualTo(d(2024, 9, 4));
        }

        @Test
        void should_refuse_years_outside_the_range() {
            assertThatThrownBy(() -> VN.isWorkingDay(d(2200, 1, 1))).hasMessageContaining("outside the calendar's range");
            assertThatThrownBy(() -> VN.plusWorkingDays(d(2199, 12, 1), 100)).hasMessageContaining("lies after 2199");
            assertThatThrownBy(() -> VN.holidays(1700)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
