package vn.dialogue.export.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import vn.dialogue.export.layout.Table;
import vn.dialogue.text.Nfc;

/**
 * One named sheet: a header row and data rows of equal width. Immutable and thread-safe.
 *
 * @param name   the sheet name: 1 to 31 characters, none of {@code : \ / ? * [ ]}, not starting
 *               or ending with an apostrophe (the limits of spreadsheet programs), never null
 * @param header the column titles, never null, never empty
 * @param rows   the data rows, each as wide as the header, never null
 */
public record Sheet(String name, List<String> header, List<List<SheetCell>> rows) {

    private static final Pattern FORBIDDEN = Pattern.compile("[:\\\\/?*\\[\\]]");

    public Sheet {
        name = Nfc.of(Objects.requireNonNull(name, "name"));
        if (name.isEmpty() || name.length() > 31) {
            throw new IllegalArgumentException("sheet name '" + name + "' must be 1 to 31 characters, has " + name.length());
        }
        if (FORBIDDEN.matcher(name).find() || name.startsWith("'") || name.endsWith("'")) {
            throw new IllegalArgumentException("sheet name '" + name
                    + "' must not contain : \\ / ? * [ ] nor start or end with an apostrophe");
        }
        header = Nfc.all(Objects.requireNonNull(header, "header"));
        if (header.isEmpty()) {
            throw new IllegalArgumentException("sheet '" + name + "' needs at least one column");
        }
        Objects.requireNonNull(rows, "rows");
        List<List<SheetCell>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<SheetCell> row = List.copyOf(Objects.requireNonNull(rows.get(i), "rows[" + i + "]"));
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("sheet '" + name + "' row " + (i + 2) + " has " + row.size()
                        + " cells but the header has " + header.size() + " columns");
            }
            copy.add(row);
        }
        rows = List.copyOf(copy);
    }

    /** A sheet of the text cells of {@code table}. */
    public static Sheet of(String name, Table table) {
        Objects.requireNonNull(table, "table");
        List<List<SheetCell>> rows = new ArrayList<>();
        for (List<String> r : table.rows()) {
            rows.add(r.stream().map(SheetCell::text).toList());
        }
        return new Sheet(name, table.header(), rows);
    }
}
