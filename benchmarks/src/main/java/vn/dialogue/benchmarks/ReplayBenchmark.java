package vn.dialogue.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.dialogue.journal.Durability;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.Submission;

/**
 * Workload 5: replaying a question journal of 1,000,000 events (500,000 submissions received, then
 * accepted or rejected) into the questions' states, against Jackson reading the same JSON Lines
 * into trees (one tree per line, none kept). The journal is written once per trial, outside the
 * measurement. Target: at most 2 times the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ReplayBenchmark {

    /** How many submissions the journal records (two events each). */
    @Param("500000")
    public int submissions = 500_000;

    private Path dir = Path.of(".");
    private Path file = Path.of(".");
    private final ObjectMapper json = JsonMapper.builder().build();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("dialogue-replay-");
        file = dir.resolve("questions.jsonl");
        List<Submission> inbox = Desk.submissions(new PlantedSubmissions(5, submissions, 0, 2, 2, 1).texts);
        try (QuestionRegistry registry = QuestionRegistry.builder(RolePolicy.defaults())
                .journal(file, Durability.BUFFERED).open()) {
            for (int i = 0; i < submissions; i++) {
                Desk.intake(registry, inbox.get(i), i);
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /** The registry's replay: every event read, checked and folded into the states. */
    @Benchmark
    public int library(HeapSampler heap) {
        return QuestionRegistry.replay(file).size();
    }

    /** Jackson reads each line into a tree. */
    @Benchmark
    public long baseline(HeapSampler heap) throws IOException {
        long lines = 0;
        try (MappingIterator<JsonNode> it = json.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                if (it.nextValue().size() > 0) {
                    lines++;
                }
            }
        }
        return lines;
    }
}
