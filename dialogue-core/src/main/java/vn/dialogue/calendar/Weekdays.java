package vn.dialogue.calendar;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * Weekday names as Vietnamese documents write them: "Thứ Hai" … "Thứ Bảy", "Chủ nhật", and
 * "T2" … "T7", "CN" in tables; English names for English output. Thread-safe.
 */
public final class Weekdays {

    private static final String[] VI = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
    private static final String[] VI_SHORT = {"T2", "T3", "T4", "T5", "T6", "T7", "CN"};
    private static final String[] EN = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private Weekdays() {
    }

    /** "Thứ Hai" for Monday … "Chủ nhật" for Sunday (capitalised, as at the start of a line or a cell). */
    public static String vi(DayOfWeek day) {
        return VI[Objects.requireNonNull(day, "day").ordinal()];
    }

    /** "T2" for Monday … "T7" for Saturday, "CN" for Sunday, as in a table's column. */
    public static String viShort(DayOfWeek day) {
        return VI_SHORT[Objects.requireNonNull(day, "day").ordinal()];
    }

    /** "Monday" … "Sunday". */
    public static String en(DayOfWeek day) {
        return EN[Objects.requireNonNull(day, "day").ordinal()];
    }

    /** "Mon" … "Sun". */
    public static String enShort(DayOfWeek day) {
        return en(day).substring(0, 3);
    }
}
