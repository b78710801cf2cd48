package vn.dialogue.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /** How the day named in a fixed deadline is read. */
    public enum Meaning {
        /** "trước ngày X": due by the end of the day before X. */
        BEFORE,
        /** "hạn cuối ngày X", "chậm nhất ngày X": due by the end of X. */
        BY_END_OF
    }

    /**
     * Checks the components.
     *
     * @param date the day named in the plan, never null
     * @param meaning how the named day is read, never null
     * @throws NullPointerException if a required component is null
     */
    public FixedDeadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(meaning, "meaning");
    }

    /**
     * "trước ngày X": work is due by the end of the day before {@code date}.
     *
     * @param date the day named in the plan, never null
     * @return "trước ngày X": work is due by the end of the day before {@code date}
     */
    public static FixedDeadline before(LocalDate date) {
        return new FixedDeadline(date, Meaning.BEFORE);
    }

    /**
     * Work is due by the end of {@code date}.
     *
     * @param date the day named in the plan, never null
     * @return a deadline at the end of {@code date}
     */
    public static FixedDeadline byEndOf(LocalDate date) {
        return new FixedDeadline(date, Meaning.BY_END_OF);
    }

    /**
     * The last day on which the work is on time.
     *
     * @return the last day on which the work is on time
     */
    public LocalDate lastDay() {
        return meaning == Meaning.BEFORE ? date.minusDays(1) : date;
    }

    @Override
    public Optional<LocalDate> lastDay(DeadlineContext context) {
        Objects.requireNonNull(context, "context");
        return Optional.of(lastDay());
    }

    @Override
    public List<MilestoneRef> dependsOn() {
        return List.of();
    }

    @Override
    public boolean countsWorkingDays() {
        return false;
    }

    /** E.g. "trước ngày 29/10/2024 (hạn cuối: hết ngày 28/10/2024)" / "before 29 Oct 2024 (due by end of 28 Oct 2024)". */
    @Override
    public Bilingual describe() {
        if (meaning == Meaning.BEFORE) {
            return Bilingual.of(
                    "trước ngày " + Dates.vi(date) + " (hạn cuối: hết ngày " + Dates.vi(lastDay()) + ")",
                    "before " + Dates.en(date) + " (due by end of " + Dates.en(lastDay()) + ")");
        }
        return Bilingual.of("chậm nhất hết ngày " + Dates.vi(date), "by end of " + Dates.en(date));
    }
}
