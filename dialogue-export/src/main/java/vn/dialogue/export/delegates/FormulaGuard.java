package vn.dialogue.export.delegates;

/**
 * Keeps text from being taken for a spreadsheet formula (CSV injection): a cell that begins with {@code = + - @},
 * a tab or a carriage return is written with a leading apostrophe in CSV, and read back without it.
 */
final class FormulaGuard {

    private FormulaGuard() {
    }

    /** True when a spreadsheet could take {@code cell} for a formula. */
    static boolean risky(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** {@code cell}, with an apostrophe in front when it is {@link #risky}. */
    static String neutralise(String cell) {
        return risky(cell) ? "'" + cell : cell;
    }

    /** Undoes {@link #neutralise}: an apostrophe followed by a risky character is dropped. */
    static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && risky(cell.substring(1)) ? cell.substring(1) : cell;
    }
}
