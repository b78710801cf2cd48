package vn.dialogue.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The one command: {@code java -jar benchmarks/target/benchmarks.jar [-full] [JMH options]}, run
 * from the repository root. Runs every benchmark (or those the JMH include patterns name) with the
 * short forks and iterations of their annotations, or with {@code -full} three forks of ten measured
 * iterations after the annotated warm-up (twenty forks for the fresh-JVM single shot), then writes
 * {@code benchmarks/target/jmh.json} and the peak heaps, and rewrites the results section of
 * {@code BENCHMARKS.md} ({@link Report}). Other options go to JMH as they are ({@code -prof gc},
 * {@code -prof stack}, an include pattern...); {@code -h} lists them.
 */
public final class Run {

    private static final String FIRST_CHECK = FirstCheckBenchmark.class.getName();

    private Run() {
    }

    public static void main(String[] args) throws IOException, RunnerException {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean full = rest.remove("-full");
        boolean noReport = rest.remove("-no-report");
        CommandLineOptions cli;
        try {
            cli = new CommandLineOptions(rest.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing the command line: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (cli.shouldHelp()) {
            System.out.println("java -jar benchmarks.jar [-full] [-no-report] [JMH options]");
            cli.showHelp();
            return;
        }
        if (cli.shouldList()) {
            new Runner(cli).list();
            return;
        }
        Path out = Path.of(System.getProperty("dialogue.bench.out", "benchmarks/target"));
        Files.createDirectories(out);
        for (String side : new String[] {SideFiles.HEAP, SideFiles.QUALITY, SideFiles.FIRST_CHECK}) {
            Files.deleteIfExists(out.resolve(side));
        }
        String[] props = {"-D" + SideFiles.DIR_PROPERTY + "=" + out.toAbsolutePath()};

        List<RunResult> results = new ArrayList<>();
        if (!full) {
            results.addAll(new Runner(new OptionsBuilder().parent(cli).jvmArgsPrepend(props).build()).run());
        } else {
            boolean selected = cli.getIncludes().isEmpty();
            ChainedOptionsBuilder rest0 = new OptionsBuilder().parent(cli).jvmArgsPrepend(props)
                    .exclude(FIRST_CHECK).forks(3).measurementIterations(10);
            results.addAll(new Runner(rest0.build()).run());
            if (selected || cli.getIncludes().stream().anyMatch(FIRST_CHECK::contains)) {
                results.addAll(new Runner(new OptionsBuilder().include(FIRST_CHECK).jvmArgsPrepend(props).forks(20).build()).run());
            }
        }
        Path json = out.resolve("jmh.json");
        ResultFormatFactory.getInstance(ResultFormatType.JSON, json.toString()).writeOut(results);
        System.out.println("JMH results: " + json);
        if (!noReport) {
            Report report = Report.read(json, out, full);
            System.out.println(report.markdown());
            Path doc = Path.of("BENCHMARKS.md");
            if (Files.exists(doc)) {
                report.update(doc);
                System.out.println("updated " + doc.toAbsolutePath());
            }
        }
    }
}
