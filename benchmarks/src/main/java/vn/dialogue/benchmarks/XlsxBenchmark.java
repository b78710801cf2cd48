package vn.dialogue.benchmarks;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.sheet.Sheet;
import vn.dialogue.export.sheet.Spreadsheet;
import vn.dialogue.export.sheet.XlsxWriter;

/**
 * Workload 9: the compiled-submissions sheet of 1,000,000 rows written as XLSX by
 * {@code XlsxWriter}, against raw SXSSF writing the same cells, both in a JVM of at most 256 MB of
 * heap. Rows are made as they are written ({@link CompiledRows}), on both sides. Target: at most
 * 1.3 times the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class XlsxBenchmark {

    @Param("1000000")
    public int rows;

    /** The sheet written by the library's {@code XlsxWriter}. */
    @Benchmark
    public long library(HeapSampler heap) throws IOException {
        Sheet sheet = Sheet.generated("Tổng hợp câu hỏi", CompiledRows.HEADER, rows, CompiledRows::cells);
        Spreadsheet book = Spreadsheet.of(DocumentInfo.vietnamese("Tổng hợp câu hỏi", "dialogue",
                Instant.parse("2024-06-01T00:00:00Z")), sheet);
        Sink sink = new Sink();
        XlsxWriter.create().write(book, sink);
        return sink.count();
    }

    /** The same cells with raw SXSSF (a 200-row window, compressed temporary files). */
    @Benchmark
    public long baseline(HeapSampler heap) throws IOException {
        Sink sink = new Sink();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            CellStyle day = wb.createCellStyle();
            day.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            SXSSFSheet s = wb.createSheet("Tổng hợp câu hỏi");
            Row head = s.createRow(0);
            for (int c = 0; c < CompiledRows.HEADER.size(); c++) {
                head.createCell(c).setCellValue(CompiledRows.HEADER.get(c));
            }
            for (int i = 0; i < rows; i++) {
                Row row = s.createRow(i + 1);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue(CompiledRows.code(i));
                Cell d = row.createCell(2);
                d.setCellValue(CompiledRows.received(i));
                d.setCellStyle(day);
                row.createCell(3).setCellValue(CompiledRows.venue(i));
                row.createCell(4).setCellValue(CompiledRows.asker(i));
                row.createCell(5).setCellValue(CompiledRows.field(i));
                row.createCell(6).setCellValue(CompiledRows.question(i));
                row.createCell(7).setCellValue(CompiledRows.status(i));
            }
            wb.write(sink);
        }
        return sink.count();
    }
}
