package vn.dialogue.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How deadlines print days: "28/10/2024" in Vietnamese, "28 Oct 2024" in English. */
final class Dates {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    static String vi(LocalDate date) {
        return VI.format(date);
    }

    /**
     * "29 tháng 10 năm 2026", "01 tháng 12 năm 2026", "05 tháng 02 năm 2025": the day below 10 and the months 1 and 2
     * with a leading zero, as Nghị định 30/2020/NĐ-CP writes dates in a document's text.
     */
    static String viLong(LocalDate date) {
        int m = date.getMonthValue();
        return String.format(Locale.ROOT, "%02d tháng %s năm %d", date.getDayOfMonth(),
                m <= 2 ? String.format(Locale.ROOT, "%02d", m) : Integer.toString(m), date.getYear());
    }

    static String en(LocalDate date) {
        return EN.format(date);
    }
}
