package vn.dialogue.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import vn.dialogue.store.DamagedStoreException;
import vn.dialogue.store.NewEvent;
import vn.dialogue.store.StoredEvent;
import vn.dialogue.store.StreamVersion;

/** What the contract cannot say: the schema and its migrations, logs side by side, commits in flight, damage. */
@ExtendWith(PostgresExtension.class)
class PostgresEventStoreOnTheServerTest {

    private static final Instant AT = Instant.parse("2024-10-21T02:00:00Z");

    private static PostgresServer server;
    private static DataSource pool;

    @BeforeAll
    static void server(PostgresServer s) {
        server = s;
        pool = s.pool(6);
    }

    private static NewEvent event(String type, String stream) {
        return NewEvent.of(type, "{\"n\":\"" + type + "\"}", AT, stream);
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.url()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void should_migrate_once_and_leave_the_schema_as_it_is_when_opened_again() throws SQLException {
        // GIVEN a new schema, migrated by a first open
        String schema = server.freshSchema();
        PostgresEventStore.builder(pool).schema(schema).open("a").append(List.of(event("x", "s")), Map.of("s", 0L));
        long rows = count("select count(*) from " + schema + ".dialogue_schema_history");

        // WHEN it is migrated again, and a store opened again
        int again = Migrations.migrate(pool, schema);
        PostgresEventStore store = PostgresEventStore.builder(pool).schema(schema).open("a");

        // THEN nothing ran the second time, the history holds the one script once, and the event is still there
        assertThat(again).isZero();
        assertThat(count("select count(*) from " + schema + ".dialogue_schema_history")).isEqualTo(rows);
        assertThat(count("select count(*) from " + schema + ".dialogue_schema_history where version = '1'"))
                .isEqualTo(1);
        assertThat(store.head()).isEqualTo(1);
        assertThat(store.readStream("s")).singleElement().extracting(StoredEvent::type).isEqualTo("x");
    }

    @Test
    void should_migrate_once_when_several_instances_open_a_new_schema_at_once() throws Exception {
        // GIVEN a schema nobody made yet, and four instances starting together
        String schema = server.freshSchema();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<CompletableFuture<Long>> opened = new ArrayList<>();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 4; i++) {
                opened.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return PostgresEventStore.builder(server.simpleDataSource()).schema(schema).open("together").head();
                }, threads));
            }
            // WHEN they open their stores at once
            start.countDown();
            // THEN every one opens, and the script ran once
            for (CompletableFuture<Long> f : opened) {
                assertThat(f.get(120, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(count("select count(*) from " + schema + ".dialogue_schema_history where version = '1'"))
                .isEqualTo(1);
    }

    @Test
    void should_live_beside_the_hosts_own_tables_and_flyway_history_in_one_schema() throws SQLException {
        // GIVEN a schema holding a host's table and the host's own Flyway history
        String schema = server.freshSchema();
        server.execute("create schema " + schema);
        server.execute("create table " + schema + ".submission_inbox (id int primary key)");
        server.execute("create table " + schema + ".flyway_schema_history (installed_rank int primary key, "
                + "version text)");
        server.execute("insert into " + schema + ".flyway_schema_history values (1, '7')");

        // WHEN the store opens there
        PostgresEventStore store = PostgresEventStore.builder(pool).schema(schema).open("kon-tum-2024/questions");
        store.append(List.of(event("received", "q-1")), Map.of("q-1", 0L));

        // THEN its tables are made below a baseline in its own history, and the host's tables are untouched
        assertThat(store.head()).isEqualTo(1);
        assertThat(count("select count(*) from " + schema + ".dialogue_schema_history where version = '1' and success"))
                .isEqualTo(1);
        assertThat(count("select count(*) from " + schema + ".flyway_schema_history")).isEqualTo(1);
        assertThat(count("select count(*) from " + schema + ".submission_inbox")).isZero();
    }

    @Test
    void should_keep_two_logs_of_one_database_apart() {
        // GIVEN two logs in the same tables, with the same stream ids and keys
        String schema = server.freshSchema();
        PostgresEventStore questions = PostgresEventStore.builder(pool).schema(schema).open("kon-tum-2024/questions");
        PostgresEventStore other = PostgresEventStore.builder(pool).schema(schema).open("gia-lai-2025/questions");
        questions.append(List.of(new NewEvent("received", "{}", AT, List.of("q-1"), "portal/1")), Map.of("q-1", 0L));
        questions.append(List.of(event("accepted", "q-1")), Map.of("q-1", 1L));

        // WHEN the other log takes the same stream at version 0 and the same key
        StoredEvent first = other.append(List.of(new NewEvent("received", "{}", AT, List.of("q-1"), "portal/1")),
                Map.of("q-1", 0L)).get(0);

        // THEN each log counts its own positions and versions, and reads only its own events
        assertThat(first.position()).isEqualTo(1);
        assertThat(first.version()).isEqualTo(1);
        assertThat(questions.head()).isEqualTo(2);
        assertThat(other.head()).isEqualTo(1);
        assertThat(questions.readStream("q-1")).extracting(StoredEvent::type).containsExactly("received", "accepted");
        assertThat(other.readStream("q-1")).extracting(StoredEvent::type).containsExactly("received");
        List<String> seen = new ArrayList<>();
        other.readAfter(0, 100, e -> seen.add(e.type()));
        assertThat(seen).containsExactly("received");
        assertThat(questions.name()).contains("kon-tum-2024/questions").doesNotContain("gia-lai");
    }

    @Test
    void should_never_let_a_reader_skip_an_event_whose_transaction_commits_late() throws Exception {
        // GIVEN a log, and an append held open in a transaction that has taken position 1 but not committed
        String schema = server.freshSchema();
        PostgresEventStore store = PostgresEventStore.builder(pool).schema(schema).open("late");
        CompletableFuture<StoredEvent> fast;
        try (Connection held = DriverManager.getConnection(server.url())) {
            held.setAutoCommit(false);
            try (Statement st = held.createStatement(); ResultSet rs = st.executeQuery("select r_outcome, r_first from "
                    + schema + ".dialogue_append('late', array['slow'], array[0::int8], array['slow'], array[1::int8], "
                    + "array['held'], array['{}'], array[0::int8], array[0::int2], array[null::text], array[]::int4[], "
                    + "array[]::text[], array[]::int8[])")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("appended");
                assertThat(rs.getLong(2)).isEqualTo(1);
            }

            // WHEN another writer appends meanwhile, and a reader reads
            fast = CompletableFuture.supplyAsync(
                    () -> store.append(List.of(event("quick", "fast")), Map.of("fast", 0L)).get(0));
            List<Long> before = new ArrayList<>();
            long last = store.readAfter(0, 100, e -> before.add(e.position()));

            // THEN the reader sees nothing yet, and the other writer waits for the held one: it cannot commit a later
            // position first
            assertThat(before).isEmpty();
            assertThat(last).isZero();
            assertThat(store.head()).isZero();
            Thread.sleep(300);
            assertThat(fast).isNotDone();

            // WHEN the held transaction commits
            held.commit();
        }
        StoredEvent quick = fast.get(30, TimeUnit.SECONDS);

        // THEN the other append takes the next position, and a reader going on from where it was sees both, in order
        assertThat(quick.position()).isEqualTo(2);
        List<StoredEvent> after = new ArrayList<>();
        store.readAfter(0, 100, after::add);
        assertThat(after).extracting(StoredEvent::position).containsExactly(1L, 2L);
        assertThat(after).extracting(StoredEvent::type).containsExactly("held", "quick");
    }

    @Test
    void should_name_the_missing_position_and_version_when_a_row_was_deleted() throws SQLException {
        // GIVEN three events of one stream, and someone deletes the second by hand
        String schema = server.freshSchema();
        PostgresEventStore store = PostgresEventStore.builder(pool).schema(schema).open("damaged");
        for (long v = 0; v < 3; v++) {
            store.append(List.of(event("e" + v, "q-1")), Map.of("q-1", v));
        }
        server.execute("delete from " + schema + ".dialogue_stream_version where log = 'damaged' and version = 2");
        server.execute("delete from " + schema + ".dialogue_event where log = 'damaged' and position = 2");

        // WHEN it is read THEN the gap is named, never skipped
        assertThatThrownBy(() -> store.readAfter(0, 100, e -> { }))
                .isInstanceOf(DamagedStoreException.class)
                .hasMessageContaining("damaged")
                .hasMessageContaining("position 2 is missing");
        assertThatThrownBy(() -> store.readStream("q-1"))
                .isInstanceOf(DamagedStoreException.class)
                .hasMessageContaining("stream q-1")
                .hasMessageContaining("version 2 is missing");
    }

    @Test
    void should_keep_instants_to_the_nanosecond_and_the_meaning_of_the_data() {
        // GIVEN an event recorded at an instant with nanoseconds, holding Vietnamese text and nested values
        PostgresEventStore store = PostgresEventStore.builder(pool).schema(server.freshSchema()).open("exact");
        Instant at = Instant.parse("2024-10-21T09:15:30.123456789Z");
        String data = "{\"text\":\"Đề nghị hỗ trợ vốn vay cho hội viên\",\"n\":12345678901234567890,\"a\":[1,{\"b\":null}]}";

        // WHEN it is appended and read back
        store.append(List.of(new NewEvent("received", data, at, List.of("q-1", "c-2"), "k")),
                Map.of("q-1", 0L, "c-2", 0L));
        StoredEvent back = store.readStream("c-2").get(0);

        // THEN the instant, the streams and every value are as given (jsonb spaces the text its own way)
        assertThat(back.recorded()).isEqualTo(at);
        assertThat(back.streams()).containsExactly(new StreamVersion("q-1", 1), new StreamVersion("c-2", 1));
        assertThat(back.data().replace(" ", "")).contains("\"text\":\"Đềnghịhỗtrợvốnvaychohộiviên\"")
                .contains("\"n\":12345678901234567890").contains("\"a\":[1,{\"b\":null}]");
        assertThat(back.key()).isEqualTo("k");
    }

    @Test
    void should_refuse_data_postgresql_cannot_store_and_append_nothing() {
        PostgresEventStore store = PostgresEventStore.builder(pool).schema(server.freshSchema()).open("nul");

        assertThatThrownBy(() -> store.append(List.of(event("ok", "q-1"),
                NewEvent.of("bad", "{\"text\":\"a\\u0000b\"}", AT, "q-2")), Map.of("q-1", 0L, "q-2", 0L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad");
        assertThat(store.head()).isZero();
        assertThat(store.readStream("q-1")).isEmpty();
    }

    @Test
    void should_commit_on_a_data_source_whose_connections_do_not_autocommit() {
        // GIVEN a host's pool that hands out connections in manual-commit mode
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url());
        config.setAutoCommit(false);
        config.setMaximumPoolSize(2);
        String schema = server.freshSchema();
        try (HikariDataSource manual = new HikariDataSource(config)) {
            PostgresEventStore store = PostgresEventStore.builder(manual).schema(schema).open("manual");

            // WHEN events are appended and rewritten through it
            store.append(List.of(event("a", "q-1")), Map.of("q-1", 0L));
            store.append(List.of(event("b", "q-1")), Map.of("q-1", 1L));
            int changed = store.rewrite(e -> e.type().equals("a") ? "{\"n\":null}" : null);

            // THEN another connection sees them committed
            PostgresEventStore seen = PostgresEventStore.builder(pool).schema(schema).open("manual");
            assertThat(changed).isEqualTo(1);
            assertThat(seen.head()).isEqualTo(2);
            assertThat(seen.readStream("q-1").get(0).data()).contains("null");
        }
    }

    @Test
    void should_keep_the_password_of_the_url_out_of_the_name() {
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL(server.url() + "&password=s3cret-of-the-host");

        PostgresEventStore store = PostgresEventStore.builder(ds).schema(server.freshSchema()).open("named");

        assertThat(store.name()).startsWith("PostgreSQL jdbc:postgresql://").contains("log named")
                .doesNotContain("s3cret");
    }

    @Test
    void should_refuse_appends_after_close_and_leave_the_data_source_open() {
        PostgresEventStore store = PostgresEventStore.builder(pool).schema(server.freshSchema()).open("closed");
        store.close();
        store.close();

        assertThatThrownBy(() -> store.append(List.of(event("a", "q")), Map.of("q", 0L)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(((HikariDataSource) pool).isClosed()).isFalse();
    }

    @Test
    void should_refuse_a_schema_name_that_is_not_a_plain_identifier() {
        assertThatThrownBy(() -> PostgresEventStore.builder(pool).schema("x\"; drop table y; --"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema name");
        assertThatThrownBy(() -> PostgresEventStore.builder(pool).open(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("log name");
    }
}
