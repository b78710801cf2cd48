package vn.dialogue.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.dialogue.postgres.PostgresEventStore;
import vn.dialogue.postgres.PostgresServer;
import vn.dialogue.store.NewEvent;
import vn.dialogue.store.StoredEvent;

/**
 * Catching up on a log of 1,000,000 question events in PostgreSQL (500,000 questions received, then accepted),
 * through {@link PostgresEventStore#readAfter} in pages of {@value #PAGE}, each event's data parsed by Jackson into a
 * tree; against one raw JDBC select of the same rows and columns (fetched {@value #PAGE} at a time), the data parsed
 * the same way. The log is written once per trial through the store (appends of 1,000 events), outside the
 * measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class PostgresCatchUpBenchmark {

    static final int PAGE = 10_000;

    /** How many events the log holds (two per question). */
    @Param("1000000")
    public int events = 1_000_000;

    private final ObjectMapper json = JsonMapper.builder().build();
    private PostgresServer server;
    private DataSource pool;
    private String schema = "";
    private PostgresEventStore store;

    @Setup(Level.Trial)
    public void fill() throws SQLException {
        server = PostgresServer.obtain(PgBench.SETTINGS);
        pool = server.pool(2);
        schema = server.freshSchema();
        store = PostgresEventStore.builder(pool).schema(schema).open(PgBench.LOG);
        int questions = events / 2;
        for (int from = 0; from < questions; from += 500) {
            List<NewEvent> batch = new ArrayList<>(1000);
            java.util.Map<String, Long> expected = new java.util.HashMap<>();
            for (int i = from; i < Math.min(questions, from + 500); i++) {
                batch.add(PgBench.received(i));
                batch.add(PgBench.accepted(i));
                expected.put(PgBench.stream(i), 0L);
            }
            store.append(batch, Map.copyOf(expected));
        }
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("vacuum analyze " + schema + ".dialogue_event");
            st.execute("checkpoint");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    /** The store: every event after position 0, page by page, its data parsed. */
    @Benchmark
    public long library() {
        long[] fields = {0};
        long last = 0;
        while (true) {
            long next = store.readAfter(last, PAGE, e -> fields[0] += read(e));
            if (next == last) {
                return fields[0];
            }
            last = next;
        }
    }

    private long read(StoredEvent e) {
        JsonNode tree = json.readTree(e.data());
        return tree.size() + e.version();
    }

    /** Raw JDBC: one select of the same rows and columns, the data parsed by Jackson. */
    @Benchmark
    public long baseline() throws SQLException {
        long fields = 0;
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("select position, stream, version, type, recorded, "
                    + "recorded_nanos, data::text, key from " + schema + ".dialogue_event where log = ? "
                    + "order by position")) {
                ps.setFetchSize(PAGE);
                ps.setString(1, PgBench.LOG);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long position = rs.getLong(1);
                        String stream = rs.getString(2);
                        long version = rs.getLong(3);
                        String type = rs.getString(4);
                        OffsetDateTime recorded = rs.getObject(5, OffsetDateTime.class);
                        short nanos = rs.getShort(6);
                        JsonNode tree = json.readTree(rs.getString(7));
                        String key = rs.getString(8);
                        fields += tree.size() + version;
                        if (position < 0 || stream == null || type == null || recorded == null || nanos < 0
                                || (key != null && key.isEmpty())) {
                            throw new IllegalStateException("row " + position);
                        }
                    }
                }
            }
            c.commit();
        }
        return fields;
    }
}
