package vn.dialogue.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import vn.dialogue.text.Bilingual;

/**
 * A holiday period of a year that no notice decides yet, so that its days off come from the
 * Labour Code's defaults and may still move: the Government sets the five Tết days and the day
 * next to 2/9 each year, and often swaps a working day for a Saturday around any holiday.
 * Anything counted across {@link #from()}..{@link #to()} may change when the decision comes out.
 * Immutable and thread-safe.
 *
 * @param period      the holiday period
 * @param year        the year whose period it is
 * @param from        the first day that may change: {@value #MARGIN_DAYS} days before the first default day off
 * @param to          the last day that may change: {@value #MARGIN_DAYS} days after the last default day off
 * @param defaultDays the public holidays the Labour Code's defaults give, ascending (make-up days follow them)
 */
public record ProvisionalPeriod(HolidayPeriod period, int year, LocalDate from, LocalDate to, List<LocalDate> defaultDays) {

    /**
     * Days around the default days off in which a decision may still move or swap a day. The
     * decisions shipped for 2024-2026 moved Tết by one day and swapped Saturdays 4 to 11 days
     * from the holiday (26/4/2025, 4/5/2024, 10/1/2026, 22/8/2026); two weeks holds them all.
     */
    public static final int MARGIN_DAYS = 14;

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** @throws IllegalArgumentException if there are no default days or {@code to} is before {@code from} */
    public ProvisionalPeriod {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        defaultDays = List.copyOf(defaultDays);
        if (defaultDays.isEmpty()) {
            throw new IllegalArgumentException("a provisional period has default days off");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
    }

    /** Whether {@code date} lies in the days that may change. */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Whether the days from {@code a} to {@code b} (either order, both included) touch the days that may change. */
    public boolean overlaps(LocalDate a, LocalDate b) {
        LocalDate lo = a.isBefore(b) ? a : b;
        LocalDate hi = a.isBefore(b) ? b : a;
        return !hi.isBefore(from) && !lo.isAfter(to);
    }

    /**
     * E.g. "Quốc khánh 2/9 năm 2027: Chính phủ chưa quyết định; ngày nghỉ tạm tính theo luật
     * (02/09/2027-03/09/2027)" / "National Day (2 September) 2027: not yet decided by the
     * Government; days off provisionally follow the law (2027-09-02 to 2027-09-03)".
     */
    public Bilingual describe() {
        LocalDate first = defaultDays.get(0);
        LocalDate last = defaultDays.get(defaultDays.size() - 1);
        String daysVi = first.equals(last) ? VI.format(first) : VI.format(first) + "-" + VI.format(last);
        String daysEn = first.equals(last) ? first.toString() : first + " to " + last;
        return Bilingual.of(period.name() + " năm " + year + ": Chính phủ chưa quyết định; ngày nghỉ tạm tính theo luật ("
                        + daysVi + ")",
                period.englishName() + " " + year + ": not yet decided by the Government; days off provisionally follow the law ("
                        + daysEn + ")");
    }
}
