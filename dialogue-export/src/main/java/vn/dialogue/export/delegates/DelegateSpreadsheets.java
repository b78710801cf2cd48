package vn.dialogue.export.delegates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import vn.dialogue.export.sheet.TableFiles;
import vn.dialogue.participant.DelegateImport;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.DelegateTable;
import vn.dialogue.participant.RowError;
import vn.dialogue.plan.Plan;

/**
 * Reads delegate lists from CSV and spreadsheet files and writes them back, through {@link DelegateTable}; the files
 * themselves are read and written by {@link TableFiles} (encodings, separators, sheets, formula guard).
 *
 * <p><b>Reading</b> never throws for bad content: a file that cannot be read at all gives one {@link RowError} on
 * row 0 naming the file; bad rows give one error per problem with the row number a spreadsheet shows (a CSV row
 * whose quote never closes too, and the rows after it are still read); good rows are kept. A file converted from
 * a legacy Vietnamese encoding says so in {@link DelegateImport#notes()}.
 *
 * <p>Thread-safe: stateless.
 */
public final class DelegateSpreadsheets {

    /** Largest file read, in bytes. */
    public static final int MAX_BYTES = TableFiles.MAX_BYTES;
    /** Most rows read from one file. */
    public static final int MAX_ROWS = TableFiles.MAX_ROWS;
    /** The name of the sheet written. */
    public static final String SHEET_NAME = "Danh sách đại biểu";

    private DelegateSpreadsheets() {
    }

    /**
     * Reads a file by its extension: {@code .csv}, else a spreadsheet ({@code .xlsx}, {@code .xls}).
     *
     * @param plan the plan
     * @param file the file to read
     * @param defaults the group and venue of rows that leave them out
     * @return the delegates of the good rows and an error for each bad row
     */
    public static DelegateImport read(Plan plan, Path file, DelegateTable.Defaults defaults) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(defaults, "defaults");
        return rows(plan, TableFiles.read(file), defaults);
    }

    /**
     * Reads a file by its extension, with no defaults.
     *
     * @param plan the plan
     * @param file the file to read
     * @return the delegates of the good rows and an error for each bad row
     */
    public static DelegateImport read(Plan plan, Path file) {
        return read(plan, file, DelegateTable.Defaults.none());
    }

    /**
     * Reads CSV bytes.
     *
     * @param name the file name, for errors
     * @param plan the plan
     * @param bytes the file's content
     * @param defaults the group and venue of rows that leave them out
     * @return the delegates of the good rows and an error for each bad row
     */
    public static DelegateImport readCsv(Plan plan, String name, byte[] bytes, DelegateTable.Defaults defaults) {
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
     * @param defaults the group and venue of rows that leave them out
     * @return the delegates of the good rows and an error for each bad row
     */
    public static DelegateImport readSpreadsheet(Plan plan, String name, byte[] bytes,
                                                 DelegateTable.Defaults defaults) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(defaults, "defaults");
        return rows(plan, TableFiles.readSpreadsheet(name, bytes), defaults);
    }

    /**
     * The list as CSV bytes: UTF-8 with a byte-order mark, CRLF, risky cells neutralised.
     *
     * @param plan the plan
     * @param delegates the delegate list
     * @return the list as CSV bytes: UTF-8 with a byte-order mark, CRLF, risky cells neutralised
     */
    public static byte[] toCsv(Plan plan, DelegateList delegates) {
        return TableFiles.toCsv(DelegateTable.write(plan, delegates));
    }

    /**
     * The list as an XLSX workbook: one sheet, a bold header row, every cell text.
     *
     * @param plan the plan
     * @param delegates the delegate list
     * @return the list as an XLSX workbook: one sheet, a bold header row, every cell text
     */
    public static byte[] toXlsx(Plan plan, DelegateList delegates) {
        return TableFiles.toXlsx(SHEET_NAME, DelegateTable.write(plan, delegates));
    }

    /**
     * Writes the list to a file, CSV or XLSX by the extension ({@code .csv}, else XLSX).
     *
     * @param plan the plan
     * @param delegates the delegate list
     * @param file the file to write, replaced if it exists
     */
    public static void write(Plan plan, DelegateList delegates, Path file) {
        TableFiles.write(file, TableFiles.isCsv(file) ? toCsv(plan, delegates) : toXlsx(plan, delegates));
    }

    private static DelegateImport rows(Plan plan, TableFiles.Read read, DelegateTable.Defaults defaults) {
        if (read instanceof TableFiles.Rows r) {
            DelegateImport table = DelegateTable.read(plan, r.rows(), defaults);
            if (r.problems().isEmpty() && r.encodingNote().isEmpty()) {
                return table;
            }
            // the rows that could not be read at all (left empty, so skipped by the table) join the table's errors
            List<RowError> errors = new ArrayList<>(table.errors());
            r.problems().forEach(p -> errors.add(new RowError(p.row(), null, null, p.problem())));
            errors.sort(Comparator.comparingInt(RowError::row));
            return new DelegateImport(table.delegates(), errors, table.headerRow(), table.ignoredColumns(),
                    r.encodingNote().stream().toList());
        }
        return new DelegateImport(DelegateList.empty(),
                List.of(new RowError(0, null, null, ((TableFiles.Unreadable) read).problem())), 0, List.of());
    }
}
