package vn.dialogue.benchmarks;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

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

import vn.dialogue.postgres.PostgresEventStore;
import vn.dialogue.postgres.PostgresServer;
import vn.dialogue.store.NewEvent;

/**
 * Appending 100,000 question events (50,000 questions received, then accepted) to PostgreSQL through
 * {@link PostgresEventStore#append}, one event per append as a desk appends a command's event, from 1 thread and
 * from {@value #THREADS} threads (each its own questions); against raw JDBC inserts of the same rows into the same
 * tables: batches of 1,000 events a transaction (the fastest way to put the rows there), and one transaction per
 * event (the same commits as the store), from 1 thread and from {@value #THREADS}. The tables are emptied before
 * each iteration; each benchmark runs in its fork against its own server ({@link PgBench#SETTINGS}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class PostgresAppendBenchmark {

    static final int THREADS = 8;

    /** How many events one operation appends (two per question). */
    @Param("100000")
    public int events = 100_000;

    private PostgresServer server;
    private DataSource pool;
    String schema = "";
    private PostgresEventStore store;
    private List<NewEvent> rows = List.of();

    @Setup(Level.Trial)
    public void start() {
        server = PostgresServer.obtain(PgBench.SETTINGS);
        pool = server.pool(THREADS + 1);
        schema = server.freshSchema();
        rows = PgBench.events(events / 2);
    }

    @Setup(Level.Iteration)
    public void empty() throws SQLException {
        PostgresEventStore.builder(pool).schema(schema).open(PgBench.LOG);
        PgBench.empty(pool, schema);
        store = PostgresEventStore.builder(pool).schema(schema).open(PgBench.LOG);
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    /** The store, one event per append, one thread. */
    @Benchmark
    public long library() {
        for (int i = 0; i < events / 2; i++) {
            PgBench.appendQuestion(store, i);
        }
        return store.head();
    }

    /** The store, one event per append, {@value #THREADS} threads on one log. */
    @Benchmark
    public long libraryThreads() throws Exception {
        parallel(t -> {
            for (int i = t; i < events / 2; i += THREADS) {
                PgBench.appendQuestion(store, i);
            }
        });
        return store.head();
    }

    /** Raw JDBC: the same rows, batches of 1,000 events, a transaction each, one thread. */
    @Benchmark
    public long baselineBatch() throws SQLException {
        try (PgBench.Rows raw = new PgBench.Rows(pool, schema)) {
            raw.log();
            for (int i = 0; i < rows.size(); i++) {
                raw.add(rows.get(i), i + 1, i % 2 + 1);
                if ((i + 1) % 1000 == 0 || i == rows.size() - 1) {
                    raw.commit();
                }
            }
        }
        return rows.size();
    }

    /** Raw JDBC: the same rows, a transaction per event (as the store commits them), one thread. */
    @Benchmark
    public long baselinePerEvent() throws SQLException {
        try (PgBench.Rows raw = new PgBench.Rows(pool, schema)) {
            raw.log();
            for (int i = 0; i < rows.size(); i++) {
                raw.add(rows.get(i), i + 1, i % 2 + 1);
                raw.commit();
            }
        }
        return rows.size();
    }

    /** Raw JDBC: the same rows, a transaction per event, {@value #THREADS} threads (positions drawn beforehand). */
    @Benchmark
    public long baselinePerEventThreads() throws Exception {
        try (PgBench.Rows raw = new PgBench.Rows(pool, schema)) {
            raw.log();
        }
        parallel(t -> {
            try (PgBench.Rows raw = new PgBench.Rows(pool, schema)) {
                for (int q = t; q < events / 2; q += THREADS) {
                    raw.add(rows.get(2 * q), 2L * q + 1, 1);
                    raw.commit();
                    raw.add(rows.get(2 * q + 1), 2L * q + 2, 2);
                    raw.commit();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return rows.size();
    }

    interface Part {
        void run(int thread) throws Exception;
    }

    static void parallel(Part part) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(threads.submit(() -> {
                    part.run(thread);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
