package vn.dialogue.calendar;

import java.util.Objects;

/**
 * A notice file that cannot be read: says which file, where and what is wrong, e.g.
 * {@code "2024.yaml line 7, column 15, field notices[0].daysOff[0].from: '2024-13-01' is not a date (yyyy-mm-dd)"}.
 */
public final class NoticeFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The file (or source name) read. */
    private final String file;
    /** The 1-based line of the problem, 0 when unknown. */
    private final int line;
    /** The 1-based column of the problem, 0 when unknown. */
    private final int column;
    /** The field path of the problem. */
    private final String field;
    /** What is wrong, without the location. */
    private final String problem;

    NoticeFormatException(String file, int line, int column, String field, String problem, Throwable cause) {
        super(format(file, line, column, field, problem), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.field = Objects.requireNonNull(field, "field");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String format(String file, int line, int column, String field, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(" line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (!field.isEmpty()) {
            sb.append(line > 0 ? ", field " : " field ").append(field);
        }
        return sb.append(": ").append(problem).toString();
    }

    /**
     * The file (or source name) that was read.
     *
     * @return the file (or source name) that was read
     */
    public String file() {
        return file;
    }

    /**
     * The 1-based line of the problem, 0 when unknown.
     *
     * @return the 1-based line of the problem, 0 when unknown
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column of the problem, 0 when unknown.
     *
     * @return the 1-based column of the problem, 0 when unknown
     */
    public int column() {
        return column;
    }

    /**
     * The path of the field, e.g. {@code notices[0].daysOff[1].from}; empty for the whole file.
     *
     * @return the path of the field, e.g. {@code notices[0].daysOff[1].from}; empty for the whole file
     */
    public String field() {
        return field;
    }

    /**
     * What is wrong, without the location.
     *
     * @return what is wrong, without the location
     */
    public String problem() {
        return problem;
    }
}
