package vn.dialogue.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.dialogue.postgres.PostgresExtension;
import vn.dialogue.postgres.PostgresServer;

/**
 * The PostgreSQL workloads and their baselines run once, outside JMH, on small inputs, against the test server
 * (which the benchmarks then take as given instead of starting their own): they write and read what they claim.
 */
@ExtendWith(PostgresExtension.class)
class PostgresWorkloadsRunOnceTest {

    private static String before;
    private static PostgresServer server;

    @BeforeAll
    static void server(PostgresServer s) {
        server = s;
        before = System.getProperty(PostgresServer.URL_PROPERTY);
        System.setProperty(PostgresServer.URL_PROPERTY, s.url());
    }

    @AfterAll
    static void restore() {
        if (before == null) {
            System.clearProperty(PostgresServer.URL_PROPERTY);
        } else {
            System.setProperty(PostgresServer.URL_PROPERTY, before);
        }
    }

    private static long rows(String schema, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(server.url()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from " + schema + "." + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void should_append_the_same_rows_on_every_side_when_the_append_workload_runs_small() throws Exception {
        // GIVEN the append workload cut to 2,000 events
        PostgresAppendBenchmark b = new PostgresAppendBenchmark();
        b.events = 2_000;
        b.start();
        try {
            String schema = b.schema;
            // WHEN each side runs on emptied tables THEN each leaves 2,000 events and 2,000 stream versions
            b.empty();
            assertThat(b.library()).isEqualTo(2_000);
            assertThat(rows(schema, "dialogue_stream_version")).isEqualTo(2_000);
            b.empty();
            assertThat(b.libraryThreads()).isEqualTo(2_000);
            assertThat(rows(schema, "dialogue_event")).isEqualTo(2_000);
            b.empty();
            assertThat(b.baselineBatch()).isEqualTo(2_000);
            assertThat(rows(schema, "dialogue_event")).isEqualTo(2_000);
            b.empty();
            assertThat(b.baselinePerEvent()).isEqualTo(2_000);
            assertThat(rows(schema, "dialogue_stream_version")).isEqualTo(2_000);
            b.empty();
            assertThat(b.baselinePerEventThreads()).isEqualTo(2_000);
            assertThat(rows(schema, "dialogue_event")).isEqualTo(2_000);
        } finally {
            b.stop();
        }
    }

    @Test
    void should_read_the_same_events_on_both_sides_when_the_catch_up_workload_runs_small() throws Exception {
        // GIVEN the catch-up workload over a log of 3,000 events (more than one page of the store's reads)
        PostgresCatchUpBenchmark b = new PostgresCatchUpBenchmark();
        b.events = 3_000;
        b.fill();
        try {
            // WHEN both sides read it THEN they parse the same fields of the same events
            long library = b.library();
            assertThat(library).isEqualTo(b.baseline()).isGreaterThan(3_000L * 4);
        } finally {
            b.stop();
        }
    }
}
