package vn.dialogue.calendar;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The edges of the working calendar and the lunar calendar: the first and last supported years, a year's last
 * working day, make-up days pushed across New Year, notices that grant or cancel days, and which version of a rule
 * names a holiday.
 */
class CalendarEdgeCasesTest {

    private static final WeeklyRest WEEKEND = new WeeklyRest(Set.of(SATURDAY, SUNDAY), Validity.always(), "tuần 40 giờ");

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static HolidayRule solar(String id, String name, int month, int day, Validity validity) {
        return new HolidayRule(id, name, new HolidayRule.SolarDays(MonthDay.of(month, day), 1), validity, "nguồn " + id);
    }

    private static WorkingCalendar calendar(List<HolidayRule> holidays, List<MakeUpRule> makeUp, List<OfficialNotice> notices) {
        return WorkingCalendar.of(new CalendarRules(holidays, List.of(WEEKEND), makeUp), notices);
    }

    @Nested
    class MakeUpDays {

        @Test
        void should_give_the_make_up_day_in_january_when_a_holiday_on_31_december_falls_on_a_saturday() {
            // GIVEN a province's holiday on 31/12; 31/12/2022 is a Saturday and 1/1/2023 a Sunday
            WorkingCalendar cal = calendar(List.of(solar("cuoi-nam", "Cuối năm", 12, 31, Validity.always())),
                    List.of(new MakeUpRule(Validity.always(), "luật nghỉ bù")), List.of());
            // WHEN / THEN the make-up day is the first working day after it, in the next year
            assertThat(cal.isWorkingDay(d(2023, 1, 2))).isFalse();
            assertThat(cal.holidayOn(d(2023, 1, 2))).hasValueSatisfying(h -> {
                assertThat(h.kind()).isEqualTo(Holiday.Kind.MAKE_UP_DAY);
                assertThat(h.name()).isEqualTo("Nghỉ bù Cuối năm");
                assertThat(h.rule()).isEqualTo(Holiday.MAKE_UP_RULE);
                assertThat(h.source()).isEqualTo("luật nghỉ bù");
            });
            assertThat(cal.holidays(2023)).extracting(Holiday::date).containsExactly(d(2023, 1, 2), d(2023, 12, 31));
            assertThat(cal.isWorkingDay(d(2023, 1, 3))).isTrue();
            // and the year of the holiday itself has no make-up day of its own
            assertThat(cal.holidays(2022)).extracting(Holiday::date).containsExactly(d(2022, 12, 31));
        }

        @Test
        void should_give_no_make_up_day_when_no_make_up_rule_is_in_force_on_the_holiday() {
            // GIVEN make-up days only from 2023; 31/12/2022 is a Saturday
            WorkingCalendar cal = calendar(List.of(solar("cuoi-nam", "Cuối năm", 12, 31, Validity.always())),
                    List.of(new MakeUpRule(Validity.from(d(2023, 1, 1)), "luật mới")), List.of());
            // THEN Monday 2/1/2023 is worked
            assertThat(cal.isWorkingDay(d(2023, 1, 2))).isTrue();
            assertThat(cal.holidays(2023)).extracting(Holiday::date).containsExactly(d(2023, 12, 31));
            // but 31/12/2023, a Sunday, gives Monday 1/1/2024
            assertThat(cal.holidayOn(d(2024, 1, 1))).map(Holiday::source).hasValue("luật mới");
        }

        @Test
        void should_name_the_make_up_rule_in_force_when_the_rules_changed() {
            // GIVEN Vietnam's rules without notices: 2/9/2018 (2012 code) and 1/5/2021 (2019 code) fell on weekends
            WorkingCalendar cal = WorkingCalendar.of(CalendarRules.vietnam(), List.of());
            // THEN each make-up day names the code in force on its holiday
            assertThat(cal.holidayOn(d(2018, 9, 3))).map(Holiday::source).hasValue("Bộ luật Lao động 2012, Điều 115 khoản 3");
            assertThat(cal.holidayOn(d(2021, 5, 3))).map(Holiday::source).hasValue("Bộ luật Lao động 2019, Điều 111 khoản 3");
        }

        @Test
        void should_give_no_make_up_day_when_a_notice_makes_the_holiday_a_working_day() {
            // GIVEN 31/12/2022 (a Saturday) declared a working day by a notice
            OfficialNotice notice = new OfficialNotice("01/TB-UBND", "UBND tỉnh", "Làm việc", "nguồn",
                    List.of(), List.of(new OfficialNotice.WorkingDay(d(2022, 12, 31), "Làm việc cuối năm")), List.of());
            WorkingCalendar cal = calendar(List.of(solar("cuoi-nam", "Cuối năm", 12, 31, Validity.always())),
                    List.of(new MakeUpRule(Validity.always(), "luật nghỉ bù")), List.of(notice));
            // THEN the Saturday is worked and no make-up day follows
            assertThat(cal.isWorkingDay(d(2022, 12, 31))).isTrue();
            assertThat(cal.isWorkingDay(d(2023, 1, 2))).isTrue();
            assertThat(cal.holidayOn(d(2023, 1, 2))).isEmpty();
        }

        @Test
        void should_skip_a_day_a_notice_grants_off_when_placing_a_make_up_day() {
            // GIVEN 31/12/2022 (Saturday) a holiday, and Monday 2/1/2023 granted off by a notice
            OfficialNotice notice = new OfficialNotice("02/TB-UBND", "UBND tỉnh", "Nghỉ", "nguồn",
                    List.of(new OfficialNotice.DaysOff(d(2023, 1, 2), d(2023, 1, 2), "Nghỉ đầu năm")), List.of(), List.of());
            WorkingCalendar cal = calendar(List.of(solar("cuoi-nam", "Cuối năm", 12, 31, Validity.always())),
                    List.of(new MakeUpRule(Validity.always(), "luật nghỉ bù")), List.of(notice));
            // THEN the make-up day moves to Tuesday
            assertThat(cal.holidayOn(d(2023, 1, 2))).map(Holiday::kind).hasValue(Holiday.Kind.NOTICE_DAY_OFF);
            assertThat(cal.holidayOn(d(2023, 1, 3))).map(Holiday::kind).hasValue(Holiday.Kind.MAKE_UP_DAY);
            assertThat(cal.workingDayOnOrAfter(d(2023, 1, 2))).isEqualTo(d(2023, 1, 4));
        }
    }

    @Nested
    class Notices {

        private final OfficialNotice notice = new OfficialNotice("03/TB-UBND", "UBND tỉnh", "Nghỉ lễ hội", "nguồn",
                List.of(new OfficialNotice.DaysOff(d(2025, 3, 14), d(2025, 3, 16), "Lễ hội")), // Friday to Sunday
                List.of(new OfficialNotice.WorkingDay(d(2025, 3, 22), "Làm bù")), List.of()); // a Saturday

        @Test
        void should_list_a_weekday_granted_off_as_a_notice_day_and_leave_the_weekend_out() {
            WorkingCalendar cal = calendar(List.of(), List.of(), List.of(notice));
            assertThat(cal.holidays(2025)).singleElement().satisfies(h -> {
                assertThat(h.date()).isEqualTo(d(2025, 3, 14));
                assertThat(h.kind()).isEqualTo(Holiday.Kind.NOTICE_DAY_OFF);
                assertThat(h.rule()).isEqualTo(Holiday.NOTICE_RULE);
                assertThat(h.name()).isEqualTo("Lễ hội");
                assertThat(h.source()).isEqualTo("03/TB-UBND");
            });
            assertThat(cal.isWorkingDay(d(2025, 3, 14))).isFalse();
            assertThat(cal.isWorkingDay(d(2025, 3, 15))).isFalse();
            assertThat(cal.holidayOn(d(2025, 3, 15))).isEmpty();
            assertThat(cal.isWorkingDay(d(2025, 3, 22))).isTrue();
            assertThat(cal.holidayOn(d(2025, 3, 22))).isEmpty();
        }

        @Test
        void should_keep_the_notices_in_order_when_more_are_added() {
            WorkingCalendar base = calendar(List.of(), List.of(), List.of(notice));
            OfficialNotice later = new OfficialNotice("04/TB-UBND", "UBND tỉnh", "Đổi", "nguồn",
                    List.of(), List.of(new OfficialNotice.WorkingDay(d(2025, 3, 14), "Làm việc")), List.of());
            WorkingCalendar more = base.withNotices(List.of(later));
            assertThat(base.notices()).containsExactly(notice);
            assertThat(more.notices()).containsExactly(notice, later);
            // the later notice wins
            assertThat(more.isWorkingDay(d(2025, 3, 14))).isTrue();
            assertThat(base.isWorkingDay(d(2025, 3, 14))).isFalse();
        }

        @Test
        void should_name_the_rule_version_in_force_when_a_notice_sets_a_rule_s_days() {
            // GIVEN Tết 2020 (2012 code) set by a notice; Vietnam's rules list the 2019 version first
            OfficialNotice tet2020 = new OfficialNotice("05/TB-BNV", "Bộ Nội vụ", "Tết 2020", "nguồn",
                    List.of(), List.of(), List.of(new OfficialNotice.RuleDays("tet-am-lich", d(2020, 1, 23), d(2020, 1, 29))));
            WorkingCalendar cal = WorkingCalendar.of(CalendarRules.vietnam(), List.of(tet2020));
            // THEN the holiday names the 2012 code and the notice
            assertThat(cal.holidayOn(d(2020, 1, 23))).hasValueSatisfying(h -> {
                assertThat(h.source()).isEqualTo("Bộ luật Lao động 2012, Điều 115 khoản 1 điểm b; 05/TB-BNV");
                assertThat(h.rule()).isEqualTo("tet-am-lich");
            });
            assertThat(cal.holidays(2020)).filteredOn(h -> h.rule().equals("tet-am-lich")).hasSize(7);
        }
    }

    @Nested
    class SupportedYears {

        private final WorkingCalendar vn = WorkingCalendar.vietnam();

        @Test
        void should_answer_for_the_first_and_last_supported_years_and_refuse_beyond() {
            // no holiday rule before 1 May 2013 and Saturdays worked before October 1999: 1/1/1801 was a Thursday
            assertThat(vn.isWorkingDay(d(WorkingCalendar.MIN_YEAR, 1, 1))).isTrue();
            assertThat(vn.isWorkingDay(d(WorkingCalendar.MAX_YEAR, 12, 31))).isTrue(); // a Tuesday
            assertThat(vn.holidays(WorkingCalendar.MAX_YEAR)).isNotEmpty();
            assertThatThrownBy(() -> vn.isWorkingDay(d(WorkingCalendar.MIN_YEAR - 1, 12, 31)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("year " + (WorkingCalendar.MIN_YEAR - 1) + " is outside the calendar's range "
                            + WorkingCalendar.MIN_YEAR + "-" + WorkingCalendar.MAX_YEAR);
            assertThatThrownBy(() -> vn.holidays(WorkingCalendar.MAX_YEAR + 1))
                    .hasMessageContaining("year " + (WorkingCalendar.MAX_YEAR + 1) + " is outside");
        }

        @Test
        void should_say_how_far_back_when_counting_before_the_first_year() {
            LocalDate start = d(WorkingCalendar.MIN_YEAR, 1, 10);
            assertThatThrownBy(() -> vn.plusWorkingDays(start, -400))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(start + " minus 400 working days lies before " + WorkingCalendar.MIN_YEAR);
            assertThatThrownBy(() -> vn.plusWorkingDays(d(WorkingCalendar.MAX_YEAR, 12, 20), 30))
                    .hasMessage(d(WorkingCalendar.MAX_YEAR, 12, 20) + " plus 30 working days lies after " + WorkingCalendar.MAX_YEAR);
        }

        @Test
        void should_land_on_the_last_working_day_of_a_year_without_moving_to_the_next() {
            // 31/12/2024 is a Tuesday, worked
            assertThat(vn.plusWorkingDays(d(2024, 12, 30), 1)).isEqualTo(d(2024, 12, 31));
            assertThat(vn.plusWorkingDays(d(2024, 12, 28), 2)).isEqualTo(d(2024, 12, 31));
            assertThat(vn.plusWorkingDays(d(2024, 12, 31), 1)).isEqualTo(d(2025, 1, 2));
            // backwards onto the first working day of a year, and across it
            assertThat(vn.plusWorkingDays(d(2025, 1, 3), -1)).isEqualTo(d(2025, 1, 2));
            assertThat(vn.plusWorkingDays(d(2025, 1, 2), -1)).isEqualTo(d(2024, 12, 31));
            // every working day of 2024 counted from the last one of 2023
            LocalDate lastOf2023 = vn.workingDayOnOrBefore(d(2023, 12, 31));
            int in2024 = vn.workingDaysBetween(d(2023, 12, 31), d(2024, 12, 31));
            assertThat(vn.plusWorkingDays(lastOf2023, in2024)).isEqualTo(d(2024, 12, 31));
            assertThat(vn.plusWorkingDays(d(2024, 12, 31), -in2024)).isEqualTo(lastOf2023);
        }
    }

    @Nested
    class LunarEdges {

        @Test
        void should_convert_the_first_and_last_days_of_the_supported_lunar_years() {
            LocalDate first = LunarDate.newYearsDay(LunarDate.MIN_YEAR);
            assertThat(LunarDate.from(first)).isEqualTo(LunarDate.of(LunarDate.MIN_YEAR, 1, 1, false));
            assertThatThrownBy(() -> LunarDate.from(first.minusDays(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("date " + first.minusDays(1) + " lies outside the supported lunar years 1800-2199");
            assertThatThrownBy(() -> LunarDate.from(d(LunarDate.MIN_YEAR - 1, 12, 31))).hasMessageContaining("outside");

            // early January of the year after MIN_YEAR still belongs to lunar MIN_YEAR
            assertThat(LunarDate.from(d(LunarDate.MIN_YEAR + 1, 1, 1)).year()).isEqualTo(LunarDate.MIN_YEAR);

            // the last day of lunar MAX_YEAR lies in January or February of MAX_YEAR + 1
            LunarDate lastMonth = LunarDate.of(LunarDate.MAX_YEAR, 12, 1, false);
            LocalDate last = lastMonth.toLocalDate().plusDays(lastMonth.lengthOfMonth() - 1L);
            assertThat(last.getYear()).isEqualTo(LunarDate.MAX_YEAR + 1);
            assertThat(LunarDate.from(last)).isEqualTo(LunarDate.of(LunarDate.MAX_YEAR, 12, lastMonth.lengthOfMonth(), false));
            assertThat(LunarDate.from(d(LunarDate.MAX_YEAR + 1, 1, 1)).year()).isEqualTo(LunarDate.MAX_YEAR);
            assertThatThrownBy(() -> LunarDate.from(last.plusDays(1)))
                    .hasMessage("date " + last.plusDays(1) + " lies outside the supported lunar years 1800-2199");
            assertThatThrownBy(() -> LunarDate.from(d(LunarDate.MAX_YEAR + 2, 1, 1))).hasMessageContaining("outside");
        }

        @Test
        void should_accept_the_last_day_of_a_month_and_refuse_the_day_after() {
            for (int month = 1; month <= 12; month++) {
                LunarDate first = LunarDate.of(2024, month, 1, false);
                int length = first.lengthOfMonth();
                assertThat(length).isBetween(29, 30);
                assertThat(LunarDate.of(2024, month, length, false).toLocalDate())
                        .isEqualTo(first.toLocalDate().plusDays(length - 1L));
                if (length == 29) {
                    int m = month;
                    assertThatThrownBy(() -> LunarDate.of(2024, m, 30, false))
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessage("lunar month " + m + " of 2024 has 29 days, so day 30 does not exist");
                }
            }
            // a leap month: 2023 repeats month 2
            LunarDate leap = LunarDate.of(2023, 2, 1, true);
            if (leap.lengthOfMonth() == 29) {
                assertThatThrownBy(() -> LunarDate.of(2023, 2, 30, true)).hasMessage("lunar leap month 2 of 2023 has 29 days, so day 30 does not exist");
            }
            assertThat(LunarDate.from(leap.toLocalDate())).isEqualTo(leap);
        }

        @Test
        void should_find_the_right_working_day_for_every_day_of_a_year_s_index() {
            // the n-th working day of a year, found by the binary search, is a working day and has n-1 before it
            WorkingCalendar vn = WorkingCalendar.vietnam();
            LocalDate day = vn.workingDayOnOrAfter(d(2024, 1, 1));
            for (int n = 1; n <= 30; n++) {
                assertThat(vn.isWorkingDay(day)).isTrue();
                assertThat(vn.workingDaysBetween(d(2023, 12, 31), day)).isEqualTo(n);
                day = vn.plusWorkingDays(day, 1);
            }
            assertThat(DayOfWeek.from(day)).isNotIn(SATURDAY, SUNDAY);
        }
    }
}
