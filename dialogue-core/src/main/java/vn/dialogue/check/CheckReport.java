package vn.dialogue.check;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The findings of a check of a whole plan, most severe first, then by path. Immutable and thread-safe.
 *
 * @param findings every finding
 */
public record CheckReport(List<Finding> findings) {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::path).thenComparing(Finding::code);

    /**
     * Checks the components.
     *
     * @param findings every finding
     */
    public CheckReport {
        findings = findings.stream().sorted(ORDER).toList();
    }

    /**
     * True when at least one finding is an {@link Severity#ERROR}.
     *
     * @return true when at least one finding is an {@link Severity#ERROR}
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * The findings of severity {@link Severity#ERROR}, in order.
     *
     * @return the errors, never null
     */
    public List<Finding> errors() {
        return of(Severity.ERROR);
    }

    /**
     * The findings of severity {@link Severity#WARNING}, in order.
     *
     * @return the warnings, never null
     */
    public List<Finding> warnings() {
        return of(Severity.WARNING);
    }

    /**
     * The findings of one severity, in order.
     *
     * @param severity the severity asked for
     * @return those findings, never null
     */
    public List<Finding> of(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * Findings with this code.
     *
     * @param code a finding code, e.g. {@code TASK_OWNER_MISSING}
     * @return findings with this code
     */
    public List<Finding> withCode(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    /**
     * One finding per line, in the given language, with a closing count, e.g. "0 LỖI, 1 CẢNH BÁO, 2 THÔNG TIN"
     * in Vietnamese, "0 ERROR, 1 WARNING, 2 INFO" in English.
     *
     * @param locale the language of the text: Vietnamese ({@code vi}) or English ({@code en})
     * @return one finding per line, in the given language, with a closing count
     */
    public String format(Locale locale) {
        String lines = findings.stream().map(f -> f.format(locale)).collect(Collectors.joining("\n"));
        String summary = errors().size() + " " + Severity.ERROR.word(locale) + ", " + warnings().size() + " "
                + Severity.WARNING.word(locale) + ", " + of(Severity.INFO).size() + " " + Severity.INFO.word(locale);
        return lines.isEmpty() ? summary : lines + "\n" + summary;
    }

    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }
}
