package vn.dialogue.planfile;

import java.util.Locale;
import java.util.Objects;

import vn.dialogue.text.Bilingual;

/**
 * One problem found in a plan file: where it is and what is wrong, in Vietnamese and English. Immutable and
 * thread-safe.
 *
 * @param file   the file name as given to the reader
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param path   the field path, e.g. {@code tasks[2].deadline}; empty for the whole document
 * @param text   what is wrong, in words a person understands, Vietnamese and English
 */
public record Problem(String file, int line, int column, String path, Bilingual text) {

    /**
     * Checks the components.
     *
     * @param file the file name as given to the reader
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param path the field path, e.g. {@code tasks[2].deadline}; empty for the whole document
     * @param text what is wrong, in words a person understands, Vietnamese and English
     * @throws NullPointerException if a required component is null
     */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /**
     * What is wrong, Vietnamese first and English beside: "vi / en".
     *
     * @return the message in both languages
     */
    public String message() {
        return text.vi() + " / " + text.en();
    }

    /**
     * "plan.yaml:12:7: tasks[2].deadline: message" with the message in one language.
     *
     * @param locale Vietnamese ({@code vi}) or any other language for English
     * @return the problem as one line, naming file, line, column and field
     */
    public String format(Locale locale) {
        return place() + text.in(locale);
    }

    /** "plan.yaml:12:7: tasks[2].deadline: vi / en", file, line and field with both languages. */
    @Override
    public String toString() {
        return place() + message();
    }

    private String place() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line).append(':').append(column);
        }
        s.append(": ");
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.toString();
    }
}
