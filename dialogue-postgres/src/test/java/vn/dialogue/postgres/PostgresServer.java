package vn.dialogue.postgres;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A PostgreSQL server for tests and benchmarks: the one named by {@value #URL_PROPERTY} (system property) or
 * {@value #URL_ENV} (environment), else one this class starts from the binaries on the machine
 * ({@code /usr/lib/postgresql/N/bin}, or {@value #BIN_ENV}, or {@code initdb} on the PATH): {@code initdb} into a
 * temporary folder (as the user {@code postgres} when run as root, since initdb refuses root), then {@code pg_ctl
 * start} on a free port of 127.0.0.1, with its socket in that folder. A server it started is stopped and its folder
 * deleted by {@link #close()}, and by a shutdown hook should the JVM end first.
 *
 * <p>No JUnit here: the benchmarks start their server with it too. {@link PostgresExtension} decides whether a test
 * without a server fails (CI) or is skipped.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String URL_PROPERTY = "dialogue.pg.url";
    public static final String URL_ENV = "DIALOGUE_PG_URL";
    public static final String BIN_ENV = "DIALOGUE_PG_BIN";

    /** How a developer gets a server, for messages. */
    public static final String HOW = "install PostgreSQL's server (apt-get install postgresql) so that initdb and "
            + "pg_ctl are under /usr/lib/postgresql/N/bin or on the PATH (the tests then start one themselves), or "
            + "name a running one: DIALOGUE_PG_URL='jdbc:postgresql://127.0.0.1:5432/dialogue?user=me&password=...'";

    /** Server settings for tests: no crash safety, which a test server never needs. */
    public static final List<String> FAST = List.of("fsync=off", "synchronous_commit=off", "full_page_writes=off");

    private final String url;
    private final @Nullable Path folder;
    private final @Nullable Path bin;
    private final @Nullable Thread hook;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final List<String> schemas = new ArrayList<>();
    private boolean closed;

    private PostgresServer(String url, @Nullable Path folder, @Nullable Path bin) {
        this.url = url;
        this.folder = folder;
        this.bin = bin;
        if (folder != null) {
            this.hook = new Thread(this::stopQuietly, "stop PostgreSQL " + folder);
            Runtime.getRuntime().addShutdownHook(hook);
        } else {
            this.hook = null;
        }
    }

    /** The server named by {@value #URL_PROPERTY} or {@value #URL_ENV}, if one is. */
    public static Optional<String> givenUrl() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null || url.isBlank()) {
            url = System.getenv(URL_ENV);
        }
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    /** The folder of PostgreSQL's server binaries on this machine, if there is one. */
    public static Optional<Path> binaries() {
        String env = System.getenv(BIN_ENV);
        if (env != null && !env.isBlank()) {
            Path dir = Path.of(env);
            return Files.isExecutable(dir.resolve("initdb")) ? Optional.of(dir) : Optional.empty();
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparingInt(b -> major(b.getParent().getFileName().toString())));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // look on the PATH
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb")) && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
                return Optional.of(Path.of(dir));
            }
        }
        return Optional.empty();
    }

    private static int major(String version) {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The server named by the property or the environment, else one started here with {@link #FAST} settings.
     *
     * @throws IllegalStateException if there is neither, or the server cannot be started (the message says why and
     *                               how to get one)
     */
    public static PostgresServer forTests() {
        return obtain(FAST);
    }

    /**
     * As {@link #forTests()}, a started server taking these settings ({@code name=value}, as {@code postgres -c});
     * none for the server's defaults (crash-safe commits).
     */
    public static PostgresServer obtain(List<String> settings) {
        Optional<String> given = givenUrl();
        if (given.isPresent()) {
            return new PostgresServer(given.get(), null, null);
        }
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "no PostgreSQL server for the tests: none is named and no server binaries were found; " + HOW));
        return start(bin, settings);
    }

    /** Starts a server from the binaries in {@code bin}. */
    public static PostgresServer start(Path bin, List<String> settings) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory(Path.of(System.getProperty("dialogue.pg.tmp", "/tmp")), "dialogue-pg-");
            Path data = folder.resolve("data");
            boolean root = isRoot();
            if (root) {
                UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName("postgres");
                Files.setOwner(folder, postgres);
            }
            run(root, folder, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U",
                    "postgres", "-E", "UTF8", "--locale=C", "-N"));
            IOException last = null;
            for (int attempt = 0; attempt < 5; attempt++) {
                int port = freePort();
                StringBuilder options = new StringBuilder("-p " + port + " -k " + folder
                        + " -c listen_addresses=127.0.0.1 -c max_connections=200");
                for (String s : settings) {
                    options.append(" -c ").append(s);
                }
                try {
                    run(root, folder, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                            folder.resolve("server.log").toString(), "-o", options.toString(), "-w", "-t", "60",
                            "start"));
                } catch (IOException e) {
                    last = e;
                    continue;
                }
                String base = "jdbc:postgresql://127.0.0.1:" + port + "/";
                try (Connection c = DriverManager.getConnection(base + "postgres?user=postgres");
                     Statement st = c.createStatement()) {
                    st.execute("create database dialogue");
                }
                return new PostgresServer(base + "dialogue?user=postgres", folder, bin);
            }
            throw new IOException("the server would not start on any of 5 ports", last);
        } catch (IOException | SQLException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String log = "";
            if (folder != null) {
                try {
                    Path file = folder.resolve("server.log");
                    log = Files.exists(file) ? "\nserver log:\n" + Files.readString(file, StandardCharsets.UTF_8) : "";
                } catch (IOException ignored) {
                    // no log to show
                }
                deleteQuietly(folder);
            }
            throw new IllegalStateException("could not start PostgreSQL from " + bin + ": " + e.getMessage() + log, e);
        }
    }

    private static boolean isRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 && out.equals("0");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(boolean asPostgres, Path folder, List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path out = Files.createTempFile("dialogue-pg-", ".out");
        try {
            Process p = new ProcessBuilder(full).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", full) + " did not finish in 120 s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " exited with " + p.exitValue() + ":\n"
                        + Files.readString(out, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The JDBC URL of the database (with its user). */
    public String url() {
        return url;
    }

    /** Whether this class started the server (else it was given). */
    public boolean started() {
        return folder != null;
    }

    /** A data source that opens a new connection each time (no pool). */
    public DataSource simpleDataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        return ds;
    }

    /** A pool of at most {@code size} connections, closed with the server. */
    public synchronized DataSource pool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setPoolName("dialogue-test-" + pools.size());
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /** A new schema name, not used yet in this database; dropped at {@link #close()} if the server was given. */
    public synchronized String freshSchema() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        schemas.add(name);
        return name;
    }

    /** Runs {@code sql} on a connection of its own. */
    public void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Stops the server if this class started it, and deletes its folder; else drops the schemas it handed out. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        pools.forEach(HikariDataSource::close);
        if (folder == null) {
            for (String schema : schemas) {
                try {
                    execute("drop schema if exists \"" + schema + "\" cascade");
                } catch (SQLException e) {
                    // left for the server's owner
                }
            }
            return;
        }
        stopQuietly();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs
            }
        }
    }

    private synchronized void stopQuietly() {
        if (folder == null || bin == null || !Files.exists(folder)) {
            return;
        }
        try {
            run(isRoot(), folder, List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(),
                    "-m", "immediate", "-w", "-t", "60", "stop"));
        } catch (IOException e) {
            // deleted below all the same
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(folder);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL at " + url + (started() ? " (started from " + bin + " in " + folder + ")" : " (given)");
    }
}
