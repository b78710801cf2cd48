package vn.dialogue.planfile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan file could not be read: carries every problem found, each with file, line, column and field path, and
 * what is wrong in Vietnamese and English ({@link Problem#text()}); the exception's message lists them, Vietnamese
 * first.
 * This is the only exception {@link PlanFiles} throws for bad content.
 */
public final class PlanFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The file (or source name) that was read. */
    private final String file;
    /** Every problem found, in file order. */
    private final transient List<Problem> problems;

    PlanFileException(String file, List<Problem> problems) {
        super(format(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /**
     * The file name as given to the reader.
     *
     * @return the file name as given to the reader
     */
    public String file() {
        return file;
    }

    /**
     * Every problem found, in document order; never empty.
     *
     * @return every problem found, in document order; never empty
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String format(String file, List<Problem> problems) {
        return problems.size() + " lỗi trong tệp " + file + " / " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + " in " + file + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
