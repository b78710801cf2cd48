package vn.dialogue.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The days on which a rule is in force: from a first day to a last day, both included, either
 * end open. Laws change, so every calendar rule carries one. Immutable and thread-safe.
 *
 * @param from  the first day in force, or null when the rule has always applied
 * @param until the last day in force, or null when the rule still applies
 */
public record Validity(@Nullable LocalDate from, @Nullable LocalDate until) {

    /**
     * @param from the first day in force, or null when the rule has always applied
     * @param until the last day in force, or null when the rule still applies
     * @throws IllegalArgumentException if {@code until} is before {@code from}
     */
    public Validity {
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("validity ends on " + until + ", before it starts on " + from);
        }
    }

    /**
     * In force on every day.
     *
     * @return in force on every day
     */
    public static Validity always() {
        return new Validity(null, null);
    }

    /**
     * In force from {@code from} (included) on.
     *
     * @param from the first day in force, or null when the rule has always applied
     * @return in force from {@code from} (included) on
     */
    public static Validity from(LocalDate from) {
        return new Validity(Objects.requireNonNull(from, "from"), null);
    }

    /**
     * In force from {@code from} to {@code until}, both included.
     *
     * @param from the first day in force, or null when the rule has always applied
     * @param until the last day in force, or null when the rule still applies
     * @return in force from {@code from} to {@code until}, both included
     */
    public static Validity between(LocalDate from, LocalDate until) {
        return new Validity(Objects.requireNonNull(from, "from"), Objects.requireNonNull(until, "until"));
    }

    /**
     * Whether the rule is in force on {@code date}.
     *
     * @param date the day asked about
     * @return whether the rule is in force on {@code date}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }

    /**
     * The first day in force, if bounded.
     *
     * @return the first day in force, if bounded
     */
    public Optional<LocalDate> firstDay() {
        return Optional.ofNullable(from);
    }

    /**
     * The last day in force, if bounded.
     *
     * @return the last day in force, if bounded
     */
    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(until);
    }
}
