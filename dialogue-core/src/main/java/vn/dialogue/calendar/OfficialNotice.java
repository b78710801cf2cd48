package vn.dialogue.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import vn.dialogue.text.Nfc;

/**
 * An official decision on days off for a year: which days a holiday falls on (the five Tết days,
 * the day next to 2/9), extra days off and the Saturdays worked in exchange. The Prime Minister
 * or the Ministry announces one each year for the public service; a province may add its own.
 * Immutable and thread-safe. Load them from YAML with {@link OfficialNotices}.
 *
 * <p>A notice also says which holiday periods of which year it <i>decides</i> ({@link #decides()}):
 * the days of a decided period are the Government's, not the Labour Code's defaults, so nothing
 * that depends on them is provisional. A notice that sets a rule's days ({@link #ruleDays()})
 * decides that rule's period for that year without saying so.
 *
 * @param reference   the document's number and symbol, e.g. "Công văn 2450/VPCP-KGVX"
 * @param issuer      who issued it, e.g. "Văn phòng Chính phủ"
 * @param date        the day the document was signed, or null when not known
 * @param subject     what it is about (may be empty)
 * @param source      where the notice was read, so a reader can check it
 * @param daysOff     ranges of days off
 * @param workingDays days worked although they are rest days
 * @param ruleDays    the days a holiday rule falls on in a year, replacing the rule's default days
 * @param decides     the holiday periods (of {@link CalendarRules#periods()}) and years it decides
 */
public record OfficialNotice(String reference, String issuer, @Nullable LocalDate date, String subject, String source,
                             List<DaysOff> daysOff, List<WorkingDay> workingDays, List<RuleDays> ruleDays,
                             List<Decision> decides) {

    /**
     * @throws IllegalArgumentException if the reference, issuer or source is blank, or the notice neither changes
     *                                  a day nor decides a period
     */
    public OfficialNotice {
        reference = required(reference, "reference");
        issuer = required(issuer, "issuer");
        source = required(source, "source");
        subject = Nfc.of(Objects.requireNonNull(subject, "subject")).strip();
        daysOff = List.copyOf(daysOff);
        workingDays = List.copyOf(workingDays);
        ruleDays = List.copyOf(ruleDays);
        decides = List.copyOf(decides);
        if (daysOff.isEmpty() && workingDays.isEmpty() && ruleDays.isEmpty() && decides.isEmpty()) {
            throw new IllegalArgumentException("notice " + reference
                    + " changes nothing: give daysOff, workingDays, ruleDays or decides");
        }
    }

    /** A notice without a known date that decides no period beyond the rules whose days it sets. */
    public OfficialNotice(String reference, String issuer, String subject, String source,
                          List<DaysOff> daysOff, List<WorkingDay> workingDays, List<RuleDays> ruleDays) {
        this(reference, issuer, null, subject, source, daysOff, workingDays, ruleDays, List.of());
    }

    /**
     * That the notice decides holiday period {@code period} of {@code year}: its days and swaps
     * that year are the notice's (or the law's, where the notice keeps them).
     *
     * @param period a {@link HolidayPeriod#id()}, e.g. {@code quoc-khanh}
     * @param year   the Gregorian year
     */
    public record Decision(String period, int year) {

        /** @throws IllegalArgumentException if the period is blank or the year is outside the calendar's range */
        public Decision {
            period = required(period, "period");
            if (year < WorkingCalendar.MIN_YEAR || year > WorkingCalendar.MAX_YEAR) {
                throw new IllegalArgumentException("year " + year + " is outside the calendar's range "
                        + WorkingCalendar.MIN_YEAR + "-" + WorkingCalendar.MAX_YEAR);
            }
        }
    }

    static String required(String value, String field) {
        String v = Nfc.of(Objects.requireNonNull(value, field)).strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("'" + field + "' must not be blank");
        }
        return v;
    }

    private static void ordered(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
    }

    /**
     * Days off from {@code from} to {@code to}, both included.
     *
     * @param name what the days off are for, in Vietnamese
     */
    public record DaysOff(LocalDate from, LocalDate to, String name) {

        /**
         * @param from the first day off
         * @param to   the last day off, not before {@code from}
         * @param name what the days off are for, in Vietnamese
         * @throws IllegalArgumentException if {@code to} is before {@code from} or the name is blank
         */
        public DaysOff {
            ordered(from, to);
            name = required(name, "name");
        }

        /**
         * Every day of the range, ascending.
         *
         * @return every day of the range, ascending
         */
        public List<LocalDate> dates() {
            return from.datesUntil(to.plusDays(1)).toList();
        }
    }

    /**
     * A rest day that is worked, usually a Saturday given in exchange for a day off.
     *
     * @param name why, in Vietnamese, e.g. "Làm bù cho ngày 29/4/2024"
     */
    public record WorkingDay(LocalDate date, String name) {

        /**
         * @param date the weekend day worked
         * @param name why, in Vietnamese, e.g. "Làm bù cho ngày 29/4/2024"
         * @throws IllegalArgumentException if the name is blank
         */
        public WorkingDay {
            Objects.requireNonNull(date, "date");
            name = required(name, "name");
        }
    }

    /**
     * The days a holiday rule gives in the year of these dates, in place of the rule's default.
     *
     * @param rule the {@link HolidayRule#id()}, e.g. {@code tet-am-lich}
     */
    public record RuleDays(String rule, LocalDate from, LocalDate to) {

        /**
         * @param rule the {@link HolidayRule#id()}, e.g. {@code tet-am-lich}
         * @param from the first day
         * @param to   the last day, not before {@code from}, in the same year
         * @throws IllegalArgumentException if the rule is blank, {@code to} is before {@code from} or the range spans
         *                                  two years
         */
        public RuleDays {
            rule = required(rule, "rule");
            ordered(from, to);
            if (from.getYear() != to.getYear()) {
                throw new IllegalArgumentException("holiday days must lie in one year, were " + from + " to " + to);
            }
        }

        /**
         * Every day of the range, ascending.
         *
         * @return every day of the range, ascending
         */
        public List<LocalDate> dates() {
            return from.datesUntil(to.plusDays(1)).toList();
        }
    }
}
