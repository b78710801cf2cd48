package vn.dialogue.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.store.StoredEvent;

/**
 * Two processes on one database: this JVM and a second one ({@link SecondJvm}), 8 threads each, append to the same
 * four streams of one log at once, each append expecting the version its thread read just before. Whatever the
 * interleaving: no event lost or duplicated, every acknowledged append stored where it was acknowledged, every stale
 * write refused and absent.
 */
@ExtendWith(PostgresExtension.class)
class TwoProcessesAppendToOneLogTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 40;
    private static final int STREAMS = 4;

    @Test
    void should_lose_and_repeat_nothing_and_refuse_every_stale_write_when_two_jvms_append_at_once(PostgresServer server,
            @TempDir Path dir) throws Exception {
        // GIVEN one log, opened here, and a second JVM with its own pool ready to append to it
        String schema = server.freshSchema();
        String log = "kon-tum-2024/questions";
        PostgresEventStore store = PostgresEventStore.builder(server.pool(THREADS + 1)).schema(schema).open(log);
        Path go = dir.resolve("go");
        Path theirs = dir.resolve("second-jvm.txt");
        List<String> ours;
        String printed;
        try (SecondJvm other = SecondJvm.start(ConcurrentAppender.class, server.url(), schema, log, "B",
                String.valueOf(THREADS), String.valueOf(ROUNDS), String.valueOf(STREAMS), theirs.toString(),
                go.toString())) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!other.output().contains("ready")) {
                assertThat(other.alive()).as("the second JVM died before it was ready:%n%s", other.output()).isTrue();
                assertThat(System.nanoTime()).as("the second JVM was not ready in 120 s").isLessThan(until);
                Thread.sleep(20);
            }

            // WHEN both start at once
            Files.createFile(go);
            ours = ConcurrentAppender.run(store, "A", THREADS, ROUNDS, STREAMS);
            printed = other.await(Duration.ofMinutes(5));
        }
        List<String> outcomes = new ArrayList<>(ours);
        outcomes.addAll(Files.readAllLines(theirs, StandardCharsets.UTF_8));

        // THEN every attempt of both sides has one outcome
        assertThat(printed).contains("done");
        assertThat(outcomes).hasSize(2 * THREADS * ROUNDS);
        List<String[]> acked = outcomes.stream().filter(o -> o.startsWith("ok ")).map(o -> o.split(" ")).toList();
        List<String[]> stale = outcomes.stream().filter(o -> o.startsWith("stale ")).map(o -> o.split(" ")).toList();
        assertThat(acked.size() + stale.size()).isEqualTo(outcomes.size());
        assertThat(acked).as("both sides got appends through").anyMatch(o -> o[1].startsWith("A/"))
                .anyMatch(o -> o[1].startsWith("B/"));
        assertThat(stale).as("16 writers on 4 streams conflict").isNotEmpty();

        // AND the log holds exactly the acknowledged appends, at contiguous positions from 1
        List<StoredEvent> all = new ArrayList<>();
        long last = 0;
        while (true) {
            long next = store.readAfter(last, 100, all::add);
            if (next == last) {
                break;
            }
            last = next;
        }
        assertThat(all).extracting(StoredEvent::position).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, all.size()).boxed().toList());
        assertThat(store.head()).isEqualTo(all.size());
        assertThat(all).hasSize(acked.size());

        // AND each version of each stream is there once, in order, and where the append was acknowledged
        Map<String, Long> versions = new HashMap<>();
        Map<String, StoredEvent> byKey = new HashMap<>();
        for (StoredEvent e : all) {
            long expected = versions.merge(e.stream(), 1L, Long::sum);
            assertThat(e.version()).as("version of %s at position %d", e.stream(), e.position()).isEqualTo(expected);
            assertThat(byKey.put(e.key(), e)).as("key %s stored twice", e.key()).isNull();
        }
        for (String[] ok : acked) {
            StoredEvent e = byKey.get(ok[1]);
            assertThat(e).as("acknowledged append %s", ok[1]).isNotNull();
            assertThat(e.position()).isEqualTo(Long.parseLong(ok[2]));
            assertThat(e.stream()).isEqualTo(ok[3]);
            assertThat(e.version()).isEqualTo(Long.parseLong(ok[4]));
        }

        // AND no refused write is in the log, each refused because its stream had moved past what it expected
        Set<String> stored = new HashSet<>(byKey.keySet());
        for (String[] refused : stale) {
            assertThat(stored).as("refused append %s", refused[1]).doesNotContain(refused[1]);
            assertThat(Long.parseLong(refused[4])).isGreaterThan(Long.parseLong(refused[3]));
        }
    }
}
