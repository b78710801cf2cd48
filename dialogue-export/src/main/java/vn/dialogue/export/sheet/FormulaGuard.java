package vn.dialogue.export.sheet;

import java.util.Objects;

/**
 * Keeps text typed by users from running as a spreadsheet formula (CSV/formula injection): text
 * beginning with {@code = + - @}, a tab or a carriage return is what spreadsheet programs read
 * as a formula. Stateless and thread-safe.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /**
     * Whether a spreadsheet program could read {@code text} as a formula.
     *
     * @param text a cell's text
     * @return whether a spreadsheet program could read {@code text} as a formula
     */
    public static boolean isRisky(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * {@code text} as it must be written into a CSV file: risky text gets a leading apostrophe,
     * which spreadsheet programs show as a text marker; other text is unchanged.
     *
     * @param text a cell's text
     * @return {@code text} as it must be written into a CSV file: risky text gets a leading apostrophe, which
     *         spreadsheet programs show as a text marker; other text is unchanged
     */
    public static String forCsv(String text) {
        return isRisky(text) ? "'" + text : text;
    }

    /**
     * Undoes {@link #forCsv}: an apostrophe followed by risky text is dropped; other text is unchanged.
     *
     * @param text a cell's text as read from CSV
     * @return the text as it was before {@link #forCsv}
     */
    public static String fromCsv(String text) {
        Objects.requireNonNull(text, "text");
        return text.length() > 1 && text.charAt(0) == '\'' && isRisky(text.substring(1)) ? text.substring(1) : text;
    }
}
