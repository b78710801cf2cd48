package vn.dialogue.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.dialogue.journal.Durability;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.Submission;

/**
 * Workload 3: intake, moderation and journal append of 100,000 submissions by 2 threads (each
 * submission received, then accepted or rejected: two journaled events), into a journal file with
 * the default (buffered) durability, closed at the end; against Jackson writing the same
 * submissions as JSON Lines from 2 threads to a file in the same folder, through one shared 64 KiB
 * buffer, closed at the end. Target: at least 100,000 submissions/s and at most 2 times the
 * baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 6)
@Fork(1)
public class IntakeBenchmark {

    static final int THREADS = 2;

    /** How many submissions one operation takes in. */
    @Param("100000")
    public int submissions = 100_000;

    private List<Submission> inbox = List.of();
    private ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private Path dir = Path.of(".");
    private Path file = Path.of(".");
    private final ObjectMapper json = JsonMapper.builder().build();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        inbox = Desk.submissions(new PlantedSubmissions(3, submissions, submissions / 50, 2, 3, 2).texts);
        pool = Executors.newFixedThreadPool(THREADS);
        dir = Files.createTempDirectory("dialogue-intake-");
    }

    @Setup(Level.Iteration)
    public void newFile() throws IOException {
        file = dir.resolve("questions-" + System.nanoTime() + ".jsonl");
    }

    @TearDown(Level.Iteration)
    public void removeFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        pool.shutdownNow();
        Files.deleteIfExists(dir);
    }

    /** The registry receives and moderates every submission, journaling each step. */
    @Benchmark
    public long library(HeapSampler heap) throws Exception {
        try (QuestionRegistry registry = QuestionRegistry.builder(RolePolicy.defaults())
                .journal(file, Durability.BUFFERED).open()) {
            inParallel(t -> {
                for (int i = t; i < submissions; i += THREADS) {
                    Desk.intake(registry, inbox.get(i), i);
                }
            });
            return registry.size();
        }
    }

    /** Jackson writes each submission as one JSON line to the same kind of file. */
    @Benchmark
    public long baseline(HeapSampler heap) throws Exception {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            inParallel(t -> {
                for (int i = t; i < submissions; i += THREADS) {
                    byte[] line = json.writeValueAsBytes(inbox.get(i));
                    synchronized (out) {
                        try {
                            out.write(line);
                            out.write('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            });
        }
        return Files.size(file);
    }

    private interface Part {
        void run(int thread);
    }

    private void inParallel(Part part) throws InterruptedException, ExecutionException {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> part.run(thread)));
        }
        for (Future<?> f : done) {
            f.get();
        }
    }
}
