package vn.dialogue.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JMH's JSON result (with the peak heaps and the quality figures of the run) and writes the
 * table of {@code BENCHMARKS.md}: each workload's mean ± error beside its baseline's, the ratio
 * with its error, the target and whether it is met, then the machine and the date. The table sits
 * between the markers {@value #BEGIN} and {@value #END}; the rest of the file is left as written.
 *
 * <p>{@code java -cp benchmarks.jar vn.dialogue.benchmarks.Report JMH_JSON [BENCHMARKS.md]}
 * rebuilds the table from a saved result.
 */
public final class Report {

    static final String BEGIN = "<!-- results:begin (written by vn.dialogue.benchmarks.Report) -->";
    static final String END = "<!-- results:end -->";

    /**
     * One row of the table.
     *
     * @param id       the workload's number in issue 8
     * @param workload what is measured
     * @param library  the benchmark method of the workload (class simple name + "." + method)
     * @param baseline the benchmark method of its baseline, or null when the target is absolute
     * @param target   the target as written in the table
     * @param maxRatio the largest ratio that meets the target, or 0 when the target is absolute
     * @param maxMillis the longest mean time in ms that meets the target, or 0 when it is a ratio only
     * @param items    how many items one operation handles, for a throughput figure (0: none)
     * @param scale    what the baseline's time is multiplied by before the ratio (an extrapolation), 1 for none
     */
    record Row(String id, String workload, String library, @Nullable String baseline, String target, double maxRatio,
               double maxMillis, long items, double scale) {

        Row(String id, String workload, String library, @Nullable String baseline, String target, double maxRatio,
            double maxMillis, long items) {
            this(id, workload, library, baseline, target, maxRatio, maxMillis, items, 1);
        }
    }

    /**
     * A benchmark's mean and error, in the unit JMH reported, and its best (shortest) iteration: on a
     * machine shared with other work, the best iteration is the one least slowed by it.
     */
    record Score(double mean, double error, String unit, String mode, int forks, int iterations, double best) {

        double millis() {
            return toMillis(mean);
        }

        double toMillis(double v) {
            String u = unit.replace("/op", "");
            return switch (u) {
                case "ns" -> v / 1e6;
                case "us" -> v / 1e3;
                case "ms" -> v;
                case "s" -> v * 1e3;
                default -> throw new IllegalArgumentException("unknown JMH unit " + unit);
            };
        }

        String shown() {
            return fmt(mean) + " ± " + (Double.isNaN(error) ? "n/a" : fmt(error)) + " " + unit;
        }
    }

    static final List<Row> ROWS = List.of(
            new Row("1", "load + check the seed plan file (warm)", "PlanCheckBenchmark.library",
                    "PlanCheckBenchmark.baseline", "≤ 3×", 3, 0, 0),
            new Row("2", "first check in a fresh JVM (validator bootstrap included), single shot",
                    "FirstCheckBenchmark.firstCheck", null, "< 1 s", 0, 1000, 0),
            new Row("3", "intake + moderation + journal append of 100,000 submissions, 2 threads",
                    "IntakeBenchmark.library", "IntakeBenchmark.baseline", "≥ 100,000/s and ≤ 2×", 2, 1000, 100_000),
            new Row("4", "compile similar questions among 100,000 generated submissions",
                    "SimilarQuestionsBenchmark.library", "SimilarQuestionsBenchmark.baseline",
                    "≤ 5 s; recall, precision ≥ 0.95", 0, 5000, 100_000, 400),
            new Row("5", "replay a journal of 1,000,000 events", "ReplayBenchmark.library", "ReplayBenchmark.baseline",
                    "≤ 2×", 2, 0, 1_000_000),
            new Row("6a", "working days: WorkingCalendar.plusWorkingDays, per call", "WorkingDaysBenchmark.plusWorkingDays",
                    "WorkingDaysBenchmark.baseline", "≤ 10×", 10, 0, 0),
            new Row("6b", "deadline resolution: a deadline rule's lastDay, per call", "WorkingDaysBenchmark.deadlineLastDay",
                    "WorkingDaysBenchmark.baseline", "≤ 10×", 10, 0, 0),
            new Row("7a", "export the example's DOCX set (plan, programme, invitations merged)",
                    "ExportDocumentsBenchmark.libraryDocx", "ExportDocumentsBenchmark.baselineDocx", "≤ 1.5×", 1.5, 0, 0),
            new Row("7b", "export the example's PDF set (plan, programme)",
                    "ExportDocumentsBenchmark.libraryPdf", "ExportDocumentsBenchmark.baselinePdf", "≤ 1.5×", 1.5, 0, 0),
            new Row("8a", "250 name cards, PDF", "NameCardsBenchmark.library", "NameCardsBenchmark.baseline", "≤ 1.5×",
                    1.5, 0, 0),
            new Row("8b", "250 invitations, DOCX", "InvitationsBenchmark.library", "InvitationsBenchmark.baseline",
                    "≤ 1.5×", 1.5, 0, 0),
            new Row("9", "compiled-submissions XLSX of 1,000,000 rows, -Xmx256m", "XlsxBenchmark.library",
                    "XlsxBenchmark.baseline", "≤ 1.3×", 1.3, 0, 0));

    private final Map<String, Score> scores;
    private final Map<String, long[]> heaps;
    private final Map<String, String> quality;
    private final List<long[]> firstChecks;
    private final boolean full;
    private final String jvm;
    private final LocalDate date;

    Report(Map<String, Score> scores, Map<String, long[]> heaps, Map<String, String> quality, List<long[]> firstChecks,
           boolean full, String jvm, LocalDate date) {
        this.scores = Map.copyOf(scores);
        this.heaps = new java.util.TreeMap<>(heaps);
        this.quality = new LinkedHashMap<>(quality);
        this.firstChecks = List.copyOf(firstChecks);
        this.full = full;
        this.jvm = jvm;
        this.date = date;
    }

    /** Reads JMH's JSON {@code json} and the side files of the run in {@code dir} ({@link SideFiles}), where they exist. */
    static Report read(Path json, Path dir, boolean full) throws IOException {
        Path heapFile = dir.resolve(SideFiles.HEAP);
        Path qualityFile = dir.resolve(SideFiles.QUALITY);
        Path firstFile = dir.resolve(SideFiles.FIRST_CHECK);
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(json, StandardCharsets.UTF_8));
        Map<String, Score> scores = new LinkedHashMap<>();
        String jvm = "";
        for (JsonNode b : root) {
            String name = b.get("benchmark").asString();
            String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            JsonNode m = b.get("primaryMetric");
            JsonNode err = m.get("scoreError");
            double error = err == null || !err.isNumber() ? Double.NaN : err.asDouble();
            double best = Double.NaN;
            JsonNode raw = m.get("rawData");
            if (raw != null) {
                for (JsonNode fork : raw) {
                    for (JsonNode v : fork) {
                        best = Double.isNaN(best) ? v.asDouble() : Math.min(best, v.asDouble());
                    }
                }
            }
            scores.put(key, new Score(m.get("score").asDouble(), error, m.get("scoreUnit").asString(),
                    b.get("mode").asString(), b.get("forks").asInt(), b.get("measurementIterations").asInt(), best));
            jvm = b.get("vmName").asString() + " " + b.get("vmVersion").asString();
        }
        Map<String, long[]> heaps = new LinkedHashMap<>();
        if (Files.exists(heapFile)) {
            for (String line : Files.readAllLines(heapFile, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length >= 3) {
                    String key = f[0].substring(f[0].lastIndexOf('.', f[0].lastIndexOf('.') - 1) + 1);
                    long peak = Long.parseLong(f[1]);
                    long live = f.length > 3 ? Long.parseLong(f[3]) : -1;
                    long[] prev = heaps.get(key);
                    heaps.put(key, new long[] {prev == null ? peak : Math.max(prev[0], peak), Long.parseLong(f[2]),
                        prev == null ? live : Math.max(prev[2], live)});
                }
            }
        }
        Map<String, String> quality = new LinkedHashMap<>();
        if (Files.exists(qualityFile)) {
            for (String line : Files.readAllLines(qualityFile, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 2);
                if (f.length == 2) {
                    quality.put(f[0], f[1]);
                }
            }
        }
        List<long[]> firstChecks = new ArrayList<>();
        if (Files.exists(firstFile)) {
            for (String line : Files.readAllLines(firstFile, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 2) {
                    firstChecks.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])});
                }
            }
        }
        return new Report(scores, heaps, quality, firstChecks, full, jvm, LocalDate.now(ZoneOffset.UTC));
    }

    /** The ratio of {@code row}'s workload to its baseline, with its error, if both ran. */
    Optional<double[]> ratio(Row row) {
        Score a = scores.get(row.library());
        Score b = row.baseline() == null ? null : scores.get(row.baseline());
        if (a == null || b == null) {
            return Optional.empty();
        }
        double r = a.millis() / (b.millis() * row.scale());
        double ea = Double.isNaN(a.error) ? 0 : a.error / a.mean;
        double eb = Double.isNaN(b.error) ? 0 : b.error / b.mean;
        return Optional.of(new double[] {r, r * Math.sqrt(ea * ea + eb * eb)});
    }

    /** The ratio of the best iterations of {@code row}'s workload and baseline, if both ran. */
    Optional<Double> bestRatio(Row row) {
        Score a = scores.get(row.library());
        Score b = row.baseline() == null ? null : scores.get(row.baseline());
        if (a == null || b == null || Double.isNaN(a.best()) || Double.isNaN(b.best())) {
            return Optional.empty();
        }
        return Optional.of(a.toMillis(a.best()) / (b.toMillis(b.best()) * row.scale()));
    }

    /** Whether {@code row} met its target, or null when it did not run. */
    @Nullable Boolean met(Row row) {
        Score a = scores.get(row.library());
        if (a == null) {
            return null;
        }
        boolean ok = true;
        if (row.maxRatio() > 0) {
            Optional<double[]> r = ratio(row);
            if (r.isEmpty()) {
                return null;
            }
            ok = r.get()[0] <= row.maxRatio();
        }
        if (row.maxMillis() > 0 && row.items() == 0) {
            ok &= a.millis() < row.maxMillis();
        }
        if (row.id().equals("3")) {
            ok &= row.items() / (a.millis() / 1000) >= 100_000;
        }
        if (row.id().equals("4")) {
            ok &= a.millis() <= row.maxMillis();
            ok &= number(quality.get("recall")) >= 0.95 && number(quality.get("precision")) >= 0.95;
        }
        return ok;
    }

    private static double number(@Nullable String s) {
        return s == null ? Double.NaN : Double.parseDouble(s);
    }

    /** The results section, in Markdown. */
    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| # | workload | library (mean ± error) | baseline (mean ± error) | ratio | best-iteration ratio "
                + "| target | met |\n");
        sb.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Row row : ROWS) {
            Score a = scores.get(row.library());
            Score b = row.baseline() == null ? null : scores.get(row.baseline());
            String lib = a == null ? "not run" : a.shown() + extra(row, a);
            String base = row.baseline() == null ? "-" : b == null ? "not run" : b.shown() + extra(row, b);
            if (row.scale() != 1 && b != null) {
                base = b.shown() + " on 5,000 → " + fmt(b.toMillis(b.mean) * row.scale() / 1000)
                        + " s extrapolated to 100,000";
            }
            String ratio = ratio(row).map(r -> fmt(r[0]) + "× ± " + fmt(r[1])).orElse("-");
            String best = bestRatio(row).map(r -> fmt(r) + "×").orElse("-");
            Boolean met = met(row);
            sb.append("| ").append(row.id()).append(" | ").append(row.workload()).append(" | ").append(lib).append(" | ")
                    .append(base).append(" | ").append(ratio).append(" | ").append(best).append(" | ").append(row.target()).append(" | ")
                    .append(met == null ? "not run" : met ? "yes" : "**no**").append(" |\n");
        }
        sb.append('\n');
        if (!quality.isEmpty()) {
            sb.append("Similar questions (workload 4) on the planted groups: ");
            List<String> parts = new ArrayList<>();
            quality.forEach((k, v) -> parts.add(k + " " + v));
            sb.append(String.join(", ", parts)).append(".\n\n");
        }
        if (!firstChecks.isEmpty()) {
            double cpu = firstChecks.stream().mapToLong(f -> f[0]).average().orElse(0);
            double wall = firstChecks.stream().mapToLong(f -> f[1]).average().orElse(0);
            long bestCpu = firstChecks.stream().mapToLong(f -> f[0]).min().orElse(0);
            sb.append("First check (workload 2), CPU time of the whole JVM during the shot (all threads), over ")
                    .append(firstChecks.size()).append(" fresh JVMs: mean ").append(fmt(cpu)).append(" ms, least ")
                    .append(bestCpu).append(" ms (elapsed: mean ").append(fmt(wall)).append(" ms).\n\n");
        }
        if (!heaps.isEmpty()) {
            sb.append("Peak heap (MemoryMXBean sampled every 5 ms over a whole trial): the used heap, garbage included; ")
                    .append("and the largest heap in use just after a collection, as the pools last reported it (G1 ")
                    .append("reports the old generation only after a mixed or full collection: a lower bound of ")
                    .append("what the workload kept alive):\n\n");
            sb.append("| benchmark | peak used heap | peak after a collection (lower bound) | max heap (-Xmx) |\n")
                    .append("| --- | --- | --- | --- |\n");
            heaps.forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v[0] / (1024 * 1024)).append(" MB | ")
                    .append(v[2] < 0 ? "-" : v[2] / (1024 * 1024) + " MB").append(" | ")
                    .append(v[1] / (1024 * 1024)).append(" MB |\n"));
            sb.append('\n');
        }
        sb.append("Machine: ").append(Machine.describe()).append("; JVM: ").append(jvm).append(".  \n");
        sb.append("Date: ").append(date).append("; run: ")
                .append(full ? "`-full` (3 forks × (annotated warm-up + 10 measured iterations); 20 fresh JVMs for the first check)"
                        : "default (1 fork; 6-10 warm-up + 8 measured iterations of 1-2 s; single shots for the large "
                                + "workloads: intake 4 + 6, similar questions 2 + 4, replay 1 + 3, XLSX 1 + 2; 8 fresh JVMs "
                                + "for the first check)")
                .append(".\n");
        return sb.toString();
    }

    private static String extra(Row row, Score s) {
        if (row.items() == 0) {
            return "";
        }
        double perSecond = row.items() / (s.millis() / 1000);
        return " (" + String.format(Locale.ROOT, "%,.0f", perSecond) + "/s)";
    }

    static String fmt(double v) {
        double a = Math.abs(v);
        if (a > 0 && a < 0.001) {
            return String.format(Locale.ROOT, "%.1e", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Replaces the results section of {@code doc} (or appends one) with {@link #markdown()}. */
    void update(Path doc) throws IOException {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        String section = BEGIN + "\n" + markdown() + END;
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        String updated = b >= 0 && e > b ? text.substring(0, b) + section + text.substring(e + END.length())
                : text + "\n" + section + "\n";
        Files.writeString(doc, updated, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: Report JMH_JSON [BENCHMARKS.md]");
            System.exit(2);
        }
        Path json = Path.of(args[0]);
        Path dir = Objects.requireNonNullElse(json.toAbsolutePath().getParent(), Path.of("."));
        Report report = read(json, dir, Boolean.getBoolean("dialogue.bench.full"));
        System.out.println(report.markdown());
        if (args.length > 1) {
            report.update(Path.of(args[1]));
        }
    }
}
