package vn.dialogue.participant;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.text.Bilingual;

/**
 * What is wrong with one row of a delegate list: the row's number as the spreadsheet shows it (1 is the first
 * row), the column's header as written, the value as written, and a message. Immutable and thread-safe.
 *
 * @param row     the spreadsheet row number, from 1; 0 for the sheet as a whole
 * @param column  the header of the column as written, or null for the row as a whole
 * @param value   the cell's value as written, or null
 * @param message what is wrong and how to fix it, in Vietnamese and English
 */
public record RowError(int row, @Nullable String column, @Nullable String value, Bilingual message) {

    /**
     * Checks the fields.
     *
     * @param row     the spreadsheet row, from 1, or 0 for the sheet as a whole
     * @param column  the column's header as written, or null
     * @param value   the cell's value as written, or null
     * @param message what is wrong and how to fix it
     * @throws IllegalArgumentException if {@code row} is negative
     * @throws NullPointerException     if {@code message} is null
     */
    public RowError {
        if (row < 0) {
            throw new IllegalArgumentException("row cannot be negative, was " + row);
        }
        Objects.requireNonNull(message, "message");
    }

    /**
     * The error as one line, e.g. "row 7, column 'Giới tính' ('X'): gender must be Nam or Nữ", in the given
     * language.
     *
     * @param locale Vietnamese ({@code vi}) or any other language for English
     * @return the line; never null
     */
    public String format(Locale locale) {
        boolean vi = "vi".equals(locale.getLanguage());
        StringBuilder s = new StringBuilder(row == 0 ? (vi ? "bảng" : "sheet") : (vi ? "dòng " : "row ") + row);
        if (column != null) {
            s.append(vi ? ", cột '" : ", column '").append(column).append('\'');
        }
        if (value != null) {
            s.append(" ('").append(value).append("')");
        }
        return s.append(": ").append(message.in(locale)).toString();
    }

    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }
}
