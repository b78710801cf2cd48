package vn.dialogue.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Samples the used heap (MemoryMXBean) every 5 ms during a trial of a large workload and appends
 * the peak, with the benchmark and the maximum heap, to the file named by the system property
 * {@value #FILE_PROPERTY} ({@link Run} sets it). Used heap includes garbage not yet collected:
 * the peak is what the JVM held at once, bounded by -Xmx.
 */
@State(Scope.Benchmark)
public class HeapSampler {

    /** The system property naming the file the peaks are appended to. */
    public static final String FILE_PROPERTY = "dialogue.bench.heapfile";

    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running;
    private Thread thread = new Thread(() -> { });
    private String benchmark = "";

    @Setup(Level.Trial)
    public void start(BenchmarkParams params) {
        benchmark = params.getBenchmark();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        running = true;
        thread = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        running = false;
        thread.join();
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null) {
            return;
        }
        long max = Runtime.getRuntime().maxMemory();
        String line = benchmark + "\t" + peak.get() + "\t" + max + "\n";
        try {
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The peak used heap sampled so far, in bytes. */
    public long peak() {
        return peak.get();
    }
}
