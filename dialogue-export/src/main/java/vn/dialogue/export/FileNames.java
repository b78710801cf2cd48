package vn.dialogue.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * File names for the documents of a {@link DocumentSet}: the part derived from data (an agency's id) made safe by
 * {@link #slug}, and every whole name checked by {@link #check} before a file is written, so that no name can leave
 * the output folder or be refused by a file system.
 *
 * <p>Why here and not in the core's id rules: ids are not file names (an organisation may well be called {@code con}
 * or {@code aux} in its own abbreviation), and only the export turns them into files. The core's ids already keep to
 * ASCII letters, digits, {@code .}, {@code _} and {@code -}; this class does not rely on it. Stateless.
 */
final class FileNames {

    /** The longest slug, in characters. */
    static final int MAX_SLUG = 60;
    /** The longest file name, in UTF-8 bytes (most file systems allow 255). */
    static final int MAX_NAME_BYTES = 255;

    /**
     * Names Windows reserves for devices, whatever the case and the extension ({@code nul.pdf}, {@code Com1.txt}),
     * including the superscript digits Windows also counts.
     */
    private static final Pattern RESERVED = Pattern.compile("(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]"
            + "|lpt[0-9\u00b9\u00b2\u00b3]|conin\\$|conout\\$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Characters no file name may hold on Windows, Linux or macOS. */
    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x1f\\x7f/\\\\:*?\"<>|]");

    private FileNames() {
    }

    /**
     * {@code text} as a file-name part: lower-case ASCII letters, digits and single dashes (Vietnamese letters lose
     * their marks, đ becomes d), at most {@value #MAX_SLUG} characters; "tep" when nothing is left; a Windows
     * device name ({@code con}, {@code nul}, {@code com1}, ...) gains "-tep" so that it names a file.
     */
    static String slug(String text) {
        Objects.requireNonNull(text, "text");
        String ascii = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        if (s.isEmpty()) {
            return "tep";
        }
        return isReserved(s) ? s + "-tep" : s;
    }

    /** True if {@code name}'s part before its first dot, trailing spaces and dots aside, is a Windows device name. */
    static boolean isReserved(String name) {
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).replaceAll("[ .]+$", "");
        return RESERVED.matcher(base).matches();
    }

    /**
     * {@code name}, checked to be a single, portable file name.
     *
     * @throws IllegalArgumentException saying why, if the name is empty, {@code .} or {@code ..}, holds a path
     *                                  separator, a drive colon, a control character or another character Windows
     *                                  forbids, ends with a dot or a space, is a Windows device name with any
     *                                  extension, or is longer than {@value #MAX_NAME_BYTES} UTF-8 bytes
     */
    static String check(String name) {
        Objects.requireNonNull(name, "name");
        String why = null;
        if (name.isEmpty()) {
            why = "it is empty";
        } else if (name.equals(".") || name.equals("..")) {
            why = "it names a folder, not a file";
        } else if (FORBIDDEN.matcher(name).find()) {
            why = "it holds a path separator, a colon, a control character or one of * ? \" < > |";
        } else if (name.endsWith(".") || name.endsWith(" ")) {
            why = "it ends with a dot or a space, which Windows drops";
        } else if (isReserved(name)) {
            why = "Windows reserves it for a device";
        } else if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            why = "it is longer than " + MAX_NAME_BYTES + " bytes";
        }
        if (why != null) {
            throw new IllegalArgumentException("file name '" + printable(name) + "' cannot be written: " + why);
        }
        return name;
    }

    private static String printable(String name) {
        String shown = name.length() > 80 ? name.substring(0, 80) + "..." : name;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
