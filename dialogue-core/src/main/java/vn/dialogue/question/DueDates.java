package vn.dialogue.question;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.MilestoneRef;

/**
 * Resolves the deadlines of the question lifecycle (answer preparation, promised written answers, notices to
 * askers, conclusion tasks) from the plan's deadline rules on the working calendar, so commands carry a day,
 * never a guess. Immutable and thread-safe.
 *
 * <pre>{@code
 * DueDates dates = DueDates.on(WorkingCalendar.vietnam());
 * LocalDate promised = dates.resolve(StatutoryDeadline.writtenReply(MilestoneRef.session()),
 *         MilestoneRef.session(), sessionDay);        // 10 working days after the session
 * }</pre>
 *
 * @param calendar the working days and holidays to count on
 */
public record DueDates(WorkingCalendar calendar) {

    /**
     * Checks the calendar.
     *
     * @param calendar the working days and holidays to count on
     * @throws NullPointerException if {@code calendar} is null
     */
    public DueDates {
        Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * Due dates counted on {@code calendar}.
     *
     * @param calendar the working days and holidays to count on
     * @return the due dates; never null
     * @throws NullPointerException if {@code calendar} is null
     */
    public static DueDates on(WorkingCalendar calendar) {
        return new DueDates(calendar);
    }

    /**
     * The day {@code days} working days after {@code day}, not counting {@code day} itself.
     *
     * @param day  the day to count from
     * @param days how many working days to count
     * @return the working day reached; never null
     * @throws NullPointerException if {@code day} is null
     */
    public LocalDate workingDaysAfter(LocalDate day, int days) {
        return calendar.plusWorkingDays(Objects.requireNonNull(day, "day"), days);
    }

    /**
     * The day {@code days} working days after the day {@code at} falls on in Vietnam.
     *
     * @param at   the instant whose day, in Vietnam's time zone, to count from
     * @param days how many working days to count
     * @return the working day reached; never null
     * @throws NullPointerException if {@code at} is null
     */
    public LocalDate workingDaysAfter(Instant at, int days) {
        return workingDaysAfter(DialogueTime.dayOf(at), days);
    }

    /**
     * The last day of {@code rule} when {@code milestone} falls on {@code day}, counted on this calendar.
     *
     * @param rule      the deadline rule
     * @param milestone the milestone the rule counts from
     * @param day       the day the milestone falls on
     * @return the rule's last day; never null
     * @throws IllegalArgumentException if the rule counts from another milestone, so that it has no day
     */
    public LocalDate resolve(DeadlineRule rule, MilestoneRef milestone, LocalDate day) {
        return resolve(rule, DeadlineContext.of(calendar).with(milestone, day));
    }

    /**
     * The last day of {@code rule} in {@code context} (whose calendar is used, not this one's).
     *
     * @param rule    the deadline rule
     * @param context the calendar and the milestones' days
     * @return the rule's last day; never null
     * @throws NullPointerException     if {@code rule} or {@code context} is null
     * @throws IllegalArgumentException if a milestone the rule counts from has no day in the context
     */
    public static LocalDate resolve(DeadlineRule rule, DeadlineContext context) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(context, "context");
        return rule.lastDay(context).orElseThrow(() -> new IllegalArgumentException("the rule \""
                + rule.describe().en() + "\" counts from " + rule.dependsOn() + ", which have no day here"));
    }
}
