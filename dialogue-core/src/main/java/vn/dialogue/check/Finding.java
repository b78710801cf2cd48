package vn.dialogue.check;

import java.util.Locale;
import java.util.Objects;

import vn.dialogue.text.Bilingual;

/**
 * One thing a check found in a plan. Immutable and thread-safe.
 *
 * @param severity how much it matters
 * @param code     a stable code, e.g. {@code TASK_OWNER_MISSING}, for hosts to filter and count on
 * @param path     where in the plan, as a field path, e.g. {@code implementation.parts[1].assignments[0].tasks[1]};
 *                 empty for the plan as a whole
 * @param message  what was found, in Vietnamese and English
 */
public record Finding(Severity severity, String code, String path, Bilingual message) {

    /**
     * Checks the components.
     *
     * @param severity how much it matters
     * @param code a stable code, e.g. {@code TASK_OWNER_MISSING}, for hosts to filter and count on
     * @param path where in the plan, as a field path, e.g. {@code implementation.parts[1].assignments[0].tasks[1]};
     *             empty for the plan as a whole
     * @param message what was found, in Vietnamese and English
     * @throws NullPointerException if a required component is null
     */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * An {@link Severity#ERROR} finding: the plan is not ready to sign.
     *
     * @param code the stable code, upper case with underscores
     * @param path the field path, e.g. {@code tasks[2].deadline}
     * @param vi the message in Vietnamese
     * @param en the message in English
     * @return the finding
     */
    public static Finding error(String code, String path, String vi, String en) {
        return new Finding(Severity.ERROR, code, path, Bilingual.of(vi, en));
    }

    /**
     * A {@link Severity#WARNING} finding: worth a look before signing.
     *
     * @param code the stable code, upper case with underscores
     * @param path the field path, e.g. {@code tasks[2].deadline}
     * @param vi the message in Vietnamese
     * @param en the message in English
     * @return the finding
     */
    public static Finding warning(String code, String path, String vi, String en) {
        return new Finding(Severity.WARNING, code, path, Bilingual.of(vi, en));
    }

    /**
     * An {@link Severity#INFO} finding: for information.
     *
     * @param code the stable code, upper case with underscores
     * @param path the field path, e.g. {@code tasks[2].deadline}
     * @param vi the message in Vietnamese
     * @param en the message in English
     * @return the finding
     */
    public static Finding info(String code, String path, String vi, String en) {
        return new Finding(Severity.INFO, code, path, Bilingual.of(vi, en));
    }

    /**
     * "LỖI TASK_OWNER_MISSING tasks[2]: message" in Vietnamese, "ERROR TASK_OWNER_MISSING tasks[2]: message"
     * in English: the severity's word and the message in the given language.
     *
     * @param locale the language of the text: Vietnamese ({@code vi}) or English ({@code en})
     * @return the finding as one line in the given language
     */
    public String format(Locale locale) {
        return severity.word(locale) + " " + code + (path.isEmpty() ? "" : " " + path) + ": " + message.in(locale);
    }

    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }
}
