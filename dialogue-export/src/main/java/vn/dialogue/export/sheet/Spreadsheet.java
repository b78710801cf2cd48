package vn.dialogue.export.sheet;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import vn.dialogue.export.layout.DocumentInfo;

/**
 * A workbook of named sheets with its metadata; the timestamp of {@link DocumentInfo} is written
 * into the file instead of the wall clock. Immutable and thread-safe.
 *
 * @param info   the metadata, never null
 * @param sheets the sheets, never null, never empty, names unique ignoring case
 */
public record Spreadsheet(DocumentInfo info, List<Sheet> sheets) {

    /**
     * Checks the components and normalises them (collections copied, unmodifiable).
     *
     * @param info the metadata, never null
     * @param sheets the sheets, never null, never empty, names unique ignoring case
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Spreadsheet {
        Objects.requireNonNull(info, "info");
        sheets = List.copyOf(Objects.requireNonNull(sheets, "sheets"));
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a spreadsheet needs at least one sheet");
        }
        Set<String> names = new HashSet<>();
        for (Sheet s : sheets) {
            if (!names.add(s.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("two sheets are named '" + s.name() + "' (names are compared ignoring case)");
            }
        }
    }

    /**
     * A workbook of the given sheets.
     *
     * @param info the metadata, never null
     * @param sheets the sheets, never null, never empty, names unique ignoring case
     * @return a workbook of the given sheets
     */
    public static Spreadsheet of(DocumentInfo info, Sheet... sheets) {
        return new Spreadsheet(info, Arrays.asList(sheets));
    }
}
