package vn.dialogue.intake;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.text.Bilingual;

/**
 * What is wrong with one row of a submissions table: the row's number as the spreadsheet shows it (1 is the first
 * row), the column's header as written, the value as written, and a message. The value is the asker's own input
 * and may be personal data: show it to the official importing the table, never log it. Immutable and thread-safe.
 *
 * @param row     the spreadsheet row number, from 1; 0 for the file or the table as a whole
 * @param column  the header of the column as written, or null for the row as a whole
 * @param value   the cell's value as written (cut to {@value #MAX_VALUE} characters), or null
 * @param message what is wrong and how to fix it, in Vietnamese and English
 */
public record SubmissionRowError(int row, @Nullable String column, @Nullable String value, Bilingual message) {

    /** The most characters of a value an error repeats. */
    public static final int MAX_VALUE = 80;

    /**
     * Checks the fields and cuts a long value to {@value #MAX_VALUE} characters and an ellipsis.
     *
     * @param row     the spreadsheet row number, from 1; 0 for the file or the table as a whole
     * @param column  the header of the column as written, or null for the row as a whole
     * @param value   the cell's value as written (cut to {@value #MAX_VALUE} characters), or null
     * @param message what is wrong and how to fix it, in Vietnamese and English
     * @throws IllegalArgumentException if {@code row} is negative
     * @throws NullPointerException     if {@code message} is null
     */
    public SubmissionRowError {
        if (row < 0) {
            throw new IllegalArgumentException("row cannot be negative, was " + row);
        }
        Objects.requireNonNull(message, "message");
        if (value != null && value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE) + "…";
        }
    }

    /**
     * The error as one line, e.g. "row 7, column 'Ngày nhận' ('31/02/2024'): ...", in the given language.
     *
     * @param locale Vietnamese ({@code vi}) or any other language for English
     * @return the line; never null
     */
    public String format(Locale locale) {
        boolean vi = "vi".equals(locale.getLanguage());
        StringBuilder s = new StringBuilder(row == 0 ? (vi ? "bảng" : "table") : (vi ? "dòng " : "row ") + row);
        if (column != null) {
            s.append(vi ? ", cột '" : ", column '").append(column).append('\'');
        }
        if (value != null) {
            s.append(" ('").append(value).append("')");
        }
        return s.append(": ").append(message.in(locale)).toString();
    }

    /** Row, column and message; leaves out the value, which may be personal data. */
    @Override
    public String toString() {
        return "SubmissionRowError[row " + row + (column == null ? "" : ", column '" + column + "'") + ": "
                + message.en() + "]";
    }
}
