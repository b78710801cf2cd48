package vn.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Provisional periods: which undecided periods a day or a range of days depends on, and how a notice settles one. */
class ProvisionalPeriodsTest {

    private static final WorkingCalendar VN = WorkingCalendar.vietnam();
    private static final LocalDate BASE = LocalDate.of(2023, 1, 1);

    private static LocalDate day(int offset) {
        return BASE.plusDays(offset);
    }

    @Property
    void a_range_depends_on_a_period_whichever_way_it_is_given(@ForAll @IntRange(min = 0, max = 2500) int a,
                                                               @ForAll @IntRange(min = 0, max = 400) int length) {
        assertThat(VN.provisionalBetween(day(a), day(a + length))).isEqualTo(VN.provisionalBetween(day(a + length), day(a)));
    }

    @Property
    void a_wider_range_depends_on_every_period_a_narrower_one_does(@ForAll @IntRange(min = 1, max = 2500) int a,
                                                                   @ForAll @IntRange(min = 0, max = 200) int length) {
        assertThat(VN.provisionalBetween(day(a - 1), day(a + length + 1))).containsAll(VN.provisionalBetween(day(a), day(a + length)));
    }

    @Property
    void a_day_is_provisional_exactly_when_a_period_of_its_year_or_a_neighbour_holds_it(
            @ForAll @IntRange(min = 0, max = 2900) int offset) {
        LocalDate d = day(offset);
        boolean held = false;
        for (int y = d.getYear() - 1; y <= d.getYear() + 1; y++) {
            held |= VN.provisionalPeriods(y).stream().anyMatch(p -> p.contains(d));
        }
        assertThat(VN.isProvisional(d)).isEqualTo(held);
    }

    @Test
    void an_undecided_period_spans_two_weeks_either_side_of_its_default_days() {
        // GIVEN 2027, which no shipped notice decides
        List<ProvisionalPeriod> periods = VN.provisionalPeriods(2027);
        assertThat(periods).extracting(p -> p.period().id()).containsExactly("tet-duong-lich", "tet-am-lich", "gio-to",
                "chien-thang-lao-dong", "quoc-khanh", "ngay-van-hoa");
        ProvisionalPeriod qk = periods.get(4);
        // 2/9/2027 is a Thursday: the default adjacent day is Friday 3/9
        assertThat(qk.defaultDays()).containsExactly(LocalDate.of(2027, 9, 2), LocalDate.of(2027, 9, 3));
        assertThat(qk.from()).isEqualTo(LocalDate.of(2027, 8, 19));
        assertThat(qk.to()).isEqualTo(LocalDate.of(2027, 9, 17));
        assertThat(VN.provisionalOn(LocalDate.of(2027, 9, 17))).contains(qk);
        assertThat(VN.provisionalOn(LocalDate.of(2027, 9, 18))).isEmpty();
        assertThat(qk.describe().vi()).isEqualTo("Quốc khánh 2/9 năm 2027: Chính phủ chưa quyết định; ngày nghỉ tạm tính theo luật "
                + "(02/09/2027-03/09/2027)");
        assertThat(qk.describe().en()).isEqualTo("National Day (2 September) 2027: not yet decided by the Government; days off "
                + "provisionally follow the law (2027-09-02 to 2027-09-03)");
        // a period with one day names it once
        assertThat(periods.get(0).describe().vi()).endsWith("(01/01/2027)");
        // a window reaches into the year before: Tết Dương lịch 2027 from 18/12/2026
        assertThat(VN.provisionalOn(LocalDate.of(2026, 12, 18))).hasValueSatisfying(p -> assertThat(p.year()).isEqualTo(2027));
        assertThat(VN.provisionalOn(LocalDate.of(2026, 12, 17))).isEmpty();
    }

    @Test
    void a_notice_that_decides_a_period_makes_it_final_even_without_changing_a_day() {
        // GIVEN the province's notice that 30/4-1/5/2027 follows the Labour Code
        OfficialNotice keep = new OfficialNotice("Thông báo 1/TB-UBND", "UBND tỉnh", LocalDate.of(2027, 3, 1), "", "test",
                List.of(), List.of(), List.of(), List.of(new OfficialNotice.Decision("chien-thang-lao-dong", 2027)));
        WorkingCalendar calendar = VN.withNotices(List.of(keep));
        assertThat(calendar.isDecided("chien-thang-lao-dong", 2027)).isTrue();
        // 30/4 still lies in the weeks around Giỗ Tổ (16/4/2027), which stays undecided
        assertThat(calendar.provisionalBetween(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 4, 30)))
                .extracting(p -> p.period().id()).containsExactly("gio-to");
        assertThat(calendar.holidays(2027)).isEqualTo(VN.holidays(2027));
        // AND the shipped calendar is unchanged
        assertThat(VN.provisionalBetween(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 4, 30)))
                .extracting(p -> p.period().id()).containsExactly("gio-to", "chien-thang-lao-dong");
    }

    @Test
    void setting_a_rules_days_decides_its_period_for_that_year() {
        OfficialNotice tet = new OfficialNotice("TB 2", "Bộ Nội vụ", "", "test", List.of(), List.of(),
                List.of(new OfficialNotice.RuleDays("tet-am-lich", LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 9))));
        WorkingCalendar calendar = VN.withNotices(List.of(tet));
        assertThat(calendar.isDecided("tet-am-lich", 2027)).isTrue();
        assertThat(calendar.isDecided("tet-am-lich", 2028)).isFalse();
        assertThat(calendar.provisionalPeriods(2027)).extracting(p -> p.period().id()).doesNotContain("tet-am-lich");
    }

    @Test
    void a_notice_deciding_an_unknown_period_or_an_impossible_year_is_refused() {
        OfficialNotice bad = new OfficialNotice("TB 3", "UBND", null, "", "test", List.of(), List.of(), List.of(),
                List.of(new OfficialNotice.Decision("tet-trung-thu", 2027)));
        assertThatThrownBy(() -> VN.withNotices(List.of(bad))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("notice TB 3 decides holiday period 'tet-trung-thu', which the calendar does not have");
        assertThatThrownBy(() -> new OfficialNotice.Decision("gio-to", 1700)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year 1700 is outside the calendar's range 1801-2199");
        assertThatThrownBy(() -> new OfficialNotice.Decision(" ", 2027)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_notice_file_reads_its_date_and_the_periods_it_decides() {
        String yaml = """
                notices:
                  - reference: "Thông báo 5/TB-UBND"
                    issuer: "UBND tỉnh"
                    date: 2027-03-02
                    source: "Công báo tỉnh"
                    decides:
                      - {period: gio-to, year: 2027}
                """;
        List<OfficialNotice> notices = OfficialNotices.parse(yaml, "tinh-2027.yaml");
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.date()).isEqualTo(LocalDate.of(2027, 3, 2));
            assertThat(n.decides()).containsExactly(new OfficialNotice.Decision("gio-to", 2027));
        });
        assertThat(VN.withNotices(notices).isDecided("gio-to", 2027)).isTrue();
        // a decision without its year names the field
        assertThatThrownBy(() -> OfficialNotices.parse(yaml.replace(", year: 2027", ""), "tinh-2027.yaml"))
                .isInstanceOf(NoticeFormatException.class)
                .satisfies(e -> assertThat(((NoticeFormatException) e).field()).startsWith("notices[0].decides[0]"));
    }

    @Test
    void a_host_adds_next_years_notice_as_a_file_without_a_release(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // GIVEN the README's example of a notice for Tết 2027, written to a file
        java.nio.file.Path file = dir.resolve("vn-2027.yaml");
        java.nio.file.Files.writeString(file, """
                notices:
                  - reference: "Thông báo 1234/TB-BNV"
                    issuer: "Bộ Nội vụ"
                    date: 2026-10-15
                    source: "where the text was read"
                    ruleDays:
                      - {rule: tet-am-lich, from: 2027-02-05, to: 2027-02-09}
                    daysOff:
                      - {from: 2027-02-12, to: 2027-02-12, name: "Nghỉ hoán đổi (làm bù thứ Bảy 20/2/2027)"}
                    workingDays:
                      - {date: 2027-02-20, name: "Làm bù cho thứ Sáu 12/2/2027"}
                    decides:
                      - {period: tet-am-lich, year: 2027}
                """);
        // WHEN the host loads it onto the shipped calendar
        WorkingCalendar calendar = VN.withNotices(OfficialNotices.read(file));
        // THEN Tết 2027 is decided and its days are the notice's: 5-9/2, make-up days 10-11/2 for the weekend
        // 6-7/2, Friday 12/2 swapped for Saturday 20/2, then the weekend
        assertThat(calendar.isDecided("tet-am-lich", 2027)).isTrue();
        assertThat(LocalDate.of(2027, 2, 4).datesUntil(LocalDate.of(2027, 2, 16)).filter(x -> !calendar.isWorkingDay(x)))
                .containsExactlyElementsOf(LocalDate.of(2027, 2, 5).datesUntil(LocalDate.of(2027, 2, 15)).toList());
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
        assertThat(VN.isDecided("tet-am-lich", 2027)).isFalse();
    }

    @Test
    void a_holiday_period_is_well_formed_and_every_rule_belongs_to_one() {
        assertThatThrownBy(() -> new HolidayPeriod("Tết", "Tết", "Tet", List.of("tet-am-lich")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HolidayPeriod("tet", " ", "Tet", List.of("tet-am-lich")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HolidayPeriod("tet", "Tết", "Tet", List.of())).isInstanceOf(IllegalArgumentException.class);
        CalendarRules vn = CalendarRules.vietnam();
        assertThatThrownBy(() -> new CalendarRules(vn.holidays(), vn.weeklyRest(), vn.makeUp(), vn.periods().subList(1, 6)))
                .hasMessage("holiday rule 'tet-duong-lich' is in no holiday period");
        assertThatThrownBy(() -> new CalendarRules(vn.holidays(), vn.weeklyRest(), vn.makeUp(),
                List.of(new HolidayPeriod("x", "X", "X", List.of("khong-co")))))
                .hasMessageStartingWith("holiday period 'x' names rule 'khong-co'");
        List<HolidayPeriod> twice = new java.util.ArrayList<>(vn.periods());
        twice.add(new HolidayPeriod("gio-to-2", "Giỗ Tổ", "Hung Kings", List.of("gio-to")));
        assertThatThrownBy(() -> new CalendarRules(vn.holidays(), vn.weeklyRest(), vn.makeUp(), twice))
                .hasMessage("holiday rule 'gio-to' is in two periods: 'gio-to' and 'gio-to-2'");
        List<HolidayPeriod> sameId = new java.util.ArrayList<>(vn.periods());
        sameId.add(vn.periods().get(0));
        assertThatThrownBy(() -> new CalendarRules(vn.holidays(), vn.weeklyRest(), vn.makeUp(), sameId))
                .hasMessage("two holiday periods are named 'tet-duong-lich'");
        // three-argument rules get one period per rule id
        CalendarRules plain = new CalendarRules(vn.holidays(), vn.weeklyRest(), vn.makeUp());
        assertThat(plain.periods()).extracting(HolidayPeriod::id).containsExactly("tet-duong-lich", "tet-am-lich",
                "chien-thang", "quoc-te-lao-dong", "quoc-khanh", "quoc-khanh-lien-ke", "gio-to", "ngay-van-hoa");
        assertThat(vn.periodOf("quoc-khanh-lien-ke")).map(HolidayPeriod::id).contains("quoc-khanh");
        assertThat(vn.periodOf("khong-co")).isEmpty();
    }
}
