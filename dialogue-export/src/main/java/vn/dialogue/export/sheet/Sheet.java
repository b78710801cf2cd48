package vn.dialogue.export.sheet;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import vn.dialogue.export.layout.Table;
import vn.dialogue.export.internal.OutputText;

/**
 * One named sheet: a header row and data rows of equal width. Immutable and thread-safe (a
 * {@link #generated} sheet as far as its row function is).
 *
 * @param name   the sheet name: 1 to 31 characters, none of {@code : \ / ? * [ ]}, not starting
 *               or ending with an apostrophe (the limits of spreadsheet programs), never null
 * @param header the column titles, never null, never empty
 * @param rows   the data rows, each as wide as the header, never null
 */
public record Sheet(String name, List<String> header, List<List<SheetCell>> rows) {

    private static final Pattern FORBIDDEN = Pattern.compile("[:\\\\/?*\\[\\]]");

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param name the sheet name: 1 to 31 characters, none of {@code : \ / ? * [ ]}, not starting or ending with an
     *             apostrophe (the limits of spreadsheet programs), never null
     * @param header the column titles, never null, never empty
     * @param rows the data rows, each as wide as the header, never null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Sheet {
        name = OutputText.of(Objects.requireNonNull(name, "name"));
        if (name.isEmpty() || name.length() > 31) {
            throw new IllegalArgumentException("sheet name '" + name + "' must be 1 to 31 characters, has " + name.length());
        }
        if (FORBIDDEN.matcher(name).find() || name.startsWith("'") || name.endsWith("'")) {
            throw new IllegalArgumentException("sheet name '" + name
                    + "' must not contain : \\ / ? * [ ] nor start or end with an apostrophe");
        }
        header = OutputText.all(Objects.requireNonNull(header, "header"));
        if (header.isEmpty()) {
            throw new IllegalArgumentException("sheet '" + name + "' needs at least one column");
        }
        Objects.requireNonNull(rows, "rows");
        // rows made by generated() are as wide as the header by construction and checked when read
        if (!(rows instanceof GeneratedRows)) {
            rows = copyChecked(name, header.size(), rows);
        }
    }

    private static List<List<SheetCell>> copyChecked(String name, int width, List<List<SheetCell>> rows) {
        List<List<SheetCell>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<SheetCell> row = List.copyOf(Objects.requireNonNull(rows.get(i), "rows[" + i + "]"));
            if (row.size() != width) {
                throw new IllegalArgumentException("sheet '" + name + "' row " + (i + 2) + " has " + row.size()
                        + " cells but the header has " + width + " columns");
            }
            copy.add(row);
        }
        return List.copyOf(copy);
    }

    /**
     * A sheet of {@code count} rows made one at a time, when they are read, by {@code row} (given
     * the row's index from 0): a writer then holds only the rows it is writing, so a sheet of a
     * million compiled submissions fits in a small heap. Each row is checked as it is made; the
     * rows are read again each time the sheet is written, so {@code row} must give the same cells
     * for the same index, and be thread-safe if the sheet is written from several threads.
     *
     * @param name the sheet name: 1 to 31 characters, none of {@code : \ / ? * [ ]}, not starting or ending with an
     *             apostrophe (the limits of spreadsheet programs), never null
     * @param header the column titles, never null, never empty
     * @param count how many data rows
     * @param row the cells of the data row of a 0-based index, as wide as the header
     * @return a sheet of {@code count} rows made one at a time, when they are read, by {@code row} (given the row's
     *         index from 0): a writer then holds only the rows it is writing, so a sheet of a million compiled
     *         submissions fits in a small heap
     * @throws IllegalArgumentException if the name or the header is invalid, or {@code count} is negative;
     *                                  when a made row is read, if it is not as wide as the header
     */
    public static Sheet generated(String name, List<String> header, int count, IntFunction<List<SheetCell>> row) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(row, "row");
        if (count < 0) {
            throw new IllegalArgumentException("sheet '" + name + "' cannot have " + count + " rows");
        }
        return new Sheet(name, header, new GeneratedRows(OutputText.of(Objects.requireNonNull(name, "name")), header.size(),
                count, row));
    }

    /** Rows made on demand by {@link #generated}; unmodifiable, each checked as it is made. */
    private static final class GeneratedRows extends AbstractList<List<SheetCell>> implements RandomAccess {
        private final String name;
        private final int width;
        private final int count;
        private final IntFunction<List<SheetCell>> row;

        GeneratedRows(String name, int width, int count, IntFunction<List<SheetCell>> row) {
            this.name = name;
            this.width = width;
            this.count = count;
            this.row = row;
        }

        @Override
        public List<SheetCell> get(int index) {
            Objects.checkIndex(index, count);
            List<SheetCell> cells = List.copyOf(Objects.requireNonNull(row.apply(index), "rows[" + index + "]"));
            if (cells.size() != width) {
                throw new IllegalArgumentException("sheet '" + name + "' row " + (index + 2) + " has " + cells.size()
                        + " cells but the header has " + width + " columns");
            }
            return cells;
        }

        @Override
        public int size() {
            return count;
        }
    }

    /**
     * A sheet of the text cells of {@code table}.
     *
     * @param name the sheet name: 1 to 31 characters, none of {@code : \ / ? * [ ]}, not starting or ending with an
     *             apostrophe (the limits of spreadsheet programs), never null
     * @param table the layout table whose text cells become the rows
     * @return a sheet of the text cells of {@code table}
     */
    public static Sheet of(String name, Table table) {
        Objects.requireNonNull(table, "table");
        List<List<SheetCell>> rows = new ArrayList<>();
        for (List<String> r : table.rows()) {
            rows.add(r.stream().map(SheetCell::text).toList());
        }
        return new Sheet(name, table.header(), rows);
    }
}
