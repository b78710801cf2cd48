package vn.dialogue.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static String result(String benchmark, String mode, double score, double error, String unit) {
        return """
                {"jmhVersion":"1.37","benchmark":"vn.dialogue.benchmarks.%s","mode":"%s","threads":1,"forks":1,
                 "jvm":"/usr/bin/java","vmName":"OpenJDK 64-Bit Server VM","vmVersion":"17.0.15+6","jdkVersion":"17.0.15",
                 "warmupIterations":3,"measurementIterations":5,
                 "primaryMetric":{"score":%s,"scoreError":%s,"scoreUnit":"%s","rawData":[[%s,%s],[%s]]}}
                """.formatted(benchmark, mode, score, error, unit, score + error, score - error / 2, score);
    }

    @Test
    void should_give_ratio_error_and_verdict_when_workload_and_baseline_ran(@TempDir Path dir) throws IOException {
        // GIVEN a JMH result where the plan check takes 4 ms against a 1 ms baseline and the first check 800 ms
        Path json = dir.resolve("jmh.json");
        Files.writeString(json, "[" + result("PlanCheckBenchmark.library", "avgt", 4000, 400, "us/op") + ","
                + result("PlanCheckBenchmark.baseline", "avgt", 1000, 100, "us/op") + ","
                + result("FirstCheckBenchmark.firstCheck", "ss", 800, 50, "ms/op") + ","
                + result("XlsxBenchmark.library", "ss", 12, 1, "s/op") + ","
                + result("XlsxBenchmark.baseline", "ss", 10000, 500, "ms/op") + ","
                + result("SimilarQuestionsBenchmark.library", "ss", 2000, 100, "ms/op") + ","
                + result("SimilarQuestionsBenchmark.baseline", "ss", 10000, 100, "ms/op") + "]", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("first-check.tsv"), "900\t700\n1100\t900\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("peak-heap.tsv"), "vn.dialogue.benchmarks.XlsxBenchmark.library\t104857600\t268435456\n"
                + "vn.dialogue.benchmarks.XlsxBenchmark.library\t209715200\t268435456\t52428800\n", StandardCharsets.UTF_8);
        // WHEN the report is read
        Report report = Report.read(json, dir, false);
        String md = report.markdown();
        // THEN the ratio is 4 ± 0.57 and misses the 3× target; the first check meets < 1 s; units are converted
        Report.Row plan = Report.ROWS.get(0);
        assertThat(report.ratio(plan).orElseThrow()[0]).isEqualTo(4.0);
        assertThat(report.ratio(plan).orElseThrow()[1]).isCloseTo(4 * Math.sqrt(0.02), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.met(plan)).isFalse();
        assertThat(report.met(Report.ROWS.get(1))).isTrue();
        assertThat(md).contains("| 1 | load + check the seed plan file (warm) | 4,000 ± 400 us/op | 1,000 ± 100 us/op | 4.00× ± 0.566 | 4.00× | ≤ 3× | **no** |");
        assertThat(md).contains("| 9 | compiled-submissions XLSX of 1,000,000 rows, -Xmx256m | 12.0 ± 1.00 s/op | 10,000 ± 500 ms/op | 1.20× ± 0.117 | 1.18× | ≤ 1.3× | yes |");
        // AND the peak heap is the largest of the forks, with the maximum heap
        assertThat(md).contains("| XlsxBenchmark.library | 200 MB | 50 MB | 256 MB |");
        // AND the exact baseline of the similar questions is extrapolated 400 times before the ratio
        assertThat(md).contains("10,000 ± 100 ms/op on 5,000 → 4,000 s extrapolated to 100,000 | 5.0e-04×");
        // AND the first check's CPU time is averaged over the fresh JVMs
        assertThat(md).contains("over 2 fresh JVMs: mean 1,000 ms, least 900 ms (elapsed: mean 800 ms)");
        // AND rows that did not run say so
        assertThat(md).contains("| 5 | replay a journal of 1,000,000 events | not run | not run | - | - | ≤ 2× | not run |");
    }

    @Test
    void should_replace_only_the_results_section_when_updating_the_document(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("jmh.json");
        Files.writeString(json, "[" + result("FirstCheckBenchmark.firstCheck", "ss", 1200, 50, "ms/op") + "]",
                StandardCharsets.UTF_8);
        Path doc = dir.resolve("BENCHMARKS.md");
        Files.writeString(doc, "# Benchmarks\nintro\n" + Report.BEGIN + "\nold table\n" + Report.END + "\n## Notes\nkept\n",
                StandardCharsets.UTF_8);
        Report report = Report.read(json, dir.resolve("none"), false);
        report.update(doc);
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# Benchmarks\nintro\n" + Report.BEGIN + "\n| # |").endsWith(Report.END + "\n## Notes\nkept\n");
        assertThat(text).doesNotContain("old table").contains("1,200 ± 50.0 ms/op").contains("| 2 |");
        assertThat(report.met(Report.ROWS.get(1))).isFalse();
    }
}
