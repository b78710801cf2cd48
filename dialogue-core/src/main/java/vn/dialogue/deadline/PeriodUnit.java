package vn.dialogue.deadline;

import vn.dialogue.text.Bilingual;

/** What a period or an offset counts. */
public enum PeriodUnit {
    /** Calendar days. */
    DAYS("ngày", "day", "days"),
    /** Working days of the {@link vn.dialogue.calendar.WorkingCalendar}. */
    WORKING_DAYS("ngày làm việc", "working day", "working days"),
    /** Weeks (Bộ luật Dân sự 2015, Điều 148: ends on the corresponding weekday). */
    WEEKS("tuần", "week", "weeks"),
    /** Months (ends on the corresponding day, or the month's last day when it has none). */
    MONTHS("tháng", "month", "months"),
    /** Years (ends on the corresponding day, 28/2 for 29/2 in a common year). */
    YEARS("năm", "year", "years");

    private final String vi;
    private final String enOne;
    private final String enMany;

    PeriodUnit(String vi, String enOne, String enMany) {
        this.vi = vi;
        this.enOne = enOne;
        this.enMany = enMany;
    }

    /**
     * "10 ngày làm việc" / "10 working days".
     *
     * @param n the number of units
     * @return "10 ngày làm việc" / "10 working days"
     */
    public Bilingual amount(int n) {
        return Bilingual.of(n + " " + vi, n + " " + (n == 1 ? enOne : enMany));
    }
}
