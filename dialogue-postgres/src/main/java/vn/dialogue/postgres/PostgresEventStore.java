package vn.dialogue.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import vn.dialogue.store.DamagedStoreException;
import vn.dialogue.store.DuplicateEventException;
import vn.dialogue.store.EventStore;
import vn.dialogue.store.NewEvent;
import vn.dialogue.store.StaleVersionException;
import vn.dialogue.store.StoredEvent;
import vn.dialogue.store.StreamVersion;

/**
 * An {@link EventStore} on PostgreSQL: one log (e.g. {@code "kon-tum-2024/questions"}) of a database that any number
 * of processes share, through plain JDBC on a {@link DataSource} the host provides (its pool, its credentials, its
 * transactions settings: the store borrows a connection for each call and gives it back).
 *
 * <pre>{@code
 * EventStore questions = PostgresEventStore.open(dataSource, "kon-tum-2024/questions");
 * EventStore invitations = PostgresEventStore.builder(dataSource).schema("dialogue").open("kon-tum-2024/invitations");
 * }</pre>
 *
 * <h2>Tables</h2>
 * Opening a store creates or migrates its tables with Flyway (scripts {@code db/migration/dialogue/V*.sql}, history
 * table {@code dialogue_schema_history}, beside any Flyway history of the host's own, in the schema given, by
 * default {@code public}): {@code dialogue_log} (one row per log: its head), {@code dialogue_event} (one row per
 * event: log, position, its stream and version, the other streams it changed, type, recorded instant, data as
 * {@code jsonb}, idempotency key, unique per log) and {@code dialogue_stream_version} (each version of each stream
 * once: its primary key {@code (log, stream, version)} is the optimistic lock). Every log of a database may share
 * the tables; stores of different logs never see each other's events.
 *
 * <h2>Appending, and why a reader never skips an event</h2>
 * An append is one call of the SQL function {@code dialogue_append}: one statement, one round trip, one
 * transaction. It locks the log's row of {@code dialogue_log} ({@code select ... for update}), refuses the append
 * if a key is stored already or a stream is not at its expected version (writing nothing), else inserts the events
 * at the positions after the head, their stream versions, and moves the head; the lock is held until the
 * transaction commits. So the appends of one log take their positions one after another and commit in that order:
 * when an append can take the lock, every append with a smaller position has committed and is visible. A reader
 * that reads after the last position it saw ({@link #readAfter}) therefore never skips an event committed late, and
 * positions are contiguous from 1, as the contract asks (a gap read back is damage, named as such).
 *
 * <p>Why a lock and not the other technique (a global sequence or identity column, read only below the oldest
 * transaction still running, {@code pg_snapshot_xmin(pg_current_snapshot())} against an {@code xid8} column): a
 * sequence shared by every log gives positions with gaps per log and in the order they were drawn, not committed,
 * so a reader must wait for the slowest open transaction and the positions of a log are not 1, 2, 3. The lock costs
 * concurrency within one log only: appends to one log are serial, each waiting for the previous commit (about 400
 * commits a second per log on the disk this was measured on with {@code synchronous_commit=on}; see
 * BENCHMARKS.md); appends to different logs run in parallel. A row lock rather than
 * {@code pg_advisory_xact_lock}: the same effect, without a hash of the log name that two logs could share, and the
 * locked row holds the head that the append moves anyway.
 *
 * <p>The primary key of {@code dialogue_stream_version} still refuses a second event at a stream's version should
 * anything bypass the function: its violation (SQLState 23505) is reported as {@link StaleVersionException}, that
 * of the key's uniqueness as {@link DuplicateEventException}.
 *
 * <h2>What is kept as given, and what not</h2>
 * Event data is stored as {@code jsonb}: its meaning is kept, not its text. It reads back with PostgreSQL's spacing
 * and key order, and a key repeated within one object keeps its last value. Text holding {@code \u0000} is refused
 * by PostgreSQL ({@link IllegalArgumentException}). Instants are kept to the nanosecond (the microseconds in a
 * {@code timestamptz}, the nanoseconds below them beside it).
 *
 * <p>{@link #flush()} and {@link #sync()} do nothing: each append is committed (and durable as far as the server's
 * {@code synchronous_commit} says) before it returns. {@link #close()} releases nothing the host owns: the data
 * source stays open. Thread-safe.
 */
public final class PostgresEventStore implements EventStore {

    /** How many rows a read takes from the server at a time. */
    static final int FETCH = 10_000;

    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "e.position, e.stream, e.version, e.other_streams, e.other_versions, e.type, "
            + "(extract(epoch from e.recorded) * 1000000)::int8, e.recorded_nanos, e.data::text, e.key";

    private final DataSource dataSource;
    private final String log;
    private final String schema;
    private final String name;
    private final String appendSql;
    private final String readAfterSql;
    private final String readStreamSql;
    private final String headSql;
    private final String lockSql;
    private final String readAllSql;
    private final String rewriteSql;
    private volatile boolean closed;

    private PostgresEventStore(DataSource dataSource, String schema, String log, String where) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.log = log;
        this.name = "PostgreSQL " + where + ", schema " + schema + ", log " + log;
        String s = "\"" + schema + "\".";
        this.appendSql = "select r_outcome, r_stream, r_key, r_expected, r_actual, r_first from " + s
                + "dialogue_append(?, ?::text[], ?::int8[], ?::text[], ?::int8[], ?::text[], ?::text[], ?::int8[], "
                + "?::int2[], ?::text[], ?::int4[], ?::text[], ?::int8[])";
        this.readAfterSql = "select " + COLUMNS + " from " + s + "dialogue_event e where e.log = ? and e.position > ? "
                + "order by e.position limit ?";
        this.readStreamSql = "select " + COLUMNS + ", sv.version from " + s + "dialogue_stream_version sv join " + s
                + "dialogue_event e on e.log = sv.log and e.position = sv.position where sv.log = ? and sv.stream = ? "
                + "order by sv.version";
        this.headSql = "select head from " + s + "dialogue_log where log = ?";
        this.lockSql = "select head from " + s + "dialogue_log where log = ? for update";
        this.readAllSql = "select " + COLUMNS + " from " + s + "dialogue_event e where e.log = ? order by e.position";
        this.rewriteSql = "update " + s + "dialogue_event e set data = x.d from (select ?::jsonb as d) x "
                + "where e.log = ? and e.position = ? and e.data <> x.d";
    }

    /**
     * Opens the store of {@code log} in the schema {@code public}, creating or migrating its tables.
     *
     * @param dataSource where the database is; the host keeps it and closes it
     * @param log        the log's name, e.g. {@code "kon-tum-2024/questions"}
     * @throws IllegalArgumentException if the log's name is blank, longer than 200 characters or holds a control
     *                                  character
     * @throws IllegalStateException    if the tables cannot be created or migrated
     * @throws PostgresStoreException   if the database cannot be reached
     */
    public static PostgresEventStore open(DataSource dataSource, String log) {
        return builder(dataSource).open(log);
    }

    /** A builder of stores on {@code dataSource}, to choose the schema. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** Chooses the schema of the tables, and whether opening migrates them. */
    public static final class Builder {

        private final DataSource dataSource;
        private String schema = "public";
        private boolean migrate = true;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * The schema of the tables, created if missing; {@code public} if not given.
         *
         * @throws IllegalArgumentException unless it is 1 to 63 lower-case letters, digits and underscores, not
         *                                  starting with a digit
         */
        public Builder schema(String name) {
            Objects.requireNonNull(name, "schema");
            if (!SCHEMA.matcher(name).matches()) {
                throw new IllegalArgumentException("a schema name must be 1 to 63 lower-case letters, digits and "
                        + "underscores, not starting with a digit: '" + name + "'");
            }
            this.schema = name;
            return this;
        }

        /**
         * Whether opening runs the migrations (the default); {@code false} where the host migrates the schema
         * itself, before, with the same scripts ({@code db/migration/dialogue}, table
         * {@code dialogue_schema_history}).
         */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /**
         * Removes every event of {@code log}, in one transaction: for examples and tests that run a dialogue
         * anew, never for a dialogue's record (whose events are history). Nothing happens if the log is empty.
         *
         * @return how many events were removed
         */
        public long delete(String log) {
            Objects.requireNonNull(log, "log");
            if (migrate) {
                Migrations.migrate(dataSource, schema);
            }
            String q = "\"" + schema + "\".";
            try (Connection c = dataSource.getConnection()) {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    long removed;
                    try (PreparedStatement ps = c.prepareStatement("delete from " + q
                            + "dialogue_stream_version where log = ?")) {
                        ps.setString(1, log);
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps = c.prepareStatement("delete from " + q + "dialogue_event where log = ?")) {
                        ps.setString(1, log);
                        removed = ps.executeUpdate();
                    }
                    try (PreparedStatement ps = c.prepareStatement("delete from " + q + "dialogue_log where log = ?")) {
                        ps.setString(1, log);
                        ps.executeUpdate();
                    }
                    c.commit();
                    return removed;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(auto);
                }
            } catch (SQLException e) {
                throw new PostgresStoreException("PostgreSQL, schema " + schema + ", log " + log, "deleting", e);
            }
        }

        /**
         * Opens the store of {@code log}.
         *
         * @see PostgresEventStore#open(DataSource, String)
         */
        public PostgresEventStore open(String log) {
            Objects.requireNonNull(log, "log");
            if (log.isBlank() || log.length() > StreamVersion.MAX_STREAM_LENGTH) {
                throw new IllegalArgumentException("a log name must hold 1 to " + StreamVersion.MAX_STREAM_LENGTH
                        + " characters: '" + log + "'");
            }
            if (log.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("a log name must not hold control characters: " + log.strip());
            }
            if (migrate) {
                Migrations.migrate(dataSource, schema);
            }
            String where = "database";
            try (Connection c = dataSource.getConnection()) {
                String url = c.getMetaData().getURL();
                if (url != null) {
                    // the query holds options, maybe a password: never in a message
                    int q = url.indexOf('?');
                    where = q < 0 ? url : url.substring(0, q);
                }
                try (PreparedStatement ps = c.prepareStatement("insert into \"" + schema
                        + "\".dialogue_log (log, head) values (?, 0) on conflict do nothing")) {
                    ps.setString(1, log);
                    ps.executeUpdate();
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            } catch (SQLException e) {
                throw new PostgresStoreException("PostgreSQL, schema " + schema + ", log " + log, "opening", e);
            }
            return new PostgresEventStore(dataSource, schema, log, where);
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** The log's name. */
    public String log() {
        return log;
    }

    /** The schema of the tables. */
    public String schema() {
        return schema;
    }

    @Override
    public List<StoredEvent> append(List<NewEvent> events, Map<String, Long> expected) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(expected, "expected");
        ensureOpen();
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an append needs at least one event");
        }
        Set<String> keys = new HashSet<>();
        for (NewEvent event : events) {
            for (String stream : event.streams()) {
                if (!expected.containsKey(stream)) {
                    throw new IllegalArgumentException("event " + event.type() + " changes stream " + stream
                            + ", whose expected version the append does not give");
                }
            }
            if (event.key() != null && !keys.add(event.key())) {
                throw new DuplicateEventException(event.key(), event.streams().get(0));
            }
        }
        List<List<StreamVersion>> given = new ArrayList<>(events.size());
        long first;
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            try {
                first = appendOn(c, events, expected, given);
                if (!auto) {
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                if (!auto) {
                    c.rollback();
                }
                throw e;
            }
        } catch (SQLException e) {
            throw refusal(e, events, expected);
        }
        int n = events.size();
        List<StoredEvent> stored = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            NewEvent event = events.get(i);
            stored.add(new StoredEvent(first + i, given.get(i), event.type(), event.recorded(), event.data(),
                    event.key(), true));
        }
        return stored;
    }

    /** Appends on {@code c}, in its transaction; fills {@code given} with each event's streams and versions. */
    private long appendOn(Connection c, List<NewEvent> events, Map<String, Long> expected,
                          List<List<StreamVersion>> given) throws SQLException {
        int n = events.size();
        String[] expectedStreams = new String[expected.size()];
        Long[] expectedVersions = new Long[expected.size()];
        int k = 0;
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            StreamVersion checked = new StreamVersion(e.getKey(), Objects.requireNonNull(e.getValue(), e.getKey()));
            expectedStreams[k] = checked.stream();
            expectedVersions[k++] = checked.version();
        }
        String[] streams = new String[n];
        Long[] versions = new Long[n];
        String[] types = new String[n];
        String[] data = new String[n];
        Long[] micros = new Long[n];
        Short[] nanos = new Short[n];
        String[] eventKeys = new String[n];
        List<Integer> otherEvents = new ArrayList<>();
        List<String> otherStreams = new ArrayList<>();
        List<Long> otherVersions = new ArrayList<>();
        Map<String, Long> next = new HashMap<>(expected);
        for (int i = 0; i < n; i++) {
            NewEvent event = events.get(i);
            List<StreamVersion> sv = new ArrayList<>(event.streams().size());
            for (String stream : event.streams()) {
                sv.add(new StreamVersion(stream, next.merge(stream, 1L, Long::sum)));
            }
            given.add(sv);
            streams[i] = sv.get(0).stream();
            versions[i] = sv.get(0).version();
            for (int j = 1; j < sv.size(); j++) {
                otherEvents.add(i + 1);
                otherStreams.add(sv.get(j).stream());
                otherVersions.add(sv.get(j).version());
            }
            types[i] = event.type();
            data[i] = event.data();
            Instant at = event.recorded();
            micros[i] = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
            nanos[i] = (short) (at.getNano() % 1000);
            eventKeys[i] = event.key();
        }
        return call(c, expectedStreams, expectedVersions, streams, versions, types, data, micros, nanos,
                eventKeys, otherEvents.toArray(Integer[]::new), otherStreams.toArray(String[]::new),
                otherVersions.toArray(Long[]::new));
    }

    private long call(Connection c, String[] expectedStreams, Long[] expectedVersions, String[] streams,
                      Long[] versions, String[] types, String[] data, Long[] micros, Short[] nanos, String[] keys,
                      Integer[] otherEvents, String[] otherStreams, Long[] otherVersions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(appendSql)) {
            ps.setString(1, log);
            ps.setArray(2, c.createArrayOf("text", expectedStreams));
            ps.setArray(3, c.createArrayOf("int8", expectedVersions));
            ps.setArray(4, c.createArrayOf("text", streams));
            ps.setArray(5, c.createArrayOf("int8", versions));
            ps.setArray(6, c.createArrayOf("text", types));
            ps.setArray(7, c.createArrayOf("text", data));
            ps.setArray(8, c.createArrayOf("int8", micros));
            ps.setArray(9, c.createArrayOf("int2", nanos));
            ps.setArray(10, c.createArrayOf("text", keys));
            ps.setArray(11, c.createArrayOf("int4", otherEvents));
            ps.setArray(12, c.createArrayOf("text", otherStreams));
            ps.setArray(13, c.createArrayOf("int8", otherVersions));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("dialogue_append answered nothing");
                }
                String outcome = rs.getString(1);
                switch (outcome) {
                    case "appended":
                        return rs.getLong(6);
                    case "stale":
                        throw new StaleVersionException(rs.getString(2), rs.getLong(4), rs.getLong(5));
                    case "duplicate":
                        throw new DuplicateEventException(rs.getString(3), rs.getString(2));
                    default:
                        throw new SQLException("dialogue_append answered '" + outcome + "'");
                }
            }
        }
    }

    /** What the database's refusal of an append means for the caller. */
    private RuntimeException refusal(SQLException e, List<NewEvent> events, Map<String, Long> expected) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = String.valueOf(e.getMessage());
        if (state.equals(UNIQUE_VIOLATION) && message.contains("dialogue_stream_version_pk")) {
            // someone wrote a version the function did not see: say which stream has moved
            for (Map.Entry<String, Long> x : expected.entrySet()) {
                long actual = versionOrMinus(x.getKey());
                if (actual != x.getValue()) {
                    return new StaleVersionException(x.getKey(), x.getValue(), actual);
                }
            }
            String stream = expected.keySet().iterator().next();
            return new StaleVersionException(stream, expected.get(stream), expected.get(stream) + 1);
        }
        if (state.equals(UNIQUE_VIOLATION) && message.contains("dialogue_event_key")) {
            for (NewEvent event : events) {
                if (event.key() != null) {
                    return new DuplicateEventException(event.key(), event.streams().get(0));
                }
            }
        }
        if (state.startsWith("22")) {
            // data exception: JSON PostgreSQL cannot take (\u0000 in a text), an instant out of its range
            return new IllegalArgumentException(name + ": the database refused the events' data ("
                    + events.stream().map(NewEvent::type).toList() + "): " + message, e);
        }
        return new PostgresStoreException(name, "appending " + events.size() + " event(s)", e);
    }

    private long versionOrMinus(String stream) {
        // versions are contiguous from 1 (readStream checks it): the count is the version
        return readStream(stream).size();
    }

    @Override
    public List<StoredEvent> readStream(String stream) {
        Objects.requireNonNull(stream, "stream");
        List<StoredEvent> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(readStreamSql)) {
            ps.setString(1, log);
            ps.setString(2, stream);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long version = rs.getLong(11);
                    if (version != out.size() + 1) {
                        throw new DamagedStoreException(name + ", stream " + stream, version <= out.size()
                                ? "version " + version + " is there twice (a repeated event)"
                                : "version " + (out.size() + 1) + " is missing (an event is missing)", null);
                    }
                    out.add(row(rs));
                }
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new PostgresStoreException(name, "reading stream " + stream, e);
        }
        return out;
    }

    @Override
    public long readAfter(long position, int max, Consumer<? super StoredEvent> each) {
        Objects.requireNonNull(each, "each");
        if (max <= 0) {
            return position;
        }
        long last = Math.max(0, position);
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            // a cursor (rows taken FETCH at a time) needs a transaction
            if (auto && max > FETCH) {
                c.setAutoCommit(false);
            }
            try (PreparedStatement ps = c.prepareStatement(readAfterSql)) {
                ps.setFetchSize(FETCH);
                ps.setString(1, log);
                ps.setLong(2, last);
                ps.setInt(3, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long at = rs.getLong(1);
                        if (at != last + 1) {
                            throw new DamagedStoreException(name + ", position " + (last + 1), "the event at position "
                                    + (last + 1) + " is missing: the next one is at " + at, null);
                        }
                        each.accept(row(rs));
                        last = at;
                    }
                }
            } finally {
                if (!c.getAutoCommit()) {
                    c.commit();
                    if (auto) {
                        c.setAutoCommit(true);
                    }
                }
            }
        } catch (SQLException e) {
            throw new PostgresStoreException(name, "reading after position " + position, e);
        }
        return position < 0 && last == 0 ? position : last;
    }

    @Override
    public long head() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(headSql)) {
            ps.setString(1, log);
            long head;
            try (ResultSet rs = ps.executeQuery()) {
                head = rs.next() ? rs.getLong(1) : 0;
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return head;
        } catch (SQLException e) {
            throw new PostgresStoreException(name, "reading the head", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>In one transaction that holds the log's lock, so that no append runs meanwhile. An event counts as rewritten
     * when its new data differs from the stored one as JSON (not as text).
     */
    @Override
    public int rewrite(Function<? super StoredEvent, @Nullable String> replacement) {
        Objects.requireNonNull(replacement, "replacement");
        ensureOpen();
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                int changed = rewriteOn(c, replacement);
                c.commit();
                return changed;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("22")) {
                throw new IllegalArgumentException(name + ": the database refused the new data: " + e.getMessage(), e);
            }
            throw new PostgresStoreException(name, "rewriting", e);
        }
    }

    /** Rewrites on {@code c}, in its transaction, holding the log's lock. */
    private int rewriteOn(Connection c, Function<? super StoredEvent, @Nullable String> replacement)
            throws SQLException {
        try (PreparedStatement lock = c.prepareStatement(lockSql)) {
            lock.setString(1, log);
            lock.executeQuery().close();
        }
        List<long[]> positions = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(readAllSql)) {
            ps.setFetchSize(FETCH);
            ps.setString(1, log);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredEvent event = row(rs);
                    String data = replacement.apply(event);
                    if (data != null && !data.equals(event.data())) {
                        positions.add(new long[] {event.position()});
                        replaced.add(data);
                    }
                }
            }
        }
        int changed = 0;
        try (PreparedStatement ps = c.prepareStatement(rewriteSql)) {
            for (int i = 0; i < replaced.size(); i++) {
                ps.setString(1, replaced.get(i));
                ps.setString(2, log);
                ps.setLong(3, positions.get(i)[0]);
                ps.addBatch();
            }
            if (!replaced.isEmpty()) {
                for (int count : ps.executeBatch()) {
                    changed += Math.max(0, count);
                }
            }
        }
        return changed;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here in one transaction: the events are appended and the rewrite done together, or neither.
     */
    @Override
    public List<StoredEvent> appendAndRewrite(List<NewEvent> events, Map<String, Long> expected,
                                              Function<? super StoredEvent, @Nullable String> replacement) {
        Objects.requireNonNull(replacement, "replacement");
        ensureOpen();
        List<List<StreamVersion>> given = new ArrayList<>(events.size());
        long first;
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                first = appendOn(c, events, expected, given);
                rewriteOn(c, replacement);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw refusal(e, events, expected);
        }
        List<StoredEvent> stored = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            NewEvent event = events.get(i);
            stored.add(new StoredEvent(first + i, given.get(i), event.type(), event.recorded(), event.data(),
                    event.key(), true));
        }
        return stored;
    }

    /** Does nothing: each append is committed before it returns. */
    @Override
    public void flush() {
        // nothing is buffered
    }

    /** Does nothing: each append is committed, as durably as the server's {@code synchronous_commit} says. */
    @Override
    public void sync() {
        // nothing is buffered
    }

    /** Refuses appends and rewrites from now on; the data source stays the host's, open. */
    @Override
    public void close() {
        closed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("store " + name + " is closed");
        }
    }

    /** The event of the current row ({@link #COLUMNS}). */
    private static StoredEvent row(ResultSet rs) throws SQLException {
        long position = rs.getLong(1);
        List<StreamVersion> streams;
        Array others = rs.getArray(4);
        if (others == null) {
            streams = List.of(new StreamVersion(rs.getString(2), rs.getLong(3)));
        } else {
            Object[] names = (Object[]) others.getArray();
            Object[] versions = (Object[]) rs.getArray(5).getArray();
            List<StreamVersion> all = new ArrayList<>(names.length + 1);
            all.add(new StreamVersion(rs.getString(2), rs.getLong(3)));
            for (int i = 0; i < names.length; i++) {
                all.add(new StreamVersion((String) names[i], ((Number) versions[i]).longValue()));
            }
            streams = all;
        }
        long micros = rs.getLong(7);
        Instant recorded = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1000L + rs.getShort(8));
        return new StoredEvent(position, streams, rs.getString(6), recorded, rs.getString(9), rs.getString(10), true);
    }
}
