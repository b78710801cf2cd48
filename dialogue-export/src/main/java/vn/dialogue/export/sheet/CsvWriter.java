package vn.dialogue.export.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes one {@link Sheet} as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break) in UTF-8 with a byte order mark, so spreadsheet programs
 * open Vietnamese text correctly. The CSV itself is Jackson's ({@code jackson-dataformat-csv}); text
 * that a spreadsheet program could read as a formula gets a leading apostrophe first
 * ({@link FormulaGuard#forCsv}): CSV has no other way to mark a cell as text.
 * Stateless and thread-safe.
 */
public final class CsvWriter {

    private static final String BOM = "\uFEFF";

    /** Quotes only where RFC 4180 needs it, so that a plain cell reads as typed. */
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private static final CsvSchema ROWS = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\r\n");

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
        try (SequenceWriter rows = CSV.writer(ROWS).without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
                .writeValues(w)) {
            rows.write(sheet.header().stream().map(FormulaGuard::forCsv).toList());
            for (List<SheetCell> row : sheet.rows()) {
                rows.write(row.stream().map(c -> c instanceof SheetCell.Text t ? FormulaGuard.forCsv(t.value())
                        : c.asText()).toList());
            }
        } catch (JacksonException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        w.flush();
    }
}
