package vn.dialogue.export.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.dialogue.export.internal.OutputText;

/**
 * A table with a header row, printed with borders; the header repeats on every page. A line feed
 * ({@code \n}) inside a cell is a line break within the cell. Immutable and thread-safe.
 *
 * @param header         the column titles, never null, never empty
 * @param rows           the data rows, each with exactly one cell per column, never null
 * @param relativeWidths a positive weight per column (the widths share the text width in
 *                       these proportions), never null, one per column
 */
public record Table(List<String> header, List<List<String>> rows, List<Integer> relativeWidths) implements Block {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param header the column titles, never null, never empty
     * @param rows the data rows, each with exactly one cell per column, never null
     * @param relativeWidths a positive weight per column (the widths share the text width in these proportions), never
     *                       null, one per column
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Table {
        header = OutputText.all(Objects.requireNonNull(header, "header"));
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        Objects.requireNonNull(rows, "rows");
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = Objects.requireNonNull(rows.get(i), "rows[" + i + "]");
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("table row " + (i + 1) + " has " + row.size()
                        + " cells but the header has " + header.size() + " columns");
            }
            copy.add(OutputText.all(row));
        }
        rows = List.copyOf(copy);
        relativeWidths = List.copyOf(Objects.requireNonNull(relativeWidths, "relativeWidths"));
        if (relativeWidths.size() != header.size()) {
            throw new IllegalArgumentException("table has " + header.size() + " columns but "
                    + relativeWidths.size() + " relative widths");
        }
        for (int w : relativeWidths) {
            if (w <= 0) {
                throw new IllegalArgumentException("relative column widths must be positive, got " + relativeWidths);
            }
        }
    }

    /**
     * A table whose columns share the width equally.
     *
     * @param header the column titles, never null, never empty
     * @param rows the data rows, each with exactly one cell per column, never null
     * @return a table whose columns share the width equally
     */
    public static Table of(List<String> header, List<List<String>> rows) {
        Objects.requireNonNull(header, "header");
        return new Table(header, rows, java.util.Collections.nCopies(header.size(), 1));
    }

    /**
     * The same table with the given column weights.
     *
     * @param widths one positive weight per column
     * @return the same table with the given column weights
     */
    public Table withRelativeWidths(Integer... widths) {
        return new Table(header, rows, List.of(widths));
    }
}
