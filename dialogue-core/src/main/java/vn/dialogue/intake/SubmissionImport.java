package vn.dialogue.intake;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.dialogue.question.Submission;

/**
 * What reading a submissions table gave: the good rows as submissions, with their row numbers, and one error per
 * problem in the bad rows. A bad row is left out whole; every good row is kept. Immutable and thread-safe.
 *
 * @param kept           the good rows, in row order
 * @param errors         the problems, by row then column order
 * @param headerRow      the row number of the header row (from 1), or 0 when none was found
 * @param ignoredColumns headers of columns that were not read, as written
 * @param notes          what the reader should know about the file as a whole without it being an error (the
 *                       legacy encoding it was converted from, say), in Vietnamese and English
 */
public record SubmissionImport(List<Kept> kept, List<SubmissionRowError> errors, int headerRow,
                               List<String> ignoredColumns, List<vn.dialogue.text.Bilingual> notes) {

    /**
     * A good row.
     *
     * @param row        its number as the spreadsheet shows it
     * @param submission what it says
     */
    public record Kept(int row, Submission submission) {
        /**
         * Checks the fields.
         *
         * @param row        its number as the spreadsheet shows it, from 1
         * @param submission what it says
         * @throws IllegalArgumentException if {@code row} is below 1
         * @throws NullPointerException     if {@code submission} is null
         */
        public Kept {
            if (row < 1) {
                throw new IllegalArgumentException("row must be at least 1, was " + row);
            }
            Objects.requireNonNull(submission, "submission");
        }
    }

    /**
     * Copies the lists.
     *
     * @param kept           the good rows, in row order
     * @param errors         the problems, by row then column order
     * @param headerRow      the row number of the header row (from 1), or 0 when none was found
     * @param ignoredColumns headers of columns that were not read, as written
     * @param notes          what the reader should know about the file as a whole
     * @throws NullPointerException if a list is null or holds null
     */
    public SubmissionImport {
        kept = List.copyOf(kept);
        errors = List.copyOf(errors);
        ignoredColumns = List.copyOf(ignoredColumns);
        notes = List.copyOf(notes);
    }

    /**
     * An import without notes.
     *
     * @param kept           the good rows, in row order
     * @param errors         the problems, by row then column order
     * @param headerRow      the row number of the header row (from 1), or 0 when none was found
     * @param ignoredColumns headers of columns that were not read, as written
     * @throws NullPointerException if a list is null or holds null
     */
    public SubmissionImport(List<Kept> kept, List<SubmissionRowError> errors, int headerRow,
                            List<String> ignoredColumns) {
        this(kept, errors, headerRow, ignoredColumns, List.of());
    }

    /**
     * The submissions of the good rows, in row order.
     *
     * @return the submissions; unmodifiable, never null
     */
    public List<Submission> submissions() {
        return kept.stream().map(Kept::submission).toList();
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
        return errors.stream().map(SubmissionRowError::row).distinct().sorted().toList();
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
