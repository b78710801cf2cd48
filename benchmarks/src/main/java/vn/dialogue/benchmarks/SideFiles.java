package vn.dialogue.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Figures a forked benchmark JVM hands back to the report beside JMH's own results (peak heaps,
 * recall and precision, CPU time of the first check): lines appended to files in the folder named
 * by the system property {@value #DIR_PROPERTY}, which {@link Run} passes to every fork. Without
 * it (a benchmark run by hand, a test) nothing is written.
 */
final class SideFiles {

    /** The system property naming the results folder. */
    static final String DIR_PROPERTY = "dialogue.bench.out";

    static final String HEAP = "peak-heap.tsv";
    static final String QUALITY = "quality.tsv";
    static final String FIRST_CHECK = "first-check.tsv";

    private SideFiles() {
    }

    /** Appends {@code line} and a line end to the side file {@code name}, if there is a results folder. */
    static void append(String name, String line) {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null) {
            return;
        }
        try {
            Files.writeString(Path.of(dir, name), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
