package vn.dialogue.question;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** The time zone dialogue deadlines are read in, and the day an instant falls on there. */
public final class DialogueTime {

    /** Vietnam's zone, UTC+7: a deadline day ends at 24:00 there. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private DialogueTime() {
    }

    /**
     * The day {@code instant} falls on in Vietnam (Asia/Ho_Chi_Minh).
     *
     * @param instant the instant
     * @return its day in Vietnam; never null
     * @throws NullPointerException if {@code instant} is null
     */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), ZONE);
    }

    /**
     * Whether work done at {@code done} meets a deadline ending with {@code lastDay}.
     *
     * @param done    when the work was done
     * @param lastDay the deadline's last day, in Vietnam
     * @return true if {@code done} falls on {@code lastDay} or before, in Vietnam
     * @throws NullPointerException if an argument is null
     */
    public static boolean onTime(Instant done, LocalDate lastDay) {
        return !dayOf(done).isAfter(Objects.requireNonNull(lastDay, "lastDay"));
    }
}
