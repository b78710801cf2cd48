package vn.dialogue.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import vn.dialogue.text.Bilingual;

/**
 * A deadline on a fixed calendar day, with its meaning made explicit.
 *
 * <p>Whether "trước ngày X" includes day X is not settled by any source, so the rule says
 * which it means: {@link Meaning#BEFORE} delivers by the end of the day before X,
 * {@link Meaning#BY_END_OF} by the end of X itself. Immutable and thread-safe.
 *
 * @param date    the day named in the plan, never null
 * @param meaning how the named day is read, never null
 */
public record FixedDeadline(LocalDate date, Meaning meaning) implements DeadlineRule {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

    /** How the day named in a fixed deadline is read. */
    public enum Meaning {
        /** "trước ngày X": due by the end of the day before X. */
        BEFORE,
        /** "hạn cuối ngày X", "chậm nhất ngày X": due by the end of X. */
        BY_END_OF
    }

    public FixedDeadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(meaning, "meaning");
    }

    /** "trước ngày X": work is due by the end of the day before {@code date}. */
    public static FixedDeadline before(LocalDate date) {
        return new FixedDeadline(date, Meaning.BEFORE);
    }

    /** Work is due by the end of {@code date}. */
    public static FixedDeadline byEndOf(LocalDate date) {
        return new FixedDeadline(date, Meaning.BY_END_OF);
    }

    /** The last day on which the work is on time. */
    public LocalDate lastDay() {
        return meaning == Meaning.BEFORE ? date.minusDays(1) : date;
    }

    @Override
    public Bilingual describe() {
        if (meaning == Meaning.BEFORE) {
            return Bilingual.of(
                    "trước ngày " + VI.format(date) + " (hạn cuối: hết ngày " + VI.format(lastDay()) + ")",
                    "before " + EN.format(date) + " (due by end of " + EN.format(lastDay()) + ")");
        }
        return Bilingual.of("chậm nhất hết ngày " + VI.format(date), "by end of " + EN.format(date));
    }
}
