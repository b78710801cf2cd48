package vn.dialogue.participant;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What reading a delegate list gave: the good rows as delegates, and one error per problem in the bad rows.
 * A bad row is left out whole; the good rows are all kept. Immutable and thread-safe.
 *
 * @param delegates      the delegates of the good rows, in row order
 * @param errors         the problems, by row then column order
 * @param headerRow      the row number of the header row (from 1), or 0 when none was found
 * @param ignoredColumns headers of columns that were not read, as written
 * @param notes          what the reader should know about the file as a whole without it being an error (the
 *                       legacy encoding it was converted from, say), in Vietnamese and English
 */
public record DelegateImport(DelegateList delegates, List<RowError> errors, int headerRow,
                             List<String> ignoredColumns, List<vn.dialogue.text.Bilingual> notes) {

    /**
     * Copies the lists.
     *
     * @param delegates      the delegates of the good rows, in row order
     * @param errors         the problems, by row then column order
     * @param headerRow      the row number of the header row (from 1), or 0 when none was found
     * @param ignoredColumns headers of columns that were not read, as written
     * @param notes          what the reader should know about the file as a whole, in Vietnamese and English
     * @throws NullPointerException if a list is null or holds null
     */
    public DelegateImport {
        Objects.requireNonNull(delegates, "delegates");
        errors = List.copyOf(errors);
        ignoredColumns = List.copyOf(ignoredColumns);
        notes = List.copyOf(notes);
    }

    /**
     * An import without notes.
     *
     * @param delegates      the delegates of the good rows, in row order
     * @param errors         the problems, by row then column order
     * @param headerRow      the row number of the header row (from 1), or 0 when none was found
     * @param ignoredColumns headers of columns that were not read, as written
     * @throws NullPointerException if a list is null or holds null
     */
    public DelegateImport(DelegateList delegates, List<RowError> errors, int headerRow, List<String> ignoredColumns) {
        this(delegates, errors, headerRow, ignoredColumns, List.of());
    }

    /**
     * Whether every row was read.
     *
     * @return true when no row had a problem
     */
    public boolean isClean() {
        return errors.isEmpty();
    }

    /**
     * The row numbers that had a problem, ascending, each once.
     *
     * @return the rows; unmodifiable, never null
     */
    public List<Integer> badRows() {
        return errors.stream().map(RowError::row).distinct().sorted().toList();
    }

    /**
     * One error per line, in the given language.
     *
     * @param locale the language of the messages (Vietnamese or English)
     * @return the errors joined by {@code \n}, empty when the import is clean; never null
     */
    public String format(Locale locale) {
        return errors.stream().map(e -> e.format(locale)).collect(Collectors.joining("\n"));
    }
}
