package vn.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each holiday period of 2024-2026 holds the days the Government decided (the notices shipped in
 * {@code vn/dialogue/calendar/notices/}, each citing its document): every day of the period's
 * weeks is checked, days off and swapped working Saturdays alike, and the period is decided (or,
 * where no decision was found, provisional).
 */
class GovernmentDecisions2024To2026Test {

    private static final WorkingCalendar VN = WorkingCalendar.vietnam();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** The days off from {@code from} to {@code to}, both included. */
    private static List<LocalDate> daysOff(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).filter(x -> !VN.isWorkingDay(x)).toList();
    }

    private static List<LocalDate> range(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    private static void decided(String period, int year) {
        assertThat(VN.isDecided(period, year)).as(period + " " + year + " decided").isTrue();
        assertThat(VN.provisionalPeriods(year)).extracting(p -> p.period().id()).doesNotContain(period);
    }

    private static void provisional(String period, int year, LocalDate day) {
        assertThat(VN.isDecided(period, year)).isFalse();
        assertThat(VN.provisionalOn(day)).hasValueSatisfying(p -> {
            assertThat(p.period().id()).isEqualTo(period);
            assertThat(p.year()).isEqualTo(year);
        });
    }

    @Nested
    class Year2024 {

        @Test
        void tet_duong_lich_is_monday_1_january_and_provisional_for_want_of_a_decision() {
            assertThat(daysOff(d(2023, 12, 30), d(2024, 1, 7)))
                    .containsExactly(d(2023, 12, 30), d(2023, 12, 31), d(2024, 1, 1), d(2024, 1, 6), d(2024, 1, 7));
            provisional("tet-duong-lich", 2024, d(2024, 1, 1));
        }

        @Test
        void tet_is_8_to_14_february_with_five_tet_days_from_29_chap_and_two_make_up_days() {
            // Công văn 8662/VPCP-KGVX: 8/2 to 14/2/2024, split by Thông báo 5015/TB-LĐTBXH into 5 Tết days
            // (8/2 to 12/2) and 2 make-up days (13/2, 14/2); weekends 3-4/2 and 17-18/2
            assertThat(daysOff(d(2024, 2, 3), d(2024, 2, 18))).containsExactlyElementsOf(
                    concat(range(d(2024, 2, 3), d(2024, 2, 4)), range(d(2024, 2, 8), d(2024, 2, 14)),
                            range(d(2024, 2, 17), d(2024, 2, 18))));
            assertThat(VN.holidays(2024)).filteredOn(h -> h.rule().equals("tet-am-lich")).extracting(Holiday::date)
                    .containsExactlyElementsOf(range(d(2024, 2, 8), d(2024, 2, 12)));
            assertThat(VN.holidayOn(d(2024, 2, 14))).hasValueSatisfying(h -> assertThat(h.kind()).isEqualTo(Holiday.Kind.MAKE_UP_DAY));
            decided("tet-am-lich", 2024);
        }

        @Test
        void gio_to_is_thursday_18_april_and_provisional_for_want_of_a_decision() {
            assertThat(daysOff(d(2024, 4, 15), d(2024, 4, 19))).containsExactly(d(2024, 4, 18));
            provisional("gio-to", 2024, d(2024, 4, 18));
        }

        @Test
        void thirty_april_is_27_april_to_1_may_with_saturday_4_may_worked() {
            // Công văn 2450/VPCP-KGVX: Monday 29/4 swapped for Saturday 4/5
            assertThat(daysOff(d(2024, 4, 27), d(2024, 5, 5)))
                    .containsExactlyElementsOf(concat(range(d(2024, 4, 27), d(2024, 5, 1)), List.of(d(2024, 5, 5))));
            assertThat(VN.isWorkingDay(d(2024, 5, 4))).isTrue();
            decided("chien-thang-lao-dong", 2024);
        }

        @Test
        void quoc_khanh_is_31_august_to_3_september() {
            assertThat(daysOff(d(2024, 8, 30), d(2024, 9, 6))).containsExactlyElementsOf(range(d(2024, 8, 31), d(2024, 9, 3)));
            decided("quoc-khanh", 2024);
        }
    }

    @Nested
    class Year2025 {

        @Test
        void tet_duong_lich_is_wednesday_1_january_decided_to_follow_the_labour_code() {
            assertThat(daysOff(d(2024, 12, 30), d(2025, 1, 3))).containsExactly(d(2025, 1, 1));
            decided("tet-duong-lich", 2025);
        }

        @Test
        void tet_is_25_january_to_2_february_with_five_tet_days_from_28_chap() {
            // Công văn 8726/VPCP-KGVX: nine days, 5 Tết days and the two weekends; no make-up day
            assertThat(daysOff(d(2025, 1, 24), d(2025, 2, 3))).containsExactlyElementsOf(range(d(2025, 1, 25), d(2025, 2, 2)));
            assertThat(VN.holidays(2025)).filteredOn(h -> h.rule().equals("tet-am-lich")).extracting(Holiday::date)
                    .containsExactlyElementsOf(range(d(2025, 1, 27), d(2025, 1, 31)));
            assertThat(VN.holidays(2025)).extracting(Holiday::rule).doesNotContain(Holiday.MAKE_UP_RULE);
            decided("tet-am-lich", 2025);
        }

        @Test
        void gio_to_is_monday_7_april() {
            assertThat(daysOff(d(2025, 4, 4), d(2025, 4, 8))).containsExactlyElementsOf(range(d(2025, 4, 5), d(2025, 4, 7)));
            decided("gio-to", 2025);
        }

        @Test
        void thirty_april_is_30_april_to_4_may_with_saturday_26_april_worked() {
            assertThat(VN.isWorkingDay(d(2025, 4, 26))).isTrue();
            assertThat(daysOff(d(2025, 4, 26), d(2025, 5, 5))).containsExactlyElementsOf(
                    concat(List.of(d(2025, 4, 27)), range(d(2025, 4, 30), d(2025, 5, 4))));
            assertThat(VN.holidayOn(d(2025, 5, 2))).hasValueSatisfying(h -> {
                assertThat(h.kind()).isEqualTo(Holiday.Kind.NOTICE_DAY_OFF);
                assertThat(h.source()).isEqualTo("Công văn 8726/VPCP-KGVX");
            });
            decided("chien-thang-lao-dong", 2025);
        }

        @Test
        void quoc_khanh_is_30_august_to_2_september_with_monday_1_september_next_to_it() {
            assertThat(daysOff(d(2025, 8, 29), d(2025, 9, 3))).containsExactlyElementsOf(range(d(2025, 8, 30), d(2025, 9, 2)));
            assertThat(VN.holidayOn(d(2025, 9, 1))).hasValueSatisfying(h -> assertThat(h.rule()).isEqualTo("quoc-khanh-lien-ke"));
            decided("quoc-khanh", 2025);
        }

        @Test
        void no_period_of_2025_is_provisional() {
            assertThat(VN.provisionalPeriods(2025)).isEmpty();
        }
    }

    @Nested
    class Year2026 {

        @Test
        void tet_duong_lich_is_1_to_4_january_with_saturday_10_january_worked() {
            // Công văn 12729/VPCP-KGVX: Friday 2/1 swapped for Saturday 10/1
            assertThat(daysOff(d(2025, 12, 31), d(2026, 1, 11)))
                    .containsExactlyElementsOf(concat(range(d(2026, 1, 1), d(2026, 1, 4)), List.of(d(2026, 1, 11))));
            assertThat(VN.isWorkingDay(d(2026, 1, 10))).isTrue();
            decided("tet-duong-lich", 2026);
        }

        @Test
        void tet_is_14_to_22_february_with_five_tet_days_from_29_chap() {
            // Thông báo 9441/TB-BNV: Monday 16/2 to Friday 20/2 and the two weekends
            assertThat(daysOff(d(2026, 2, 13), d(2026, 2, 23))).containsExactlyElementsOf(range(d(2026, 2, 14), d(2026, 2, 22)));
            decided("tet-am-lich", 2026);
        }

        @Test
        void gio_to_is_25_to_27_april_and_provisional_for_want_of_a_decision() {
            assertThat(daysOff(d(2026, 4, 24), d(2026, 4, 28))).containsExactlyElementsOf(range(d(2026, 4, 25), d(2026, 4, 27)));
            provisional("gio-to", 2026, d(2026, 4, 27));
        }

        @Test
        void thirty_april_is_30_april_to_3_may_and_provisional_for_want_of_a_decision() {
            assertThat(daysOff(d(2026, 4, 29), d(2026, 5, 4))).containsExactlyElementsOf(range(d(2026, 4, 30), d(2026, 5, 3)));
            assertThat(VN.isDecided("chien-thang-lao-dong", 2026)).isFalse();
        }

        @Test
        void quoc_khanh_is_29_august_to_2_september_with_saturday_22_august_worked() {
            // Thông báo 9441/TB-BNV: 2/9 and Tuesday 1/9; Monday 31/8 swapped for Saturday 22/8
            assertThat(VN.isWorkingDay(d(2026, 8, 22))).isTrue();
            assertThat(daysOff(d(2026, 8, 22), d(2026, 9, 3))).containsExactlyElementsOf(
                    concat(List.of(d(2026, 8, 23)), range(d(2026, 8, 29), d(2026, 9, 2))));
            assertThat(VN.holidayOn(d(2026, 9, 1))).hasValueSatisfying(h -> assertThat(h.rule()).isEqualTo("quoc-khanh-lien-ke"));
            assertThat(VN.holidayOn(d(2026, 9, 3))).isEmpty();
            decided("quoc-khanh", 2026);
        }

        @Test
        void ngay_van_hoa_is_tuesday_24_november_and_provisional() {
            assertThat(daysOff(d(2026, 11, 23), d(2026, 11, 27))).containsExactly(d(2026, 11, 24));
            provisional("ngay-van-hoa", 2026, d(2026, 11, 24));
        }
    }

    @SafeVarargs
    private static List<LocalDate> concat(List<LocalDate>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
