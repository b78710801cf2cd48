package vn.dialogue.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Samples the used heap (MemoryMXBean) every 5 ms during a trial of a large workload and appends
 * the peak, with the benchmark and the maximum heap, to a side file ({@link SideFiles#HEAP}). Used
 * heap includes garbage not yet collected: the peak is what the JVM held at once, bounded by -Xmx.
 * Beside it, the largest heap in use just after a collection (the pools' collection usage, summed;
 * G1 updates its old generation's only after a mixed or full collection): a lower bound of what the
 * workload kept alive.
 */
@State(Scope.Benchmark)
public class HeapSampler {

    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private volatile boolean running;
    private Thread thread = new Thread(() -> { });
    private String benchmark = "";

    @Setup(Level.Trial)
    public void start(BenchmarkParams params) {
        benchmark = params.getBenchmark();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();
        running = true;
        thread = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                long afterGc = 0;
                for (MemoryPoolMXBean pool : heapPools) {
                    afterGc += pool.getCollectionUsage().getUsed();
                }
                peakAfterGc.accumulateAndGet(afterGc, Math::max);
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
        SideFiles.append(SideFiles.HEAP, benchmark + "\t" + peak.get() + "\t" + Runtime.getRuntime().maxMemory() + "\t"
                + peakAfterGc.get());
    }

    /** The peak used heap sampled so far, in bytes. */
    public long peak() {
        return peak.get();
    }
}
