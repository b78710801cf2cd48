package vn.dialogue.export.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes one {@link Sheet} as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break) in UTF-8 with a byte order mark, so spreadsheet programs
 * open Vietnamese text correctly. Text that a spreadsheet program could read as a formula gets a
 * leading apostrophe ({@link FormulaGuard#forCsv}): CSV has no other way to mark a cell as text.
 * Stateless and thread-safe.
 */
public final class CsvWriter {

    private static final String BOM = "\uFEFF";

    private CsvWriter() {
    }

    /**
     * The writer.
     *
     * @return the writer
     */
    public static CsvWriter create() {
        return new CsvWriter();
    }

    /**
     * Writes {@code sheet} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void write(Sheet sheet, OutputStream out) throws IOException {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(out, "out");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(BOM);
        line(w, sheet.header().stream().map(FormulaGuard::forCsv).toList());
        for (List<SheetCell> row : sheet.rows()) {
            line(w, row.stream().map(c -> c instanceof SheetCell.Text t ? FormulaGuard.forCsv(t.value()) : c.asText())
                    .toList());
        }
        w.flush();
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(fields.get(i)));
        }
        w.write("\r\n");
    }

    private static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
