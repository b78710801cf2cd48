package vn.dialogue.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class's {@code main} in a second JVM on this JVM's class path (the test class path under Surefire), its
 * output to a file: for tests where two processes share one database.
 *
 * <pre>{@code
 * try (SecondJvm other = SecondJvm.start(ConcurrentAppender.class, url, schema, log)) {
 *     ... this JVM works meanwhile ...
 *     other.await(Duration.ofMinutes(2)); // throws unless it exits 0, with its output
 * }
 * }</pre>
 */
public final class SecondJvm implements AutoCloseable {

    private final Process process;
    private final Path output;
    private final String what;

    private SecondJvm(Process process, Path output, String what) {
        this.process = process;
        this.output = output;
        this.what = what;
    }

    /** The class path of this JVM: Surefire's test class path where it runs the tests, else java.class.path. */
    public static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Starts {@code java -cp CLASSPATH main args...} with the same java and a small heap. */
    public static SecondJvm start(Class<?> main, String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-cp", classPath(),
                main.getName()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("dialogue-second-jvm-", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        return new SecondJvm(process, output, main.getSimpleName() + " in a second JVM (pid " + process.pid() + ")");
    }

    /** Whether it is still running. */
    public boolean alive() {
        return process.isAlive();
    }

    /** What it printed so far. */
    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(its output could not be read: " + e.getMessage() + ")";
        }
    }

    /**
     * Waits for it to exit.
     *
     * @return what it printed
     * @throws AssertionError if it does not exit 0 within {@code timeout} (it is ended then), with its output
     */
    public String await(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(what + " did not finish within " + timeout + "; it printed:\n" + output());
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(what + " exited with " + process.exitValue() + "; it printed:\n" + output());
        }
        return output();
    }

    /** Ends it if it still runs, and deletes its output. */
    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Files.deleteIfExists(output);
    }

    @Override
    public String toString() {
        return what;
    }
}
