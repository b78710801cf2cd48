package vn.dialogue.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.dialogue.check.CheckReport;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.Format;
import vn.dialogue.planfile.PlanFiles;

/**
 * Workload 1: load and check the seed plan file, warm, against Jackson reading the same YAML
 * bytes into a tree. Target: at most 3 times the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class PlanCheckBenchmark {

    private byte[] bytes = new byte[0];
    private final YAMLMapper yaml = YAMLMapper.builder().build();

    @Setup
    public void setUp() {
        bytes = Seed.planBytes();
    }

    /** {@code PlanFiles.read} then {@code PlanChecker.standard().check}. */
    @Benchmark
    public CheckReport library() {
        Plan plan = PlanFiles.read(Seed.NAME, bytes, Format.YAML);
        return PlanChecker.standard().check(plan);
    }

    /** Jackson's YAML mapper reading the same bytes into a tree. */
    @Benchmark
    public JsonNode baseline() {
        return yaml.readTree(bytes);
    }
}
