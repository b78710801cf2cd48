package vn.dialogue.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The header row of a table read from a spreadsheet or CSV file (a delegate list, a register of submissions):
 * which known column each header cell names, the header as the user wrote it, the cells that name no known
 * column, and the cells that repeat a column already named (only the first is read). Rows and cells may be null,
 * as spreadsheet readers give them. Unmodifiable once {@link #read} returns it, so safe to share.
 *
 * @param <C> the table's columns
 */
public final class TableHeader<C extends Enum<C>> {

    /**
     * A header cell naming a column an earlier cell of the row already names.
     *
     * @param header the repeated cell as written
     * @param first  the earlier cell as written
     */
    public record Repeat(String header, String first) {

        /**
         * Checks the components.
         *
         * @param header the repeated cell as written
         * @param first the earlier cell as written
         * @throws NullPointerException if a required component is null
         */
        public Repeat {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(first, "first");
        }

        /**
         * "Cột này trùng với cột 'x'; chỉ đọc cột đầu tiên." / "This column repeats column 'x'; only the first is read."
         *
         * @return "Cột này trùng với cột 'x'; chỉ đọc cột đầu tiên." / "This column repeats column 'x'; only the first
         *         is read."
         */
        public Bilingual message() {
            return Bilingual.of("Cột này trùng với cột '" + first + "'; chỉ đọc cột đầu tiên.",
                    "This column repeats column '" + first + "'; only the first is read.");
        }
    }

    private final Map<C, Integer> columns;
    private final Map<C, String> headers;
    private final List<String> ignored = new ArrayList<>();
    private final List<Repeat> repeats = new ArrayList<>();

    private TableHeader(Class<C> type) {
        columns = new EnumMap<>(type);
        headers = new EnumMap<>(type);
    }

    /**
     * The index of the first of the first {@code searchRows} rows whose cells name columns that {@code isHeader}
     * accepts (officials put titles above the header), or -1 when none does.
     *
     * @param lookup   the column a header cell names, if any
     * @param isHeader whether the columns a row names make it the header
     * @param <C> the columns' enum type
     * @param rows the table's rows, from the top
     * @param searchRows how many rows from the top may hold the header
     * @param type the columns' enum class
     * @return the index of the first of the first {@code searchRows} rows whose cells name columns that {@code
     *         isHeader} accepts (officials put titles above the header), or -1 when none does
     */
    public static <C extends Enum<C>> int find(List<? extends List<String>> rows, int searchRows, Class<C> type,
                                               Function<String, Optional<C>> lookup, Predicate<Set<C>> isHeader) {
        for (int i = 0; i < Math.min(searchRows, rows.size()); i++) {
            List<String> row = rows.get(i) == null ? List.of() : rows.get(i);
            Set<C> found = EnumSet.noneOf(type);
            for (String cell : row) {
                if (cell != null) {
                    lookup.apply(cell).ifPresent(found::add);
                }
            }
            if (isHeader.test(found)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads a header row: each non-blank cell, NFC and stripped, names a column through {@code lookup}, names none
     * (it is ignored), or repeats a column named earlier (it is ignored and listed in {@link #repeats()}).
     *
     * @param lookup the column a header cell names, if any
     * @param <C> the columns' enum type
     * @param row the header row's cells
     * @param type the columns' enum class
     * @return the header
     */
    public static <C extends Enum<C>> TableHeader<C> read(List<String> row, Class<C> type,
                                                          Function<String, Optional<C>> lookup) {
        TableHeader<C> header = new TableHeader<>(type);
        for (int c = 0; c < row.size(); c++) {
            String h = row.get(c) == null ? "" : Nfc.of(row.get(c)).strip();
            if (h.isEmpty()) {
                continue;
            }
            Optional<C> column = lookup.apply(h);
            if (column.isEmpty()) {
                header.ignored.add(h);
            } else if (header.columns.containsKey(column.get())) {
                header.ignored.add(h);
                header.repeats.add(new Repeat(h, header.headers.get(column.get())));
            } else {
                header.columns.put(column.get(), c);
                header.headers.put(column.get(), h);
            }
        }
        return header;
    }

    /**
     * Whether the header names {@code column}.
     *
     * @param column a column
     * @return whether the header names {@code column}
     */
    public boolean has(C column) {
        return columns.containsKey(column);
    }

    /**
     * The columns the header names, in the enum's order.
     *
     * @return the columns the header names, in the enum's order
     */
    public Set<C> columns() {
        return Collections.unmodifiableSet(columns.keySet());
    }

    /**
     * The index of {@code column} in a row, or -1 when the header does not name it.
     *
     * @param column a column
     * @return the index of {@code column} in a row, or -1 when the header does not name it
     */
    public int indexOf(C column) {
        return columns.getOrDefault(column, -1);
    }

    /**
     * The cell of {@code column} in {@code row}, NFC and stripped; "" when the column or the cell is missing.
     *
     * @param row a data row's cells
     * @param column a column
     * @return the cell of {@code column} in {@code row}, NFC and stripped; "" when the column or the cell is missing
     */
    public String value(List<String> row, C column) {
        Integer at = columns.get(column);
        if (at == null || at >= row.size() || row.get(at) == null) {
            return "";
        }
        return Nfc.of(row.get(at)).strip();
    }

    /**
     * The header of {@code column} as the user wrote it, or {@code fallback} when the header does not name it.
     *
     * @param column a column
     * @param fallback the name to give when the header does not name it
     * @return the header of {@code column} as the user wrote it, or {@code fallback} when the header does not name it
     */
    public String header(C column, String fallback) {
        return headers.getOrDefault(column, fallback);
    }

    /**
     * The header cells that name no column or repeat one, as written, in row order.
     *
     * @return the header cells that name no column or repeat one, as written, in row order
     */
    public List<String> ignored() {
        return Collections.unmodifiableList(ignored);
    }

    /**
     * The header cells that repeat a column, in row order.
     *
     * @return the header cells that repeat a column, in row order
     */
    public List<Repeat> repeats() {
        return Collections.unmodifiableList(repeats);
    }
}
