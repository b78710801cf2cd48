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

    static String en(LocalDate date) {
        return EN.format(date);
    }
}
