package vn.dialogue.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.dialogue.text.Bilingual;

/**
 * A deadline rule with the steps the work must follow: the union sends its compiled submissions
 * before the department compiles them all, so the department's deadline follows the union's. The
 * day comes from {@link #rule()}; {@link #follows()} only orders the timeline, and the timeline
 * checks report a follower due before, or too soon after, what it follows. Immutable and thread-safe.
 *
 * @param rule    the rule that gives the day; not itself a {@code DependentDeadline}
 * @param follows the milestones (usually tasks) the work needs first, at least one
 */
public record DependentDeadline(DeadlineRule rule, List<MilestoneRef> follows) implements DeadlineRule {

    /**
     * @param rule the rule that gives the day; not itself a {@code DependentDeadline}
     * @param follows the milestones (usually tasks) the work needs first, at least one
     * @throws IllegalArgumentException if {@code follows} is empty or {@code rule} is itself dependent
     */
    public DependentDeadline {
        Objects.requireNonNull(rule, "rule");
        follows = List.copyOf(follows);
        if (follows.isEmpty()) {
            throw new IllegalArgumentException("a dependent deadline follows at least one milestone");
        }
        if (rule instanceof DependentDeadline) {
            throw new IllegalArgumentException("merge the follows lists instead of nesting dependent deadlines");
        }
    }

    /**
     * {@code rule}, following {@code follows}.
     *
     * @param rule the rule that gives the day; not itself a {@code DependentDeadline}
     * @param follows the milestones (usually tasks) the work needs first, at least one
     * @return {@code rule}, following {@code follows}
     */
    public static DependentDeadline of(DeadlineRule rule, MilestoneRef... follows) {
        return new DependentDeadline(rule, List.of(follows));
    }

    @Override
    public Optional<LocalDate> lastDay(DeadlineContext context) {
        return rule.lastDay(context);
    }

    /** The milestones of the rule, then those followed. */
    @Override
    public List<MilestoneRef> dependsOn() {
        List<MilestoneRef> all = new ArrayList<>(rule.dependsOn());
        follows.stream().filter(f -> !all.contains(f)).forEach(all::add);
        return List.copyOf(all);
    }

    @Override
    public boolean countsWorkingDays() {
        return rule.countsWorkingDays();
    }

    /** The rule's description, then "; sau hạn nhiệm vụ 'x'" / "; after the deadline of task 'x'". */
    @Override
    public Bilingual describe() {
        Bilingual inner = rule.describe();
        return Bilingual.of(
                inner.vi() + "; sau " + follows.stream().map(f -> f.label().vi()).collect(Collectors.joining(", ")),
                inner.en() + "; after " + follows.stream().map(f -> f.label().en()).collect(Collectors.joining(", ")));
    }
}
