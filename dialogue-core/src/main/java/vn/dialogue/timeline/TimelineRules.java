package vn.dialogue.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.dialogue.calendar.Holiday;
import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.check.Finding;
import vn.dialogue.check.PlanRule;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.DependentDeadline;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.deadline.StatutoryDeadline;
import vn.dialogue.plan.Plan;
import vn.dialogue.text.Bilingual;

/**
 * Plan checks over the {@link Timeline}, to add to the standard ones:
 * {@code PlanChecker.standard().with(TimelineRules.all(WorkingCalendar.vietnam()))}. Each rule
 * resolves the plan's timeline on the given calendar and never throws for an incomplete plan.
 *
 * <table>
 *   <caption>Rules and their finding codes</caption>
 *   <tr><td>{@link #resolution}</td><td>{@code TIMELINE_CYCLE}, {@code TIMELINE_DANGLING_REFERENCE} (errors),
 *       {@code TIMELINE_UNRESOLVED}, {@code TIMELINE_OUT_OF_RANGE} (warnings)</td></tr>
 *   <tr><td>{@link #order}</td><td>{@code DEADLINE_ORDER} (error): due before a step it follows</td></tr>
 *   <tr><td>{@link #minimumGap}</td><td>{@code DEADLINE_GAP_TOO_SHORT} (warning): fewer working days than
 *       the minimum after a step it follows</td></tr>
 *   <tr><td>{@link #beforeSession}</td><td>{@code TASK_DEADLINE_AFTER_SESSION} (error),
 *       {@code TASK_DEADLINE_MAY_FOLLOW_SESSION} (warning)</td></tr>
 *   <tr><td>{@link #workingDays}</td><td>{@code DEADLINE_WORKING_DAYS_ON_DAY_OFF} (error) for a rule
 *       counted in working days, {@code DEADLINE_ON_DAY_OFF} (warning) otherwise</td></tr>
 *   <tr><td>{@link #sessionOnDayOff}</td><td>{@code SESSION_ON_DAY_OFF} (warning)</td></tr>
 * </table>
 */
public final class TimelineRules {

    /** The minimum number of working days between dependent steps used by {@link #all(WorkingCalendar)}. */
    public static final int DEFAULT_MINIMUM_GAP = 2;

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TimelineRules() {
    }

    /**
     * Every timeline rule, with {@value #DEFAULT_MINIMUM_GAP} working days as the minimum gap.
     *
     * @param calendar the working days and holidays to count with
     * @return every timeline rule, with {@value #DEFAULT_MINIMUM_GAP} working days as the minimum gap
     */
    public static PlanRule[] all(WorkingCalendar calendar) {
        return all(calendar, DEFAULT_MINIMUM_GAP);
    }

    /**
     * Every timeline rule, with {@code minimumGap} working days between dependent steps.
     *
     * @param calendar the working days and holidays to count with
     * @param minimumGap the fewest working days between dependent steps
     * @return every timeline rule, with {@code minimumGap} working days between dependent steps
     */
    public static PlanRule[] all(WorkingCalendar calendar, int minimumGap) {
        return new PlanRule[] {resolution(calendar), order(calendar), minimumGap(calendar, minimumGap),
                beforeSession(calendar), workingDays(calendar), sessionOnDayOff(calendar)};
    }

    /**
     * The timeline's own findings: cycles, dangling references, deadlines that cannot be dated.
     *
     * @param calendar the working days and holidays to count with
     * @return the timeline's own findings: cycles, dangling references, deadlines that cannot be dated
     */
    public static PlanRule resolution(WorkingCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return plan -> Timeline.of(plan, calendar).findings();
    }

    /**
     * A deadline due before a step it follows ({@code follows:} in the plan file).
     *
     * @param calendar the working days and holidays to count with
     * @return a deadline due before a step it follows ({@code follows:} in the plan file)
     */
    public static PlanRule order(WorkingCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return plan -> {
            Timeline timeline = Timeline.of(plan, calendar);
            List<Finding> out = new ArrayList<>();
            forEachFollow(timeline, (m, before) -> {
                if (m.date().isBefore(before.date())) {
                    out.add(Finding.error("DEADLINE_ORDER", m.path(),
                            m.label().vi() + " có hạn " + vi(m.date()) + ", trước hạn " + vi(before.date()) + " của "
                                    + lower(before.label().vi()) + " mà nó phải làm sau.",
                            m.label().en() + " is due " + m.date() + ", before " + before.date() + ", the deadline of "
                                    + lower(before.label().en()) + ", which it follows."));
                }
            });
            return out;
        };
    }

    /**
     * Fewer than {@code minimum} working days between a step's deadline and the deadline of a step
     * that follows it (counting the days after the first up to and including the second).
     *
     * @param calendar the working days and holidays to count with
     * @param minimum the fewest working days a task's deadline should leave before the session
     * @return fewer than {@code minimum} working days between a step's deadline and the deadline of a step that follows
     *         it (counting the days after the first up to and including the second)
     * @throws IllegalArgumentException if {@code minimum} is negative
     */
    public static PlanRule minimumGap(WorkingCalendar calendar, int minimum) {
        Objects.requireNonNull(calendar, "calendar");
        if (minimum < 0) {
            throw new IllegalArgumentException("the minimum gap cannot be negative, was " + minimum);
        }
        return plan -> {
            Timeline timeline = Timeline.of(plan, calendar);
            List<Finding> out = new ArrayList<>();
            forEachFollow(timeline, (m, before) -> {
                if (m.date().isBefore(before.date())) {
                    return; // the order rule reports it
                }
                if (!inRange(before.date()) || !inRange(m.date())) {
                    return; // working days cannot be counted outside the calendar's years
                }
                int gap = calendar.workingDaysBetween(before.date(), m.date());
                if (gap < minimum) {
                    out.add(Finding.warning("DEADLINE_GAP_TOO_SHORT", m.path(),
                            m.label().vi() + " chỉ có " + gap + " ngày làm việc sau hạn của " + lower(before.label().vi())
                                    + " (tối thiểu " + minimum + ").",
                            m.label().en() + " has only " + gap + " working days after the deadline of "
                                    + lower(before.label().en()) + " (minimum " + minimum + ")."));
                }
            });
            return out;
        };
    }

    /**
     * A task deadline on or after the plan's first session, unless the rule counts forward from a
     * session (a follow-up task). A deadline on a fixed day (also one that follows other steps) is
     * left to the standard schedule rule, which reports it under the same codes.
     *
     * @param calendar the working days and holidays to count with
     * @return a task deadline on or after the plan's first session, unless the rule counts forward from a session (a
     *         follow-up task)
     */
    public static PlanRule beforeSession(WorkingCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return plan -> {
            Timeline timeline = Timeline.of(plan, calendar);
            Optional<Milestone> session = timeline.milestone(MilestoneRef.session());
            List<Finding> out = new ArrayList<>();
            if (session.isEmpty()) {
                return out;
            }
            Milestone s = session.get();
            for (Milestone m : timeline.milestones()) {
                if (m.kind() != Milestone.Kind.DEADLINE || m.date() == null || base(m.rule()) instanceof FixedDeadline
                        || countsFromSession(timeline, m, new HashSet<>())) {
                    continue;
                }
                LocalDate day = m.date();
                if (s.date() != null ? !day.isBefore(s.date())
                        : s.expectedMonth() != null && day.isAfter(s.expectedMonth().atEndOfMonth())) {
                    out.add(Finding.error("TASK_DEADLINE_AFTER_SESSION", m.path(),
                            m.label().vi() + " có hạn " + vi(day) + ", không trước buổi đối thoại.",
                            m.label().en() + " is due " + day + ", not before the session."));
                } else if (s.date() == null && s.expectedMonth() != null && YearMonth.from(day).equals(s.expectedMonth())) {
                    out.add(Finding.warning("TASK_DEADLINE_MAY_FOLLOW_SESSION", m.path(),
                            m.label().vi() + " có hạn " + vi(day) + ", trong tháng tổ chức đối thoại; cần ấn định ngày "
                                    + "đối thoại sau hạn này.",
                            m.label().en() + " is due " + day + ", in the session's month; the session must be set after it."));
                }
            }
            return out;
        };
    }

    /**
     * A deadline whose last day is not a working day: an error when its rule counts working days
     * (the count went wrong, or the calendar changed), a warning otherwise (the work is in effect
     * due on the working day before).
     *
     * @param calendar the working days and holidays to count with
     * @return a deadline whose last day is not a working day: an error when its rule counts working days (the count
     *         went wrong, or the calendar changed), a warning otherwise (the work is in effect due on the working day
     *         before)
     */
    public static PlanRule workingDays(WorkingCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return plan -> {
            List<Finding> out = new ArrayList<>();
            for (Milestone m : Timeline.of(plan, calendar).milestones()) {
                if (m.kind() != Milestone.Kind.DEADLINE || m.date() == null || !inRange(m.date())
                        || calendar.isWorkingDay(m.date())) {
                    continue;
                }
                Bilingual why = dayOff(calendar, m.date());
                if (Objects.requireNonNull(m.rule()).countsWorkingDays()) {
                    out.add(Finding.error("DEADLINE_WORKING_DAYS_ON_DAY_OFF", m.path(),
                            m.label().vi() + " tính theo ngày làm việc nhưng hạn rơi vào " + vi(m.date()) + ", " + why.vi() + ".",
                            m.label().en() + " counts working days but falls on " + m.date() + ", " + why.en() + "."));
                } else {
                    out.add(Finding.warning("DEADLINE_ON_DAY_OFF", m.path(),
                            m.label().vi() + " có hạn vào " + vi(m.date()) + ", " + why.vi()
                                    + "; thực tế phải xong trong ngày làm việc trước đó.",
                            m.label().en() + " is due on " + m.date() + ", " + why.en()
                                    + "; in effect the work is due the working day before."));
                }
            }
            return out;
        };
    }

    /**
     * A session on a weekend or a public holiday.
     *
     * @param calendar the working days and holidays to count with
     * @return a session on a weekend or a public holiday
     */
    public static PlanRule sessionOnDayOff(WorkingCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return plan -> {
            List<Finding> out = new ArrayList<>();
            for (Milestone m : Timeline.of(plan, calendar).milestones()) {
                if (m.kind() == Milestone.Kind.SESSION && m.date() != null && inRange(m.date())
                        && !calendar.isWorkingDay(m.date())) {
                    Bilingual why = dayOff(calendar, m.date());
                    out.add(Finding.warning("SESSION_ON_DAY_OFF", m.path(),
                            m.label().vi() + " vào " + vi(m.date()) + ", " + why.vi() + ".",
                            m.label().en() + " is on " + m.date() + ", " + why.en() + "."));
                }
            }
            return out;
        };
    }

    // ---- helpers ----

    private interface FollowVisitor {
        void visit(Milestone follower, Milestone followed);
    }

    /** Calls {@code visitor} for each dated deadline and each dated milestone its rule follows. */
    private static void forEachFollow(Timeline timeline, FollowVisitor visitor) {
        for (Milestone m : timeline.milestones()) {
            if (m.date() != null && m.rule() instanceof DependentDeadline dependent) {
                for (MilestoneRef ref : dependent.follows()) {
                    timeline.milestone(ref).filter(f -> f.date() != null).ifPresent(f -> visitor.visit(m, f));
                }
            }
        }
    }

    /** Whether the rule of {@code m} counts forward from a session, directly or through other deadlines. */
    private static boolean countsFromSession(Timeline timeline, Milestone m, Set<MilestoneRef> seen) {
        if (!seen.add(m.ref()) || m.rule() == null) {
            return false;
        }
        DeadlineRule rule = base(m.rule());
        MilestoneRef from;
        if (rule instanceof OffsetDeadline offset && offset.direction() == OffsetDeadline.Direction.AFTER) {
            from = offset.from();
        } else if (rule instanceof StatutoryDeadline statutory) {
            from = statutory.from();
        } else {
            return false;
        }
        if (from.kind() == MilestoneRef.Kind.SESSION) {
            return true;
        }
        return timeline.milestone(from).map(next -> countsFromSession(timeline, next, seen)).orElse(false);
    }

    /** The rule that gives the day: a dependent deadline's own rule. */
    private static @Nullable DeadlineRule base(@Nullable DeadlineRule rule) {
        return rule instanceof DependentDeadline d ? d.rule() : rule;
    }

    private static boolean inRange(LocalDate day) {
        return day.getYear() >= WorkingCalendar.MIN_YEAR && day.getYear() <= WorkingCalendar.MAX_YEAR;
    }

    private static Bilingual dayOff(WorkingCalendar calendar, LocalDate day) {
        Optional<Holiday> holiday = calendar.holidayOn(day);
        if (holiday.isPresent()) {
            return Bilingual.of("ngày nghỉ " + holiday.get().name(), "a day off (" + holiday.get().name() + ")");
        }
        DayOfWeek dow = day.getDayOfWeek();
        String vi = dow == DayOfWeek.SUNDAY ? "Chủ nhật" : "thứ " + (dow == DayOfWeek.SATURDAY ? "Bảy" : dow.getValue() + 1);
        return Bilingual.of(vi + ", ngày nghỉ hằng tuần",
                "a " + dow.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + ", a weekly rest day");
    }

    private static String vi(LocalDate day) {
        return VI.format(day);
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
