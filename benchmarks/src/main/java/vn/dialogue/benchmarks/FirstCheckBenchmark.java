package vn.dialogue.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
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
@Fork(8)
public class FirstCheckBenchmark {

    /**
     * The CPU time the whole JVM spends on the shot (all threads: the checking thread, the JIT
     * compilers, the collector), which depends far less than the elapsed time on what else the
     * machine runs; appended to a side file ({@link SideFiles#FIRST_CHECK}) as "cpu ms, elapsed ms".
     */
    @State(Scope.Benchmark)
    public static class CpuClock {
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private long cpu;
        private long wall;

        @Setup(Level.Iteration)
        public void start() {
            cpu = os.getProcessCpuTime();
            wall = System.nanoTime();
        }

        @TearDown(Level.Iteration)
        public void stop() {
            long elapsed = System.nanoTime() - wall;
            long used = os.getProcessCpuTime() - cpu;
            SideFiles.append(SideFiles.FIRST_CHECK, used / 1_000_000 + "\t" + elapsed / 1_000_000);
        }
    }

    /** Reads the seed plan from the class path and checks it, cold. */
    @Benchmark
    public CheckReport firstCheck(CpuClock clock) {
        return PlanChecker.standard().check(PlanFiles.read(Seed.NAME, Seed.planBytes(), Format.YAML));
    }
}
