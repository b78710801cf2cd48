package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import vn.dialogue.export.sheet.CsvWriter;
import vn.dialogue.export.sheet.Spreadsheet;
import vn.dialogue.export.sheet.XlsxWriter;

/** The formats a tabular document (a {@link Spreadsheet}) prints to. */
public enum SheetFormat {
    /** Office Open XML workbook, every sheet, written streaming (SXSSF). */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** CSV of the workbook's first sheet, UTF-8 with a byte order mark. */
    CSV("csv", "text/csv; charset=utf-8");

    private final String extension;
    private final String mediaType;

    SheetFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /**
     * The file extension without the dot.
     *
     * @return the file extension without the dot
     */
    public String extension() {
        return extension;
    }

    /**
     * The media type.
     *
     * @return the media type
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Writes {@code spreadsheet} in this format to {@code out}; {@code out} is flushed, not closed. Text cells that
     * a spreadsheet program could run as a formula stay text in both formats.
     *
     * @param out the stream written to; flushed, not closed
     * @param spreadsheet the sheets to write
     * @throws IOException if writing fails
     */
    public void write(Spreadsheet spreadsheet, OutputStream out) throws IOException {
        Objects.requireNonNull(spreadsheet, "spreadsheet");
        if (this == XLSX) {
            XlsxWriter.create().write(spreadsheet, out);
        } else {
            CsvWriter.create().write(spreadsheet.sheets().get(0), out);
        }
    }
}
