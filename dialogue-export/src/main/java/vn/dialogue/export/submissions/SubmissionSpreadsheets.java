package vn.dialogue.export.submissions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import vn.dialogue.export.sheet.TableFiles;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.Submission;
import vn.dialogue.intake.SubmissionImport;
import vn.dialogue.intake.SubmissionRowError;
import vn.dialogue.intake.SubmissionTable;

/**
 * Reads tables of submissions collected offline (a union branch's register, a bridge point's forms) from CSV and
 * spreadsheet files, through {@link SubmissionTable}, and writes them (a blank template, or submissions to pass on);
 * the files themselves are read and written by {@link TableFiles} (encodings, separators, sheets, date cells,
 * formula guard).
 *
 * <p><b>Reading</b> never throws for bad content: a file that cannot be read at all gives one
 * {@link SubmissionRowError} on row 0 naming the file; bad rows give one error per problem with the row number a
 * spreadsheet shows; good rows are kept.
 *
 * <p>Thread-safe: stateless.
 */
public final class SubmissionSpreadsheets {

    /** Largest file read, in bytes. */
    public static final int MAX_BYTES = TableFiles.MAX_BYTES;
    /** Most rows read from one file. */
    public static final int MAX_ROWS = TableFiles.MAX_ROWS;
    /** The name of the sheet written. */
    public static final String SHEET_NAME = "Ý kiến, kiến nghị";

    private SubmissionSpreadsheets() {
    }

    /**
     * Reads a file by its extension: {@code .csv}, else a spreadsheet ({@code .xlsx}, {@code .xls}).
     *
     * @param plan the plan
     * @param file the file to read
     * @param defaults the channel and kind of rows that leave them out, and the prefix of generated messages
     * @return the submissions of the good rows and an error for each bad row
     */
    public static SubmissionImport read(Plan plan, Path file, SubmissionTable.Defaults defaults) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(defaults, "defaults");
        return rows(plan, TableFiles.read(file), defaults);
    }

    /**
     * Reads CSV bytes.
     *
     * @param name the file name, for errors
     * @param plan the plan
     * @param bytes the file's content
     * @param defaults the channel and kind of rows that leave them out, and the prefix of generated messages
     * @return the submissions of the good rows and an error for each bad row
     */
    public static SubmissionImport readCsv(Plan plan, String name, byte[] bytes, SubmissionTable.Defaults defaults) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(defaults, "defaults");
        return rows(plan, TableFiles.readCsv(name, bytes), defaults);
    }

    /**
     * Reads the first sheet of XLSX or XLS bytes.
     *
     * @param name the file name, for errors
     * @param plan the plan
     * @param bytes the file's content
     * @param defaults the channel and kind of rows that leave them out, and the prefix of generated messages
     * @return the submissions of the good rows and an error for each bad row
     */
    public static SubmissionImport readSpreadsheet(Plan plan, String name, byte[] bytes,
                                                   SubmissionTable.Defaults defaults) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(defaults, "defaults");
        return rows(plan, TableFiles.readSpreadsheet(name, bytes), defaults);
    }

    /**
     * The submissions as CSV bytes: UTF-8 with a byte-order mark, CRLF, risky cells neutralised.
     *
     * @param submissions the submissions, one row each
     * @return the submissions as CSV bytes: UTF-8 with a byte-order mark, CRLF, risky cells neutralised
     */
    public static byte[] toCsv(List<Submission> submissions) {
        return TableFiles.toCsv(SubmissionTable.write(submissions));
    }

    /**
     * The submissions as an XLSX workbook: one sheet, a bold header row, every cell text.
     *
     * @param submissions the submissions, one row each
     * @return the submissions as an XLSX workbook: one sheet, a bold header row, every cell text
     */
    public static byte[] toXlsx(List<Submission> submissions) {
        return TableFiles.toXlsx(SHEET_NAME, SubmissionTable.write(submissions));
    }

    /**
     * Writes the submissions to a file, CSV or XLSX by the extension ({@code .csv}, else XLSX).
     *
     * @param file the file to write, replaced if it exists
     * @param submissions the submissions, one row each
     */
    public static void write(List<Submission> submissions, Path file) {
        TableFiles.write(file, TableFiles.isCsv(file) ? toCsv(submissions) : toXlsx(submissions));
    }

    private static SubmissionImport rows(Plan plan, TableFiles.Read read, SubmissionTable.Defaults defaults) {
        if (read instanceof TableFiles.Rows r) {
            SubmissionImport table = SubmissionTable.read(plan, r.rows(), defaults);
            if (r.problems().isEmpty() && r.encodingNote().isEmpty()) {
                return table;
            }
            // the rows that could not be read at all (left empty, so skipped by the table) join the table's errors
            List<SubmissionRowError> errors = new ArrayList<>(table.errors());
            r.problems().forEach(p -> errors.add(new SubmissionRowError(p.row(), null, null, p.problem())));
            errors.sort(Comparator.comparingInt(SubmissionRowError::row));
            return new SubmissionImport(table.kept(), errors, table.headerRow(), table.ignoredColumns(),
                    r.encodingNote().stream().toList());
        }
        return new SubmissionImport(List.of(),
                List.of(new SubmissionRowError(0, null, null, ((TableFiles.Unreadable) read).problem())), 0, List.of());
    }
}
