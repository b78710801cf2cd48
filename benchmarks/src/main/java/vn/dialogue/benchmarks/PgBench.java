package vn.dialogue.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import vn.dialogue.postgres.PostgresEventStore;
import vn.dialogue.postgres.PostgresServer;
import vn.dialogue.store.NewEvent;

/**
 * What the PostgreSQL benchmarks share: their own server (started as the tests start theirs, {@link PostgresServer},
 * or the one {@code DIALOGUE_PG_URL} names), the question events they write, and the raw JDBC rows of the same
 * events in the store's table layout.
 */
final class PgBench {

    /**
     * The server's settings: its defaults, but for commits that return before the WAL reaches the disk (the disk of
     * this machine takes 2.5 ms per fdatasync, which would make every figure a disk figure, the same on both sides).
     */
    static final List<String> SETTINGS = List.of("synchronous_commit=off", "max_wal_size=4GB");

    static final String LOG = "kon-tum-2024/questions";

    static final Instant AT = Instant.parse("2024-10-21T02:00:00.123456Z");

    private PgBench() {
    }

    /** The events of {@code questions} questions: each received (with its key), then accepted; 2 per question. */
    static List<NewEvent> events(int questions) {
        List<NewEvent> out = new ArrayList<>(questions * 2);
        for (int i = 0; i < questions; i++) {
            out.add(received(i));
            out.add(accepted(i));
        }
        return out;
    }

    static String stream(int question) {
        return "q-" + question;
    }

    static NewEvent received(int i) {
        String data = "{\"id\":\"" + stream(i) + "\",\"channel\":\"PORTAL\",\"ref\":\"portal/" + i + "\",\"asker\":"
                + "{\"name\":\"Y Hoa Niê " + i + "\",\"unit\":\"Xã Đăk Năng, thành phố Kon Tum\",\"group\":\"hội viên\"},"
                + "\"text\":\"Đề nghị tỉnh có chính sách hỗ trợ vốn vay ưu đãi cho hội viên phụ nữ dân tộc thiểu số "
                + "phát triển kinh tế hộ gia đình, số " + i + "\",\"topic\":\"Sinh kế\",\"at\":\"" + AT + "\","
                + "\"by\":{\"role\":\"CLERK\",\"name\":\"Nguyễn Thị Lan\"}}";
        return new NewEvent("received", data, AT.plusMillis(i), List.of(stream(i)), "portal/" + i);
    }

    static NewEvent accepted(int i) {
        String data = "{\"id\":\"" + stream(i) + "\",\"at\":\"" + AT + "\",\"by\":{\"role\":\"MODERATOR\","
                + "\"name\":\"Trần Văn Minh\"},\"agency\":\"Sở Tài chính\"}";
        return new NewEvent("accepted", data, AT.plusMillis(i + 1), List.of(stream(i)), null);
    }

    /** Appends question {@code i}'s two events through the store, one append each, as a desk does. */
    static void appendQuestion(PostgresEventStore store, int i) {
        String stream = stream(i);
        store.append(List.of(received(i)), Map.of(stream, 0L));
        store.append(List.of(accepted(i)), Map.of(stream, 1L));
    }

    /** Empties the tables of {@code schema} and checkpoints, so that every iteration starts alike. */
    static void empty(DataSource ds, String schema) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            st.execute("truncate " + schema + ".dialogue_stream_version, " + schema + ".dialogue_event, " + schema
                    + ".dialogue_log");
            st.execute("checkpoint");
        }
    }

    /** Raw JDBC inserts of the same rows the store writes, into the same tables: the baselines. */
    static final class Rows implements AutoCloseable {

        private final String schema;
        private final Connection c;
        private final PreparedStatement event;
        private final PreparedStatement version;

        Rows(DataSource ds, String schema) throws SQLException {
            this.schema = schema;
            c = ds.getConnection();
            c.setAutoCommit(false);
            event = c.prepareStatement("insert into " + schema + ".dialogue_event (log, position, stream, version, "
                    + "type, recorded, recorded_nanos, data, key) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)");
            version = c.prepareStatement("insert into " + schema + ".dialogue_stream_version (log, stream, version, "
                    + "position) values (?, ?, ?, ?)");
        }

        /** Adds event {@code e} at {@code position}, version {@code v} of its stream, to the batch. */
        void add(NewEvent e, long position, long v) throws SQLException {
            event.setString(1, LOG);
            event.setLong(2, position);
            event.setString(3, e.streams().get(0));
            event.setLong(4, v);
            event.setString(5, e.type());
            event.setObject(6, OffsetDateTime.ofInstant(e.recorded(), ZoneOffset.UTC));
            event.setShort(7, (short) (e.recorded().getNano() % 1000));
            event.setString(8, e.data());
            event.setString(9, e.key());
            event.addBatch();
            version.setString(1, LOG);
            version.setString(2, e.streams().get(0));
            version.setLong(3, v);
            version.setLong(4, position);
            version.addBatch();
        }

        /** Sends the batch and commits it. */
        void commit() throws SQLException {
            event.executeBatch();
            version.executeBatch();
            c.commit();
        }

        /** The log's row, which the events' foreign key needs. */
        void log() throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("insert into " + schema + ".dialogue_log (log, head) "
                    + "values (?, 0) on conflict do nothing")) {
                ps.setString(1, LOG);
                ps.executeUpdate();
            }
            c.commit();
        }

        @Override
        public void close() throws SQLException {
            event.close();
            version.close();
            c.close();
        }
    }
}
