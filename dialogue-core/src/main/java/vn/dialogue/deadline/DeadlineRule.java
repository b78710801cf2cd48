package vn.dialogue.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.dialogue.text.Bilingual;

/**
 * When a piece of work is due, as the plan states it: a rule, not just a date. A fixed day
 * ({@link FixedDeadline}), an offset from another milestone ({@link OffsetDeadline}), a statutory
 * period ({@link StatutoryDeadline}), or any of these with steps it must follow
 * ({@link DependentDeadline}).
 *
 * <p>A rule resolves to its last day against a {@link DeadlineContext} (the dates of the
 * milestones it counts from, and the working calendar). Implementations are immutable and
 * thread-safe.
 */
public sealed interface DeadlineRule permits FixedDeadline, OffsetDeadline, StatutoryDeadline, DependentDeadline {

    /**
     * How the rule reads in a document, in Vietnamese and English; never null.
     *
     * @return how the rule reads in a document, in Vietnamese and English; never null
     */
    Bilingual describe();

    /**
     * The milestones the rule needs a date for (or must follow), in order; empty for a fixed day. Never null.
     *
     * @return the milestones the rule needs a date for (or must follow), in order; empty for a fixed day
     */
    List<MilestoneRef> dependsOn();

    /**
     * The last day on which the work is on time, or empty when a milestone the rule counts from
     * has no date in {@code context}.
     *
     * @param context the working calendar and the milestones that deadlines resolve against
     * @return the last day on which the work is on time, or empty when a milestone the rule counts from has no date in
     *         {@code context}
     * @throws IllegalArgumentException if the result falls outside the calendar's supported years
     */
    Optional<LocalDate> lastDay(DeadlineContext context);

    /**
     * Whether the rule counts in working days, so that its last day must be a working day.
     *
     * @return whether the rule counts in working days, so that its last day must be a working day
     */
    boolean countsWorkingDays();

    /**
     * The rule resolved against {@code context}, or empty when a milestone it counts from has no date; the
     * deadline names the undecided holiday periods its last day depends on ({@link Deadline#provisional()}).
     */
    default Optional<Deadline> resolve(DeadlineContext context) {
        return lastDay(context).map(day -> new Deadline(this, day, Deadline.provisionalFor(this, context, day)));
    }
}
