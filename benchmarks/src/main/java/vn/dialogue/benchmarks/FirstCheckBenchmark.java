package vn.dialogue.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import vn.dialogue.check.CheckReport;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.planfile.Format;
import vn.dialogue.planfile.PlanFiles;

/**
 * Workload 2: the first load and check in a fresh JVM, validator bootstrap included: one shot per
 * fork, no warm-up, so every measurement pays class loading, Jackson's and Hibernate Validator's
 * start-up and the interpreter. Nothing of the library is touched before the shot. Target: under
 * 1 s.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class FirstCheckBenchmark {

    /** Reads the seed plan from the class path and checks it, cold. */
    @Benchmark
    public CheckReport firstCheck() {
        return PlanChecker.standard().check(PlanFiles.read(Seed.NAME, Seed.planBytes(), Format.YAML));
    }
}
