package vn.dialogue.export.delegates;

/**
 * The export module's formula guard ({@link vn.dialogue.export.sheet.FormulaGuard}) for writing, and its inverse
 * for reading back what was written: a delegate list exported to CSV and read again gives the same list.
 */
final class FormulaGuard {

    private FormulaGuard() {
    }

    /** True when a spreadsheet could take {@code cell} for a formula. */
    static boolean risky(String cell) {
        return vn.dialogue.export.sheet.FormulaGuard.isRisky(cell);
    }

    /** {@code cell}, with an apostrophe in front when it is {@link #risky}. */
    static String neutralise(String cell) {
        return vn.dialogue.export.sheet.FormulaGuard.forCsv(cell);
    }

    /** Undoes {@link #neutralise}: an apostrophe followed by a risky character is dropped. */
    static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && risky(cell.substring(1)) ? cell.substring(1) : cell;
    }
}
