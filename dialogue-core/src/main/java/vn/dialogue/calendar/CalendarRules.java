package vn.dialogue.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The statutory rules a {@link WorkingCalendar} is built from: holidays, weekly rest days and
 * make-up days, each with its validity period. Immutable and thread-safe.
 *
 * @param holidays   the holiday rules, in the order their names are preferred when two fall on one day
 * @param weeklyRest the weekly rest rules
 * @param makeUp     the make-up day rules
 * @param periods    the holiday periods the Government decides each year, each grouping holiday rules
 *                   decided together; every holiday rule id belongs to exactly one period
 */
public record CalendarRules(List<HolidayRule> holidays, List<WeeklyRest> weeklyRest, List<MakeUpRule> makeUp,
                            List<HolidayPeriod> periods) {

    private static final String BLLD_2019 = "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm ";
    private static final String BLLD_2012 = "Bộ luật Lao động 2012, Điều 115 khoản 1 điểm ";
    private static final Validity LABOUR_CODE_2019 = Validity.from(LocalDate.of(2021, 1, 1));
    private static final Validity LABOUR_CODE_2012 = Validity.between(LocalDate.of(2013, 5, 1), LocalDate.of(2020, 12, 31));

    /**
     * @throws IllegalArgumentException if a period names a rule id the holidays do not have, a rule id is in no
     *                                  period or in two, or two periods share an id
     */
    public CalendarRules {
        holidays = List.copyOf(holidays);
        weeklyRest = List.copyOf(weeklyRest);
        makeUp = List.copyOf(makeUp);
        periods = List.copyOf(periods);
        Map<String, String> periodOfRule = new LinkedHashMap<>();
        java.util.Set<String> periodIds = new java.util.HashSet<>();
        java.util.Set<String> ruleIds = new java.util.LinkedHashSet<>();
        holidays.forEach(h -> ruleIds.add(h.id()));
        for (HolidayPeriod p : periods) {
            if (!periodIds.add(p.id())) {
                throw new IllegalArgumentException("two holiday periods are named '" + p.id() + "'");
            }
            for (String rule : p.rules()) {
                if (!ruleIds.contains(rule)) {
                    throw new IllegalArgumentException("holiday period '" + p.id() + "' names rule '" + rule
                            + "', which the holidays do not have; known rules: " + ruleIds);
                }
                String before = periodOfRule.put(rule, p.id());
                if (before != null) {
                    throw new IllegalArgumentException("holiday rule '" + rule + "' is in two periods: '" + before
                            + "' and '" + p.id() + "'");
                }
            }
        }
        for (String rule : ruleIds) {
            if (!periodOfRule.containsKey(rule)) {
                throw new IllegalArgumentException("holiday rule '" + rule + "' is in no holiday period");
            }
        }
    }

    /**
     * Rules with one period per holiday rule id, named as the rule (its English name too): for hosts
     * whose rules need no grouping.
     */
    public CalendarRules(List<HolidayRule> holidays, List<WeeklyRest> weeklyRest, List<MakeUpRule> makeUp) {
        this(holidays, weeklyRest, makeUp, onePeriodPerRule(holidays));
    }

    private static List<HolidayPeriod> onePeriodPerRule(List<HolidayRule> holidays) {
        Map<String, HolidayPeriod> out = new LinkedHashMap<>();
        for (HolidayRule h : holidays) {
            out.putIfAbsent(h.id(), new HolidayPeriod(h.id(), h.name(), h.name(), List.of(h.id())));
        }
        return new ArrayList<>(out.values());
    }

    /** The period that holds holiday rule {@code ruleId}, if any. */
    public java.util.Optional<HolidayPeriod> periodOf(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return periods.stream().filter(p -> p.rules().contains(ruleId)).findFirst();
    }

    /** The period named {@code id}, if any. */
    public java.util.Optional<HolidayPeriod> period(String id) {
        Objects.requireNonNull(id, "id");
        return periods.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The rules of Vietnam's public service.
     *
     * <ul>
     *   <li>Saturday and Sunday off from 2 October 1999 (Quyết định 188/1999/QĐ-TTg, 40-hour week).</li>
     *   <li>Bộ luật Lao động 2019, Điều 112 khoản 1, from 1 January 2021: 1/1; Tết Âm lịch, 5 days;
     *       30/4; 1/5; 2/9 and one adjacent day; Giỗ Tổ Hùng Vương, 10/3 lunar.</li>
     *   <li>24/11, Ngày Văn hóa Việt Nam, from 1 July 2026, as the project's fact sheet records it.
     *       What was found: the Politburo's Nghị quyết 80-NQ/TW (January 2026) chose the day as a
     *       paid day off, and the Government's Nghị quyết 30/NQ-CP (February 2026) tasked an amendment
     *       of Bộ luật Lao động 2019, Điều 112 khoản 1. The amending law or resolution (the fact
     *       sheet names Nghị quyết 28/2026/QH16) was not found, so the period stays provisional.</li>
     *   <li>Bộ luật Lao động 2012, Điều 115 khoản 1, 1 May 2013 to 31 December 2020: the same days
     *       except that 2/9 is one day.</li>
     *   <li>Make-up day (nghỉ bù) on the next working day for a holiday on a weekly rest day:
     *       Bộ luật Lao động 2019, Điều 111 khoản 3; 2012, Điều 115 khoản 3.</li>
     * </ul>
     * No holiday rule is given before 1 May 2013.
     *
     * <p><b>Defaults where the law leaves the choice to a yearly decision.</b> The five Tết days
     * are the last day of the lunar year and days 1 to 4 of month 1. The day next to 2/9 is the one
     * that joins the holiday to a weekend where possible: 3/9 when 2/9 is a Monday, Wednesday,
     * Thursday or Sunday; 1/9 when it is a Tuesday, Friday or Saturday. An {@link OfficialNotice}
     * with {@link OfficialNotice.RuleDays} for {@code tet-am-lich} or {@code quoc-khanh-lien-ke}
     * replaces a default for its year.
     *
     * <p><b>Periods.</b> Tết Dương lịch; Tết Âm lịch; Giỗ Tổ Hùng Vương; 30/4 and 1/5 together
     * ({@code chien-thang-lao-dong}); Quốc khánh with its adjacent day; Ngày Văn hóa Việt Nam. A
     * notice names the periods it decides ({@code decides}); the others are provisional.
     */
    public static CalendarRules vietnam() {
        HolidayRule.AdjacentDay nextTo2September = new HolidayRule.AdjacentDay(MonthDay.of(9, 2), Map.of(
                MONDAY, 1, TUESDAY, -1, WEDNESDAY, 1, THURSDAY, 1, FRIDAY, -1, SATURDAY, -1, SUNDAY, 1));
        List<HolidayRule> holidays = List.of(
                solar("tet-duong-lich", "Tết Dương lịch", 1, 1, LABOUR_CODE_2019, BLLD_2019 + "a"),
                lunar("tet-am-lich", "Tết Âm lịch", 1, 1, -1, 5, LABOUR_CODE_2019, BLLD_2019 + "b"),
                solar("chien-thang", "Ngày Chiến thắng", 4, 30, LABOUR_CODE_2019, BLLD_2019 + "c"),
                solar("quoc-te-lao-dong", "Ngày Quốc tế lao động", 5, 1, LABOUR_CODE_2019, BLLD_2019 + "d"),
                solar("quoc-khanh", "Quốc khánh", 9, 2, LABOUR_CODE_2019, BLLD_2019 + "đ"),
                new HolidayRule("quoc-khanh-lien-ke", "Quốc khánh (ngày liền kề)", nextTo2September,
                        LABOUR_CODE_2019, BLLD_2019 + "đ"),
                lunar("gio-to", "Giỗ Tổ Hùng Vương", 3, 10, 0, 1, LABOUR_CODE_2019, BLLD_2019 + "e"),
                solar("ngay-van-hoa", "Ngày Văn hóa Việt Nam", 11, 24, Validity.from(LocalDate.of(2026, 7, 1)),
                        "Nghị quyết 80-NQ/TW của Bộ Chính trị (chủ trương); Nghị quyết 30/NQ-CP giao sửa khoản 1"
                                + " Điều 112 Bộ luật Lao động; văn bản luật chưa tìm thấy"),
                solar("tet-duong-lich", "Tết Dương lịch", 1, 1, LABOUR_CODE_2012, BLLD_2012 + "a"),
                lunar("tet-am-lich", "Tết Âm lịch", 1, 1, -1, 5, LABOUR_CODE_2012, BLLD_2012 + "b"),
                solar("chien-thang", "Ngày Chiến thắng", 4, 30, LABOUR_CODE_2012, BLLD_2012 + "c"),
                solar("quoc-te-lao-dong", "Ngày Quốc tế lao động", 5, 1, LABOUR_CODE_2012, BLLD_2012 + "d"),
                solar("quoc-khanh", "Quốc khánh", 9, 2, LABOUR_CODE_2012, BLLD_2012 + "đ"),
                lunar("gio-to", "Giỗ Tổ Hùng Vương", 3, 10, 0, 1, LABOUR_CODE_2012, BLLD_2012 + "e"));
        List<WeeklyRest> weeklyRest = List.of(new WeeklyRest(Set.of(SATURDAY, SUNDAY),
                Validity.from(LocalDate.of(1999, 10, 2)), "Quyết định 188/1999/QĐ-TTg (tuần làm việc 40 giờ)"));
        List<MakeUpRule> makeUp = List.of(
                new MakeUpRule(LABOUR_CODE_2019, "Bộ luật Lao động 2019, Điều 111 khoản 3"),
                new MakeUpRule(LABOUR_CODE_2012, "Bộ luật Lao động 2012, Điều 115 khoản 3"));
        List<HolidayPeriod> periods = List.of(
                new HolidayPeriod("tet-duong-lich", "Tết Dương lịch", "New Year's Day", List.of("tet-duong-lich")),
                new HolidayPeriod("tet-am-lich", "Tết Âm lịch", "Lunar New Year (Tết)", List.of("tet-am-lich")),
                new HolidayPeriod("gio-to", "Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day", List.of("gio-to")),
                new HolidayPeriod("chien-thang-lao-dong", "Ngày Chiến thắng 30/4 và Quốc tế lao động 1/5",
                        "Reunification Day (30 April) and Labour Day (1 May)", List.of("chien-thang", "quoc-te-lao-dong")),
                new HolidayPeriod("quoc-khanh", "Quốc khánh 2/9", "National Day (2 September)",
                        List.of("quoc-khanh", "quoc-khanh-lien-ke")),
                new HolidayPeriod("ngay-van-hoa", "Ngày Văn hóa Việt Nam 24/11", "Vietnamese Culture Day (24 November)",
                        List.of("ngay-van-hoa")));
        return new CalendarRules(holidays, weeklyRest, makeUp, periods);
    }

    private static HolidayRule solar(String id, String name, int month, int day, Validity validity, String source) {
        return new HolidayRule(id, name, new HolidayRule.SolarDays(MonthDay.of(month, day), 1), validity, source);
    }

    private static HolidayRule lunar(String id, String name, int month, int day, int offset, int count,
                                     Validity validity, String source) {
        return new HolidayRule(id, name, new HolidayRule.LunarDays(month, day, offset, count), validity, source);
    }

    /** Whether {@code date} is a weekly rest day under the rules in force on it. */
    boolean isWeeklyRest(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (WeeklyRest rest : weeklyRest) {
            if (rest.days().contains(date.getDayOfWeek()) && rest.validity().contains(date)) {
                return true;
            }
        }
        return false;
    }
}
