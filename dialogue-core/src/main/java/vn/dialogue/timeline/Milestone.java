package vn.dialogue.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import vn.dialogue.deadline.Deadline;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.text.Bilingual;

/**
 * One point of a {@link Timeline}: a session, a dated event (a question received) or a deadline,
 * with its day when known. Immutable and thread-safe.
 *
 * @param ref           how rules refer to it, e.g. {@code task:tong-hop-y-kien-phu-nu}
 * @param kind          session, event or deadline
 * @param label         what it is, e.g. "Nhiệm vụ 'tong-hop' (so-ldtbxh)" / "Task 'tong-hop' (so-ldtbxh)"
 * @param rule          the deadline rule, null for sessions and events
 * @param date          the day (a deadline's last day), or null while it cannot be known
 * @param expectedMonth for a session without a day, the month it is expected in; else null
 * @param dependsOn     the milestones its rule counts from or follows
 * @param path          where it sits in the plan file, e.g. {@code sessions[0]}
 */
public record Milestone(MilestoneRef ref, Kind kind, Bilingual label, @Nullable DeadlineRule rule,
                        @Nullable LocalDate date, @Nullable YearMonth expectedMonth, List<MilestoneRef> dependsOn,
                        String path) {

    /** What a milestone is. */
    public enum Kind {
        /** Something that happened on a known day, e.g. a question received. */
        EVENT,
        /** The last day of a piece of work. */
        DEADLINE,
        /** A sitting of the dialogue. */
        SESSION
    }

    /**
     * Checks the components and normalises them (collections copied, unmodifiable).
     *
     * @param ref how rules refer to it, e.g. {@code task:tong-hop-y-kien-phu-nu}
     * @param kind session, event or deadline
     * @param label what it is, e.g. "Nhiệm vụ 'tong-hop' (so-ldtbxh)" / "Task 'tong-hop' (so-ldtbxh)"
     * @param rule the deadline rule, null for sessions and events
     * @param date the day (a deadline's last day), or null while it cannot be known
     * @param expectedMonth for a session without a day, the month it is expected in; else null
     * @param dependsOn the milestones its rule counts from or follows
     * @param path where it sits in the plan file, e.g. {@code sessions[0]}
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Milestone {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(path, "path");
        if ((kind == Kind.DEADLINE) != (rule != null)) {
            throw new IllegalArgumentException("a deadline milestone, and only one, has a rule: " + ref);
        }
    }

    /**
     * The day, if known.
     *
     * @return the day, if known
     */
    public Optional<LocalDate> day() {
        return Optional.ofNullable(date);
    }

    /**
     * The resolved deadline of a deadline milestone whose day is known.
     *
     * @return the resolved deadline of a deadline milestone whose day is known
     */
    public Optional<Deadline> deadline() {
        return rule == null || date == null ? Optional.empty() : Optional.of(new Deadline(rule, date));
    }

    /** The day used to order the timeline: the date, else the last day of the expected month, else none. */
    Optional<LocalDate> sortDay() {
        if (date != null) {
            return Optional.of(date);
        }
        return Optional.ofNullable(expectedMonth).map(YearMonth::atEndOfMonth);
    }
}
