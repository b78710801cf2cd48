package vn.dialogue.calendar;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import vn.dialogue.text.Nfc;

/**
 * The weekly rest days of the public service while a rule is in force. Immutable and thread-safe.
 *
 * @param days     the rest days of the week, at least one
 * @param validity when the rule is in force
 * @param source   the legal provision
 */
public record WeeklyRest(Set<DayOfWeek> days, Validity validity, String source) {

    /**
     * @param days the rest days of the week, at least one
     * @param validity when the rule is in force
     * @param source the legal provision
     * @throws IllegalArgumentException if {@code days} is empty or covers the whole week, or the source is blank
     */
    public WeeklyRest {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(validity, "validity");
        source = Nfc.of(Objects.requireNonNull(source, "source")).strip();
        if (days.isEmpty() || days.size() == 7) {
            throw new IllegalArgumentException("weekly rest must name 1 to 6 weekdays, was " + days);
        }
        if (source.isEmpty()) {
            throw new IllegalArgumentException("weekly rest rule needs a source (the legal provision)");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }
}
