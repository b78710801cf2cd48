package vn.dialogue.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The date on a document, which a draft may know only in part: "ngày     tháng 10 năm 2024".
 * Immutable and thread-safe.
 *
 * @param year  the year, 1900 to 2999
 * @param month 1 to 12, or null when unknown
 * @param day   day of month, or null when unknown; only with a month
 */
public record IssueDate(int year, @Nullable Integer month, @Nullable Integer day) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * Checks the components.
     *
     * @param year the year, 1900 to 2999
     * @param month 1 to 12, or null when unknown
     * @param day day of month, or null when unknown; only with a month
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     */
    public IssueDate {
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("year " + year + " is out of range 1900-2999");
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " is out of range 1-12");
        }
        if (month != null && day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(String.format("%04d-%02d-%02d is not a date: %s",
                        year, month, day, e.getMessage()), e);
            }
        }
    }

    /**
     * A full date: day, month and year.
     *
     * @param date the day
     * @return the issue date
     */
    public static IssueDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new IssueDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * A month of a year, the day left blank (a draft).
     *
     * @param month the month
     * @return the issue date
     */
    public static IssueDate of(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return new IssueDate(month.getYear(), month.getMonthValue(), null);
    }

    /**
     * A year only, the day and month left blank (a draft).
     *
     * @param year the year
     * @return the issue date
     */
    public static IssueDate ofYear(int year) {
        return new IssueDate(year, null, null);
    }

    /**
     * Parses "2024", "2024-10" or "2024-10-05".
     *
     * @param text "2024", "2024-10" or "2024-10-05"
     * @return the issue date it names
     * @throws IllegalArgumentException if the text is none of these, or not a real date
     */
    public static IssueDate parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date: write 2024, 2024-10 or 2024-10-05");
        }
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new IssueDate(Integer.parseInt(m.group(1)), month, day);
    }

    /**
     * True when the day is known.
     *
     * @return true when the day is known
     */
    public boolean isComplete() {
        return day != null;
    }

    /**
     * The full date, when the day is known.
     *
     * @return the full date, when the day is known
     */
    public Optional<LocalDate> toLocalDate() {
        return day == null || month == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /** The text form read by {@link #parse}. */
    @Override
    public String toString() {
        if (month == null) {
            return String.format("%04d", year);
        }
        if (day == null) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
