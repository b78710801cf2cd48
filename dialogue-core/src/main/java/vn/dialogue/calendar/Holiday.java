package vn.dialogue.calendar;

import java.time.LocalDate;
import java.util.Objects;

import vn.dialogue.text.Nfc;

/**
 * A day off other than a weekly rest day, with why it is off. Immutable and thread-safe.
 *
 * @param date   the day
 * @param name   in Vietnamese, e.g. "Tết Âm lịch", "Nghỉ bù Tết Dương lịch"
 * @param kind   whether the law names the day, a make-up rule gives it, or a notice grants it
 * @param rule   the id of the {@link HolidayRule} it came from; {@code nghi-bu} for a make-up day,
 *               {@code thong-bao} for a day granted by a notice
 * @param source the legal provision or notice, e.g. "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b"
 */
public record Holiday(LocalDate date, String name, Kind kind, String rule, String source) {

    /** Rule id of make-up days. */
    public static final String MAKE_UP_RULE = "nghi-bu";
    /** Rule id of days off granted by an official notice. */
    public static final String NOTICE_RULE = "thong-bao";

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param date the day
     * @param name in Vietnamese, e.g. "Tết Âm lịch", "Nghỉ bù Tết Dương lịch"
     * @param kind whether the law names the day, a make-up rule gives it, or a notice grants it
     * @param rule the id of the {@link HolidayRule} it came from; {@code nghi-bu} for a make-up day, {@code thong-bao}
     *             for a day granted by a notice
     * @param source the legal provision or notice, e.g. "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b"
     * @throws NullPointerException if a required component is null
     */
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = Nfc.of(Objects.requireNonNull(name, "name"));
        rule = Objects.requireNonNull(rule, "rule");
        source = Nfc.of(Objects.requireNonNull(source, "source"));
    }

    /** Why a day is off. */
    public enum Kind {
        /** A holiday the law names (ngày lễ, tết). */
        PUBLIC_HOLIDAY,
        /** A make-up day for a holiday that fell on a weekly rest day (nghỉ bù). */
        MAKE_UP_DAY,
        /** An extra day off granted by an official notice, usually swapped for a worked Saturday (nghỉ hoán đổi). */
        NOTICE_DAY_OFF
    }
}
