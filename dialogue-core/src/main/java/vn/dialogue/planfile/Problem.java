package vn.dialogue.planfile;

import java.util.Objects;

/**
 * One problem found in a plan file: where it is and what is wrong. Immutable and thread-safe.
 *
 * @param file    the file name as given to the reader
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param path    the field path, e.g. {@code tasks[2].deadline}; empty for the whole document
 * @param message what is wrong, in words a person understands
 */
public record Problem(String file, int line, int column, String path, String message) {

    /**
     * Checks the components.
     *
     * @param file the file name as given to the reader
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param path the field path, e.g. {@code tasks[2].deadline}; empty for the whole document
     * @param message what is wrong, in words a person understands
     * @throws NullPointerException if a required component is null
     */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** "plan.yaml:12:7: tasks[2].deadline: message". */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line).append(':').append(column);
        }
        s.append(": ");
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(message).toString();
    }
}
