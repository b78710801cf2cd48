package vn.dialogue.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.dialogue.text.Nfc;

/**
 * A public holiday as a law states it: which days, under which name, in force when, and where
 * the law says so. Rules are data: a change in the law is a new rule with its own
 * {@link Validity}, never a condition in code. Immutable and thread-safe.
 *
 * <p>Rules sharing an {@link #id()} are versions of the same holiday under successive laws; an
 * {@link OfficialNotice} that sets the days of a holiday for a year names that id.
 *
 * @param id       stable identifier, lower-case words joined by '-', e.g. {@code tet-am-lich}
 * @param name     the holiday's Vietnamese name, e.g. "Tết Âm lịch"
 * @param days     which days of a year the rule gives
 * @param validity the days on which the rule is in force (a day is a holiday only if it is in force on that day)
 * @param source   the legal provision, e.g. "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b"
 */
public record HolidayRule(String id, String name, Days days, Validity validity, String source) {

    /**
     * @param id stable identifier, lower-case words joined by '-', e.g. {@code tet-am-lich}
     * @param name the holiday's Vietnamese name, e.g. "Tết Âm lịch"
     * @param days which days of a year the rule gives
     * @param validity the days on which the rule is in force (a day is a holiday only if it is in force on that day)
     * @param source the legal provision, e.g. "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b"
     * @throws IllegalArgumentException if the id is not lower-case words joined by '-', or the
     *                                  name or source is blank
     */
    public HolidayRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(validity, "validity");
        name = Nfc.of(Objects.requireNonNull(name, "name")).strip();
        source = Nfc.of(Objects.requireNonNull(source, "source")).strip();
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("holiday rule id must be lower-case words joined by '-', was '" + id + "'");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("holiday rule '" + id + "' needs a name");
        }
        if (source.isEmpty()) {
            throw new IllegalArgumentException("holiday rule '" + id + "' needs a source (the legal provision)");
        }
    }

    /** The days the rule gives in Gregorian year {@code year}, in order, before its validity is applied. */
    List<LocalDate> candidates(int year) {
        return days.in(year);
    }

    /** Which days of a year a holiday rule gives. */
    public sealed interface Days permits SolarDays, LunarDays, AdjacentDay {

        /**
         * The days in Gregorian year {@code year}, ascending.
         *
         * @param year the year, e.g. 2026
         * @return the days in Gregorian year {@code year}, ascending
         */
        List<LocalDate> in(int year);
    }

    /**
     * {@code count} consecutive days from a fixed Gregorian day, e.g. 30/4.
     *
     * @param first the first day
     * @param count how many days, at least 1
     */
    public record SolarDays(MonthDay first, int count) implements Days {

        /**
         * @param first the first day
         * @param count how many days, at least 1
         * @throws IllegalArgumentException if {@code count} is below 1
         */
        public SolarDays {
            Objects.requireNonNull(first, "first");
            if (count < 1) {
                throw new IllegalArgumentException("a holiday lasts at least one day, count was " + count);
            }
        }

        @Override
        public List<LocalDate> in(int year) {
            if (!first.isValidYear(year)) {
                return List.of();
            }
            LocalDate start = first.atYear(year);
            List<LocalDate> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                LocalDate d = start.plusDays(i);
                if (d.getYear() == year) {
                    out.add(d);
                }
            }
            return List.copyOf(out);
        }
    }

    /**
     * {@code count} consecutive days starting {@code offset} days from a lunar day (never a leap
     * month's), e.g. Tết: from the day before 1/1 (offset -1) for 5 days; Giỗ Tổ: 10/3, offset 0, 1 day.
     *
     * @param month  the lunar month, 1-12
     * @param day    the lunar day, 1-30; a day 30 missing in a 29-day month counts as the month's last day
     * @param offset days from that lunar day to the first holiday (negative: before)
     * @param count  how many days, at least 1
     */
    public record LunarDays(int month, int day, int offset, int count) implements Days {

        /**
         * @param month the lunar month, 1-12
         * @param day the lunar day, 1-30; a day 30 missing in a 29-day month counts as the month's last day
         * @param offset days from that lunar day to the first holiday (negative: before)
         * @param count how many days, at least 1
         * @throws IllegalArgumentException if month, day or count is out of range
         */
        public LunarDays {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("lunar month must be 1-12, was " + month);
            }
            if (day < 1 || day > 30) {
                throw new IllegalArgumentException("lunar day must be 1-30, was " + day);
            }
            if (count < 1) {
                throw new IllegalArgumentException("a holiday lasts at least one day, count was " + count);
            }
        }

        @Override
        public List<LocalDate> in(int year) {
            List<LocalDate> out = new ArrayList<>();
            // a lunar day of year Y-1 can fall in January of Y
            for (int lunarYear = year - 1; lunarYear <= year; lunarYear++) {
                if (lunarYear < LunarDate.MIN_YEAR || lunarYear > LunarDate.MAX_YEAR) {
                    continue;
                }
                LunarDate first = LunarDate.of(lunarYear, month, 1, false);
                LocalDate anchor = first.toLocalDate().plusDays(Math.min(day, first.lengthOfMonth()) - 1L);
                for (int i = 0; i < count; i++) {
                    LocalDate d = anchor.plusDays(offset + (long) i);
                    if (d.getYear() == year) {
                        out.add(d);
                    }
                }
            }
            return List.copyOf(out);
        }
    }

    /**
     * One day next to a fixed Gregorian day, chosen by the weekday of that day: the day off that
     * goes with Quốc khánh 2/9 ("01 ngày liền kề trước hoặc sau"). The law leaves the choice to the
     * Prime Minister each year; the map is the default used until a notice says otherwise.
     *
     * @param anchor          the fixed day
     * @param offsetByWeekday for each weekday of the anchor, -1 (the day before) or +1 (the day after)
     */
    public record AdjacentDay(MonthDay anchor, Map<DayOfWeek, Integer> offsetByWeekday) implements Days {

        /**
         * @param anchor the fixed day
         * @param offsetByWeekday for each weekday of the anchor, -1 (the day before) or +1 (the day after)
         * @throws IllegalArgumentException if a weekday is missing or an offset is not -1 or +1
         */
        public AdjacentDay {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(offsetByWeekday, "offsetByWeekday");
            Map<DayOfWeek, Integer> copy = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek dow : DayOfWeek.values()) {
                Integer offset = offsetByWeekday.get(dow);
                if (offset == null || (offset != -1 && offset != 1)) {
                    throw new IllegalArgumentException("the adjacent day for " + dow + " must be -1 or +1, was " + offset);
                }
                copy.put(dow, offset);
            }
            offsetByWeekday = Map.copyOf(copy);
        }

        @Override
        public List<LocalDate> in(int year) {
            if (!anchor.isValidYear(year)) {
                return List.of();
            }
            LocalDate a = anchor.atYear(year);
            LocalDate d = a.plusDays(offsetByWeekday.get(a.getDayOfWeek()));
            return d.getYear() == year ? List.of(d) : List.of();
        }
    }
}
