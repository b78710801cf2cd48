package vn.dialogue.organisation;

import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Checks identifiers used as keys in plan files. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]{0,127}");

    private Ids() {
    }

    /**
     * Returns {@code id} if it is a valid key: ASCII letters, digits, dot, underscore and hyphen, at most
     * 128 characters, starting with a letter or digit.
     *
     * @param id the key to check
     * @param what what the key names, for the message, e.g. {@code venue}
     * @return {@code id} if it is a valid key: ASCII letters, digits, dot, underscore and hyphen, at most 128
     *         characters, starting with a letter or digit
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if it is not a valid key
     */
    public static String require(@Nullable String id, String what) {
        Objects.requireNonNull(id, what);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " '" + id
                    + "' is not a valid id: use ASCII letters, digits, '.', '_' or '-', at most 128 characters");
        }
        return id;
    }

    /**
     * Like {@link #require} but lets {@code null} through.
     *
     * @param id the key to check, or null
     * @param what what the key names, for the message, e.g. {@code venue}
     * @return {@code id} as {@link #require} checks it, or null
     */
    public static @Nullable String optional(@Nullable String id, String what) {
        return id == null ? null : require(id, what);
    }
}
