package vn.dialogue.text;

import java.nio.file.Path;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The hardened YAML reading of the plan-file package ({@code vn.dialogue.planfile.YamlFiles}), for packages that
 * must not depend on it (the calendar, which the plan-file package itself depends on): found at run time, so that
 * the packages stay free of cycles. Thread-safe.
 */
public interface YamlCheck {

    /** Reads a YAML file, its size checked first and the read bounded, decodes and checks it; gives its text. */
    String read(Path file, Bilingual kind);

    /** Decodes and checks YAML bytes; gives their text. */
    String text(String name, byte[] bytes, Bilingual kind);

    /** Checks a YAML text; gives it without its byte-order mark. */
    String check(String name, String text, Bilingual kind);

    /** A YAML file refused: the first problem's place and words, every problem in the message. */
    final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String file;
        private final int line;
        private final int column;
        private final String field;
        private final String problem;

        public Refused(String file, int line, int column, String field, String problem, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.file = Objects.requireNonNull(file, "file");
            this.line = line;
            this.column = column;
            this.field = Objects.requireNonNull(field, "field");
            this.problem = Objects.requireNonNull(problem, "problem");
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        public String field() {
            return field;
        }

        public String problem() {
            return problem;
        }
    }

    /** The installed check (the plan-file package's). */
    static YamlCheck installed() {
        return ServiceLoader.load(YamlCheck.class, YamlCheck.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no YAML check installed (vn.dialogue.planfile)"));
    }
}
