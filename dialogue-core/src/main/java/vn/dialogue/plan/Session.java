package vn.dialogue.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * A sitting of the dialogue: on a known day, or expected in a month ("dự kiến trong tháng 11/2024").
 * Immutable and thread-safe.
 *
 * @param id        stable key
 * @param date      the day, when fixed
 * @param month     the expected month, when the day is not fixed (if both are given they must agree)
 * @param partOfDay morning, afternoon, whole day or not yet decided
 * @param start     start time, or null
 * @param end       end time, or null
 * @param title     what the sitting is, as the documents name it ("Hội nghị đối thoại", "Hội thảo chuyên đề ..."),
 *                  or null for the plan's dialogue itself
 * @param venue     id of the venue where it is held, or null for the format's main venue
 * @param until     the last day of a window of dates ("từ ngày 15/9 đến ngày 25/9"), after {@code date}, or null for
 *                  a single day
 */
public record Session(String id, @Nullable LocalDate date, @Nullable YearMonth month, PartOfDay partOfDay,
                      @Nullable LocalTime start, @Nullable LocalTime end, @Nullable String title,
                      @Nullable String venue, @Nullable LocalDate until) {

    /**
     * Checks the components.
     *
     * @param id stable key
     * @param date the day, when fixed
     * @param month the expected month, when the day is not fixed (if both are given they must agree)
     * @param partOfDay morning, afternoon, whole day or not yet decided
     * @param start start time, or null
     * @param end end time, or null
     * @param title what the sitting is, as the documents name it, or null for the dialogue itself
     * @param venue id of the venue where it is held, or null for the format's main venue
     * @param until the last day of a window of dates, after {@code date}, or null for a single day
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Session {
        id = Ids.require(id, "id");
        if (date == null && month == null) {
            throw new IllegalArgumentException("session " + id + ": give a date or an expected month");
        }
        if (date != null && month != null && !YearMonth.from(date).equals(month)) {
            throw new IllegalArgumentException("session " + id + ": date " + date + " is not in month " + month);
        }
        partOfDay = partOfDay == null ? PartOfDay.UNSPECIFIED : partOfDay;
        if (start != null && end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("session " + id + ": end " + end + " is not after start " + start);
        }
        title = Nfc.normalize(title);
        venue = Ids.optional(venue, "venue");
        if (until != null) {
            if (date == null) {
                throw new IllegalArgumentException("session " + id + ": a window of dates (until " + until
                        + ") needs its first day (date)");
            }
            if (!until.isAfter(date)) {
                throw new IllegalArgumentException("session " + id + ": until " + until + " is not after date " + date);
            }
        }
    }

    /**
     * A sitting without title, own venue or window: the form every plan had before several sessions.
     *
     * @param id stable key
     * @param date the day, when fixed
     * @param month the expected month, when the day is not fixed
     * @param partOfDay morning, afternoon, whole day or not yet decided
     * @param start start time, or null
     * @param end end time, or null
     */
    public Session(String id, @Nullable LocalDate date, @Nullable YearMonth month, PartOfDay partOfDay,
                   @Nullable LocalTime start, @Nullable LocalTime end) {
        this(id, date, month, partOfDay, start, end, null, null, null);
    }

    /**
     * True when the sitting runs over a window of days.
     *
     * @return true when {@code until} is given
     */
    public boolean isWindow() {
        return until != null;
    }

    /**
     * A copy with a title, a venue of its own, or both.
     *
     * @param newTitle what the sitting is, or null
     * @param newVenue id of its venue, or null for the main venue
     * @return the copy
     */
    public Session withTitleAndVenue(@Nullable String newTitle, @Nullable String newVenue) {
        return new Session(id, date, month, partOfDay, start, end, newTitle, newVenue, until);
    }

    /**
     * A copy at other hours.
     *
     * @param newStart start time, or null
     * @param newEnd end time, or null
     * @return the copy
     */
    public Session withHours(@Nullable LocalTime newStart, @Nullable LocalTime newEnd) {
        return new Session(id, date, month, partOfDay, newStart, newEnd, title, venue, until);
    }

    /**
     * A session on a fixed day, without hours.
     *
     * @param id the session's id
     * @param date the day
     * @param partOfDay morning, afternoon, the whole day or not yet decided
     * @return the session
     */
    public static Session on(String id, LocalDate date, PartOfDay partOfDay) {
        return new Session(id, date, null, partOfDay, null, null);
    }

    /**
     * A session expected in a month, the day not yet fixed.
     *
     * @param id the session's id
     * @param month the month
     * @param partOfDay morning, afternoon, the whole day or not yet decided
     * @return the session
     */
    public static Session expectedIn(String id, YearMonth month, PartOfDay partOfDay) {
        return new Session(id, null, month, partOfDay, null, null);
    }

    /**
     * True when the day is fixed.
     *
     * @return true when the day is fixed
     */
    public boolean isDateKnown() {
        return date != null;
    }

    /**
     * The first day the session can be on: its date, or the first day of its expected month.
     *
     * @return the first day the session can be on: its date, or the first day of its expected month
     */
    public LocalDate earliestDay() {
        return date != null ? date : Objects.requireNonNull(month).atDay(1);
    }

    /**
     * The last day the session can be on: its date, or the last day of its expected month.
     *
     * @return the last day the session can be on: its date, or the last day of its expected month
     */
    public LocalDate latestDay() {
        if (until != null) {
            return until;
        }
        return date != null ? date : Objects.requireNonNull(month).atEndOfMonth();
    }

    /**
     * The year the session falls in.
     *
     * @return the year the session falls in
     */
    public int year() {
        return date != null ? date.getYear() : Objects.requireNonNull(month).getYear();
    }

    /**
     * A copy on a fixed day (the month is dropped).
     *
     * @param newDate the new {@code date}: the day, when fixed
     * @return a copy on a fixed day (the month is dropped)
     */
    public Session withDate(LocalDate newDate) {
        return new Session(id, newDate, null, partOfDay, start, end, title, venue,
                until != null && until.isAfter(newDate) ? until : null);
    }
}
