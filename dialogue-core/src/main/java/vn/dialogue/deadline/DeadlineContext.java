package vn.dialogue.deadline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.dialogue.calendar.WorkingCalendar;

/**
 * What a deadline rule needs to resolve: the dates of the milestones it counts from and the
 * working calendar. Immutable and thread-safe; {@link #with} returns a new context.
 *
 * @param calendar the working days and holidays to count with
 * @param dates    the known milestone dates
 */
public record DeadlineContext(WorkingCalendar calendar, Map<MilestoneRef, LocalDate> dates) {

    /**
     * Checks the components and normalises them (collections copied, unmodifiable).
     *
     * @param calendar the working days and holidays to count with
     * @param dates the known milestone dates
     * @throws NullPointerException if a required component is null
     */
    public DeadlineContext {
        Objects.requireNonNull(calendar, "calendar");
        dates = Map.copyOf(dates);
    }

    /**
     * A context with no milestone dates yet.
     *
     * @param calendar the working days and holidays to count with
     * @return a context with no milestone dates yet
     */
    public static DeadlineContext of(WorkingCalendar calendar) {
        return new DeadlineContext(calendar, Map.of());
    }

    /**
     * This context with {@code milestone} on {@code date} (replacing any earlier date).
     *
     * @param milestone the milestone, e.g. {@code session}
     * @param date its day
     * @return this context with {@code milestone} on {@code date} (replacing any earlier date)
     */
    public DeadlineContext with(MilestoneRef milestone, LocalDate date) {
        Map<MilestoneRef, LocalDate> copy = new HashMap<>(dates);
        copy.put(Objects.requireNonNull(milestone, "milestone"), Objects.requireNonNull(date, "date"));
        return new DeadlineContext(calendar, copy);
    }

    /**
     * The date of {@code milestone}, if known.
     *
     * @param milestone the milestone asked for
     * @return the date of {@code milestone}, if known
     */
    public Optional<LocalDate> dateOf(MilestoneRef milestone) {
        return Optional.ofNullable(dates.get(Objects.requireNonNull(milestone, "milestone")));
    }
}
