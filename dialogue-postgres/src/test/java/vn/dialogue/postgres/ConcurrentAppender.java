package vn.dialogue.postgres;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import vn.dialogue.store.EventStore;
import vn.dialogue.store.NewEvent;
import vn.dialogue.store.StaleVersionException;
import vn.dialogue.store.StoredEvent;

/**
 * One side of the two-process test: {@code THREADS} threads append to the same few streams of one log, each append
 * expecting the version the thread just read, and every outcome is written down. Run as a main in a second JVM
 * ({@link SecondJvm}) and called directly in the test's own JVM.
 *
 * <p>{@code main(URL SCHEMA LOG SIDE THREADS ROUNDS STREAMS OUT GO)}: writes {@code OUT} (one line per outcome:
 * {@code ok KEY POSITION STREAM VERSION} or {@code stale KEY STREAM EXPECTED ACTUAL}) after waiting for the file
 * {@code GO} to exist (so that both sides start together), and prints {@code ready} once its store is open.
 */
public final class ConcurrentAppender {

    private ConcurrentAppender() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 9) {
            System.err.println("usage: ConcurrentAppender URL SCHEMA LOG SIDE THREADS ROUNDS STREAMS OUT GO");
            System.exit(2);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setMaximumPoolSize(Integer.parseInt(args[4]) + 1);
        try (HikariDataSource pool = new HikariDataSource(config);
             PostgresEventStore store = PostgresEventStore.builder(pool).schema(args[1]).open(args[2])) {
            System.out.println("ready");
            System.out.flush();
            Path go = Path.of(args[8]);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(go)) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("no go after 120 s: " + go);
                }
                Thread.sleep(5);
            }
            List<String> outcomes = run(store, args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]));
            Files.write(Path.of(args[7]), outcomes, StandardCharsets.UTF_8);
        }
        System.out.println("done");
    }

    /**
     * Appends {@code rounds} events from each of {@code threads} threads to streams {@code s-0 .. s-(streams-1)},
     * each with the version read just before, keyed {@code SIDE/THREAD/ROUND}.
     *
     * @return every outcome, one line each
     */
    public static List<String> run(EventStore store, String side, int threads, int rounds, int streams)
            throws Exception {
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        String stream = "s-" + ((thread + r) % streams);
                        String key = side + "/" + thread + "/" + r;
                        long version = store.readStream(stream).size();
                        NewEvent event = new NewEvent("appended", "{\"side\":\"" + side + "\",\"thread\":" + thread
                                + ",\"round\":" + r + "}", Instant.now(), List.of(stream), key);
                        try {
                            StoredEvent stored = store.append(List.of(event), Map.of(stream, version)).get(0);
                            outcomes.add("ok " + key + " " + stored.position() + " " + stream + " " + stored.version());
                        } catch (StaleVersionException e) {
                            outcomes.add("stale " + key + " " + stream + " " + e.expected() + " " + e.actual());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }
}
