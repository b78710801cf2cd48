package vn.dialogue.export.sheet;

import java.util.ArrayList;
import java.util.List;

import vn.dialogue.text.Bilingual;

/**
 * Splits CSV text into rows of cells (RFC 4180, as Excel writes it: a cell in double quotes may hold the separator,
 * line breaks and doubled quotes; a quote inside an unquoted cell is kept as written). A quote that opens a cell
 * and is never closed would take the rest of the file into that one cell: that row is reported where its quote
 * opened, left empty, and reading starts again on the line after, so that every following row is still read.
 * Not thread-safe; one instance per file.
 */
final class CsvRows {

    /** Thrown when a limit of {@link TableFiles} is passed; the message is the file-level problem. */
    static final class TooMuch extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Bilingual problem;

        TooMuch(Bilingual problem) {
            super(problem.en(), null, false, false);
            this.problem = problem;
        }
    }

    private final String text;
    private final char separator;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<TableFiles.RowProblem> problems = new ArrayList<>();
    private long cells;

    private CsvRows(String text, char separator) {
        this.text = text;
        this.separator = separator;
    }

    /** The rows of {@code text} and the problems of the rows that could not be read. */
    static CsvRows read(String text, char separator) {
        CsvRows r = new CsvRows(text, separator);
        r.run();
        return r;
    }

    List<List<String>> rows() {
        return rows;
    }

    List<TableFiles.RowProblem> problems() {
        return problems;
    }

    private void run() {
        int n = text.length();
        int pos = 0;
        int line = 1;
        while (pos < n) {
            if (rows.size() >= TableFiles.MAX_ROWS) {
                throw new TooMuch(Bilingual.of("tệp có hơn " + TableFiles.MAX_ROWS + " dòng",
                        "the file has more than " + TableFiles.MAX_ROWS + " rows"));
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean cellStart = true;
            int quoteAt = -1;
            int quoteLine = 0;
            int i = pos;
            boolean ended = false;
            while (i < n) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                        } else {
                            quoted = false;
                            i++;
                        }
                        continue;
                    }
                    if (c == '\n' || c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n')) {
                        line++;
                    }
                    cell.append(c);
                    i++;
                    continue;
                }
                if (c == '"' && cellStart) {
                    quoted = true;
                    quoteAt = i;
                    quoteLine = line;
                    cellStart = false;
                    i++;
                    continue;
                }
                if (c == separator) {
                    add(cells, cell);
                    cell.setLength(0);
                    cellStart = true;
                    i++;
                    continue;
                }
                if (c == '\r' || c == '\n') {
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    ended = true;
                    break;
                }
                cell.append(c);
                cellStart = false;
                i++;
            }
            if (quoted) {
                // the quote never closed: report the row where it opened, read on from the next line
                int row = rows.size() + 1;
                int column = cells.size() + 1;
                problems.add(new TableFiles.RowProblem(row, Bilingual.of(
                        "dấu ngoặc kép (\") mở ở ô thứ " + column + " (dòng " + quoteLine
                                + " của tệp) không được đóng, nên không đọc được dòng này; hãy thêm dấu \" đóng "
                                + "ô hoặc bỏ dấu \" thừa. Các dòng sau vẫn được đọc",
                        "the double quote (\") opening cell " + column + " (line " + quoteLine
                                + " of the file) is never closed, so this row cannot be read; add the closing \" or "
                                + "remove the stray one. The rows after it are still read")));
                rows.add(List.of());
                int next = lineEnd(quoteAt);
                pos = next;
                line = quoteLine + 1;
                continue;
            }
            add(cells, cell);
            rows.add(cells);
            pos = i;
            if (!ended && i >= n) {
                break;
            }
        }
    }

    /** The index just after the line break that ends the line holding {@code at}, or the text's end. */
    private int lineEnd(int at) {
        int n = text.length();
        for (int i = at; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return n;
    }

    private void add(List<String> row, StringBuilder cell) {
        if (++cells > TableFiles.MAX_CELLS) {
            throw new TooMuch(Bilingual.of("tệp có hơn " + TableFiles.MAX_CELLS + " ô",
                    "the file has more than " + TableFiles.MAX_CELLS + " cells"));
        }
        row.add(cell.length() == 0 ? "" : FormulaGuard.fromCsv(cell.toString()));
    }
}
