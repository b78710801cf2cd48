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
     * How the rule reads inside a sentence of a document, in Vietnamese: "trước ngày 29 tháng 10 năm 2026" for a
     * day before which the work is delivered, "chậm nhất ngày 31 tháng 3 năm 2025" for a last day, the rule's
     * {@link #describe() description} for a rule counted from another milestone; a rule that follows other steps reads
     * as its own rule (the steps it follows order the timeline, they are not printed). This is what a task's text
     * prints where it holds the deadline marker ({@code Task.DEADLINE_MARKER}). Never null.
     *
     * @return how the rule reads inside a sentence, in Vietnamese
     */
    default String inText() {
        if (this instanceof DependentDeadline d) {
            return d.rule().inText();
        }
        if (this instanceof FixedDeadline f) {
            return (f.meaning() == FixedDeadline.Meaning.BEFORE ? "trước ngày " : "chậm nhất ngày ")
                    + Dates.viLong(f.date());
        }
        return describe().vi();
    }

    /**
     * The day the rule names in so many words, if it names one: the day of a {@link FixedDeadline} (also under a
     * {@link DependentDeadline}); empty for a rule counted from another milestone.
     *
     * @return the day the rule names, or empty
     */
    default Optional<LocalDate> statedDay() {
        if (this instanceof DependentDeadline d) {
            return d.rule().statedDay();
        }
        if (this instanceof FixedDeadline f) {
            return Optional.of(f.date());
        }
        return Optional.empty();
    }

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
