package vn.dialogue.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.jspecify.annotations.Nullable;

/**
 * Working days and public holidays: {@link CalendarRules} (statutory, with validity periods)
 * plus {@link OfficialNotice}s (the yearly decisions that fix the Tết days and swap working days).
 *
 * <p>A day is a working day unless it is a weekly rest day, a public holiday, a make-up day, or
 * a day off granted by a notice; a notice may also make a rest day a working day. When two
 * notices disagree about a day, the one added later wins.
 *
 * <p>A holiday period ({@link CalendarRules#periods()}) that no notice decides for its year is
 * <i>provisional</i>: its days are the Labour Code's defaults and may move when the Government
 * decides. {@link #provisionalPeriods(int)}, {@link #provisionalOn(LocalDate)} and
 * {@link #provisionalBetween(LocalDate, LocalDate)} say which periods a day or a count of days
 * depends on; deadlines, the timeline and the plan checks report them.
 *
 * <p>Each Gregorian year is computed once, on first use, into a table; after that
 * {@link #isWorkingDay} is an array read and {@link #plusWorkingDays} a binary search, whatever
 * the count. Supported years: {@value #MIN_YEAR} to {@value #MAX_YEAR}. Immutable and thread-safe.
 */
public final class WorkingCalendar {

    /** The first supported Gregorian year. */
    public static final int MIN_YEAR = LunarDate.MIN_YEAR + 1;
    /** The last supported Gregorian year. */
    public static final int MAX_YEAR = LunarDate.MAX_YEAR;

    private final CalendarRules rules;
    private final List<OfficialNotice> notices;
    private final Map<String, List<HolidayRule>> rulesById;
    /** rule id → year → the days a notice sets, with the notice. */
    private final Map<String, Map<Integer, NoticeDays>> ruleDays;
    /** day → whether a notice makes it a day off (true) or a working day (false), with the notice. */
    private final Map<LocalDate, NoticeDay> noticeDays;
    /** period id → the years some notice decides. */
    private final Map<String, java.util.Set<Integer>> decided;
    private final AtomicReferenceArray<CalendarYear> years = new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

    private record NoticeDays(List<LocalDate> dates, OfficialNotice notice) {
    }

    private record NoticeDay(boolean off, String name, OfficialNotice notice) {
    }

    private static final class Vietnam {
        static final WorkingCalendar INSTANCE = of(CalendarRules.vietnam(), OfficialNotices.bundled());
    }

    private WorkingCalendar(CalendarRules rules, List<OfficialNotice> notices) {
        this.rules = rules;
        this.notices = List.copyOf(notices);
        Map<String, List<HolidayRule>> byId = new LinkedHashMap<>();
        for (HolidayRule rule : rules.holidays()) {
            byId.computeIfAbsent(rule.id(), k -> new ArrayList<>()).add(rule);
        }
        byId.replaceAll((k, v) -> List.copyOf(v));
        this.rulesById = byId;
        Map<String, Map<Integer, NoticeDays>> days = new HashMap<>();
        Map<LocalDate, NoticeDay> single = new HashMap<>();
        Map<String, java.util.Set<Integer>> decidedYears = new HashMap<>();
        for (OfficialNotice notice : this.notices) {
            Map<String, Map<Integer, List<LocalDate>>> fromThis = new HashMap<>();
            for (OfficialNotice.Decision decision : notice.decides()) {
                if (rules.period(decision.period()).isEmpty()) {
                    throw new IllegalArgumentException("notice " + notice.reference() + " decides holiday period '"
                            + decision.period() + "', which the calendar does not have; known periods: "
                            + rules.periods().stream().map(HolidayPeriod::id).toList());
                }
                decidedYears.computeIfAbsent(decision.period(), k -> new java.util.HashSet<>()).add(decision.year());
            }
            for (OfficialNotice.RuleDays rd : notice.ruleDays()) {
                if (!byId.containsKey(rd.rule())) {
                    throw new IllegalArgumentException("notice " + notice.reference() + " sets the days of holiday rule '"
                            + rd.rule() + "', which the calendar does not have; known rules: " + byId.keySet());
                }
                rules.periodOf(rd.rule()).ifPresent(p -> decidedYears.computeIfAbsent(p.id(), k -> new java.util.HashSet<>())
                        .add(rd.from().getYear()));
                fromThis.computeIfAbsent(rd.rule(), k -> new TreeMap<>())
                        .computeIfAbsent(rd.from().getYear(), k -> new ArrayList<>()).addAll(rd.dates());
            }
            fromThis.forEach((rule, byYear) -> byYear.forEach((year, dates) ->
                    days.computeIfAbsent(rule, k -> new HashMap<>())
                            .put(year, new NoticeDays(List.copyOf(dates.stream().distinct().sorted().toList()), notice))));
            for (OfficialNotice.DaysOff off : notice.daysOff()) {
                for (LocalDate d : off.dates()) {
                    single.put(d, new NoticeDay(true, off.name(), notice));
                }
            }
            for (OfficialNotice.WorkingDay work : notice.workingDays()) {
                single.put(work.date(), new NoticeDay(false, work.name(), notice));
            }
        }
        this.ruleDays = days;
        this.noticeDays = single;
        decidedYears.replaceAll((k, v) -> java.util.Set.copyOf(v));
        this.decided = Map.copyOf(decidedYears);
    }

    /**
     * Vietnam's public-service calendar: {@link CalendarRules#vietnam()} and the notices shipped
     * with the library ({@link OfficialNotices#bundled()}). Never null; one shared instance.
     *
     * @return Vietnam's public-service calendar: {@link CalendarRules#vietnam()} and the notices shipped with the
     *         library ({@link OfficialNotices#bundled()})
     */
    public static WorkingCalendar vietnam() {
        return Vietnam.INSTANCE;
    }

    /**
     * A calendar from these rules and notices (later notices win over earlier ones).
     *
     * @param rules the statutory rules
     * @param notices official notices of days off and make-up days
     * @return a calendar from these rules and notices (later notices win over earlier ones)
     * @throws IllegalArgumentException if a notice sets the days of a holiday rule the rules do not have
     */
    public static WorkingCalendar of(CalendarRules rules, List<OfficialNotice> notices) {
        return new WorkingCalendar(Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(notices, "notices"));
    }

    /**
     * This calendar with more notices, which win over the present ones: a province adds its own
     * decisions this way. This calendar is not changed.
     *
     * @param more more notices
     * @return this calendar with more notices, which win over the present ones: a province adds its own decisions this
     *         way
     * @throws IllegalArgumentException if a notice sets the days of a holiday rule the rules do not have
     */
    public WorkingCalendar withNotices(List<OfficialNotice> more) {
        List<OfficialNotice> all = new ArrayList<>(notices);
        all.addAll(Objects.requireNonNull(more, "more"));
        return new WorkingCalendar(rules, all);
    }

    /**
     * The statutory rules, never null.
     *
     * @return the statutory rules, never null
     */
    public CalendarRules rules() {
        return rules;
    }

    /**
     * The notices, in the order they apply, never null.
     *
     * @return the notices, in the order they apply, never null
     */
    public List<OfficialNotice> notices() {
        return notices;
    }

    /**
     * Whether public servants work on {@code date}.
     *
     * @param date the day asked about
     * @return whether public servants work on {@code date}
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}-{@value #MAX_YEAR}
     */
    public boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).isWorking(date.getDayOfYear() - 1);
    }

    /**
     * The day {@code count} working days after {@code date} (before it when negative), not counting
     * {@code date} itself; {@code date} when {@code count} is zero. From a Saturday, +1 is the next
     * working Monday (or later) and -1 the Friday before (or earlier).
     *
     * @param date the day counted from
     * @param count how many working days, negative to count back
     * @return the day {@code count} working days after {@code date} (before it when negative), not counting {@code
     *         date} itself; {@code date} when {@code count} is zero
     * @throws IllegalArgumentException if the result lies outside the supported years
     */
    public LocalDate plusWorkingDays(LocalDate date, int count) {
        Objects.requireNonNull(date, "date");
        if (count == 0) {
            return date;
        }
        CalendarYear y = year(date.getYear());
        int index = date.getDayOfYear() - 1;
        if (count > 0) {
            // the working day numbered (working days up to and including date) + count
            long target = (long) y.workingBefore(index + 1) + count;
            while (target > y.workingCount()) {
                target -= y.workingCount();
                y = nextYear(y, date, count);
            }
            return LocalDate.ofEpochDay(y.firstEpochDay() + y.indexOfWorking((int) target));
        }
        long target = (long) y.workingBefore(index) + count + 1;
        while (target < 1) {
            y = previousYear(y, date, count);
            target += y.workingCount();
        }
        return LocalDate.ofEpochDay(y.firstEpochDay() + y.indexOfWorking((int) target));
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; negative
     * (the days after {@code to} up to and including {@code from}, negated) when {@code to} is
     * before {@code from}. {@code plusWorkingDays(from, n)} has {@code n} working days between.
     *
     * @param from the first day, not counted
     * @param to the last day, counted
     * @return the number of working days after {@code from} up to and including {@code to}; negative (the days after
     *         {@code to} up to and including {@code from}, negated) when {@code to} is before {@code from}
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int total = 0;
        for (int yr = from.getYear(); yr <= to.getYear(); yr++) {
            CalendarYear y = year(yr);
            int start = yr == from.getYear() ? from.getDayOfYear() : 0;
            int end = yr == to.getYear() ? to.getDayOfYear() : y.length();
            total += y.workingBefore(end) - y.workingBefore(start);
        }
        return total;
    }

    /**
     * {@code date} if it is a working day, otherwise the first working day after it.
     *
     * @param date the day asked about
     * @return {@code date} if it is a working day, otherwise the first working day after it
     */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : plusWorkingDays(date, 1);
    }

    /**
     * {@code date} if it is a working day, otherwise the last working day before it.
     *
     * @param date the day asked about
     * @return {@code date} if it is a working day, otherwise the last working day before it
     */
    public LocalDate workingDayOnOrBefore(LocalDate date) {
        return isWorkingDay(date) ? date : plusWorkingDays(date, -1);
    }

    /**
     * The days off of {@code year} other than weekly rest days that stay rest days: public
     * holidays (also those on a rest day), make-up days and days off granted by notices, in date
     * order, each with its name and the rule it came from. Never null.
     *
     * @param year the year, e.g. 2026
     * @return the days off of {@code year} other than weekly rest days that stay rest days: public holidays (also those
     *         on a rest day), make-up days and days off granted by notices, in date order, each with its name and the
     *         rule it came from
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}-{@value #MAX_YEAR}
     */
    public List<Holiday> holidays(int year) {
        return year(year).holidays();
    }

    /**
     * The holiday on {@code date}, if it is one (see {@link #holidays(int)}).
     *
     * @param date the day asked about
     * @return the holiday on {@code date}, if it is one (see {@link #holidays(int)})
     */
    public Optional<Holiday> holidayOn(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).holiday(date.getDayOfYear() - 1));
    }

    /**
     * Whether {@code date} is a weekly rest day under the rules in force (whatever notices say).
     *
     * @param date the day asked about
     * @return whether {@code date} is a weekly rest day under the rules in force (whatever notices say)
     */
    public boolean isWeeklyRestDay(LocalDate date) {
        return rules.isWeeklyRest(date);
    }

    // ---- provisional days ----

    /** Whether a notice decides holiday period {@code periodId} (a {@link HolidayPeriod#id()}) of {@code year}. */
    public boolean isDecided(String periodId, int year) {
        Objects.requireNonNull(periodId, "periodId");
        return decided.getOrDefault(periodId, java.util.Set.of()).contains(year);
    }

    /**
     * The holiday periods of {@code year} that no notice decides and that have a day off that
     * year, in the order of {@link CalendarRules#periods()}: their days come from the Labour
     * Code's defaults and may change when the Government decides. Never null.
     *
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}-{@value #MAX_YEAR}
     */
    public List<ProvisionalPeriod> provisionalPeriods(int year) {
        List<Holiday> holidays = holidays(year);
        List<ProvisionalPeriod> out = new ArrayList<>();
        for (HolidayPeriod period : rules.periods()) {
            if (isDecided(period.id(), year)) {
                continue;
            }
            List<LocalDate> days = holidays.stream().filter(h -> h.kind() == Holiday.Kind.PUBLIC_HOLIDAY
                    && period.rules().contains(h.rule())).map(Holiday::date).sorted().toList();
            if (!days.isEmpty()) {
                out.add(new ProvisionalPeriod(period, year, days.get(0).minusDays(ProvisionalPeriod.MARGIN_DAYS),
                        days.get(days.size() - 1).plusDays(ProvisionalPeriod.MARGIN_DAYS), days));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The provisional periods whose days that may change touch the days from {@code a} to
     * {@code b} (either order, both included): a count of working days across them may change.
     * Years outside the calendar's range are skipped. Never null.
     */
    public List<ProvisionalPeriod> provisionalBetween(LocalDate a, LocalDate b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        LocalDate lo = a.isBefore(b) ? a : b;
        LocalDate hi = a.isBefore(b) ? b : a;
        List<ProvisionalPeriod> out = new ArrayList<>();
        for (int yr = Math.max(MIN_YEAR, lo.getYear() - 1); yr <= Math.min(MAX_YEAR, hi.getYear() + 1); yr++) {
            for (ProvisionalPeriod p : provisionalPeriods(yr)) {
                if (p.overlaps(lo, hi)) {
                    out.add(p);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The provisional period whose days that may change hold {@code date}, if any. */
    public Optional<ProvisionalPeriod> provisionalOn(LocalDate date) {
        return provisionalBetween(date, date).stream().findFirst();
    }

    /** Whether {@code date} may change from working day to day off or back when a pending decision comes out. */
    public boolean isProvisional(LocalDate date) {
        return provisionalOn(date).isPresent();
    }

    private CalendarYear nextYear(CalendarYear y, LocalDate date, int count) {
        if (y.year() >= MAX_YEAR) {
            throw new IllegalArgumentException(date + " plus " + count + " working days lies after " + MAX_YEAR);
        }
        return year(y.year() + 1);
    }

    private CalendarYear previousYear(CalendarYear y, LocalDate date, int count) {
        if (y.year() <= MIN_YEAR) {
            throw new IllegalArgumentException(date + " minus " + -(long) count + " working days lies before " + MIN_YEAR);
        }
        return year(y.year() - 1);
    }

    private CalendarYear year(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside the calendar's range " + MIN_YEAR + "-" + MAX_YEAR);
        }
        int i = year - MIN_YEAR;
        CalendarYear y = years.get(i);
        if (y == null) {
            y = build(year);
            years.compareAndSet(i, null, y);
        }
        return y;
    }

    // ---- building a year (cold path) ----

    /** The public holidays the rules (and notices' rule days) give in {@code year}, by date. */
    private TreeMap<LocalDate, Holiday> publicHolidays(int year) {
        TreeMap<LocalDate, Holiday> out = new TreeMap<>();
        rulesById.forEach((id, versions) -> {
            NoticeDays set = ruleDays.getOrDefault(id, Map.of()).get(year);
            if (set != null) {
                HolidayRule rule = versions.stream().filter(r -> set.dates().stream().anyMatch(r.validity()::contains))
                        .findFirst().orElse(versions.get(0));
                for (LocalDate d : set.dates()) {
                    out.putIfAbsent(d, new Holiday(d, rule.name(), Holiday.Kind.PUBLIC_HOLIDAY, id,
                            rule.source() + "; " + set.notice().reference()));
                }
                return;
            }
            for (HolidayRule rule : versions) {
                for (LocalDate d : rule.candidates(year)) {
                    if (rule.validity().contains(d)) {
                        out.putIfAbsent(d, new Holiday(d, rule.name(), Holiday.Kind.PUBLIC_HOLIDAY, id, rule.source()));
                    }
                }
            }
        });
        return out;
    }

    private @Nullable MakeUpRule makeUpRuleFor(LocalDate holiday) {
        for (MakeUpRule rule : rules.makeUp()) {
            if (rule.validity().contains(holiday)) {
                return rule;
            }
        }
        return null;
    }

    private boolean noticeSays(LocalDate d, boolean off) {
        NoticeDay nd = noticeDays.get(d);
        return nd != null && nd.off() == off;
    }

    private CalendarYear build(int year) {
        TreeMap<LocalDate, Holiday> holidays = publicHolidays(year);
        // holidays late in the previous year can push a make-up day into this one
        TreeMap<LocalDate, Holiday> all = new TreeMap<>(holidays);
        if (year > MIN_YEAR) {
            all.putAll(publicHolidays(year - 1).tailMap(LocalDate.of(year - 1, 12, 1)));
        }
        TreeMap<LocalDate, Holiday> makeUps = new TreeMap<>();
        for (Holiday h : all.values()) {
            MakeUpRule rule = makeUpRuleFor(h.date());
            if (rule == null || !rules.isWeeklyRest(h.date()) || noticeSays(h.date(), false)) {
                continue;
            }
            LocalDate d = h.date().plusDays(1);
            while (rules.isWeeklyRest(d) || all.containsKey(d) || makeUps.containsKey(d) || noticeSays(d, true)) {
                d = d.plusDays(1);
            }
            makeUps.put(d, new Holiday(d, "Nghỉ bù " + h.name(), Holiday.Kind.MAKE_UP_DAY, Holiday.MAKE_UP_RULE, rule.source()));
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        int length = first.lengthOfYear();
        boolean[] working = new boolean[length];
        Holiday[] byDay = new Holiday[length];
        List<Holiday> list = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            LocalDate d = first.plusDays(i);
            boolean rest = rules.isWeeklyRest(d);
            Holiday h = holidays.get(d);
            if (h == null) {
                h = makeUps.get(d);
            }
            NoticeDay nd = noticeDays.get(d);
            if (nd != null && !nd.off()) {
                working[i] = true;
                continue;
            }
            if (h == null && nd != null && !rest) {
                h = new Holiday(d, nd.name(), Holiday.Kind.NOTICE_DAY_OFF, Holiday.NOTICE_RULE, nd.notice().reference());
            }
            working[i] = !rest && h == null && nd == null;
            if (h != null) {
                byDay[i] = h;
                list.add(h);
            }
        }
        return new CalendarYear(year, first.toEpochDay(), working, byDay, list);
    }
}
