package vn.dialogue.internal;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Checks keys with the same rule as {@code vn.dialogue.organisation.Ids} (ASCII letters, digits, '.', '_' or '-',
 * at most 128 characters, starting with a letter or digit) without a regular expression: intake checks several
 * keys per submission, at up to hundreds of thousands of submissions a second.
 */
public final class Keys {

    private Keys() {
    }

    public static String require(@Nullable String id, String what) {
        Objects.requireNonNull(id, what);
        int length = id.length();
        boolean valid = length >= 1 && length <= 128 && letterOrDigit(id.charAt(0));
        for (int i = 1; valid && i < length; i++) {
            char c = id.charAt(i);
            valid = letterOrDigit(c) || c == '.' || c == '_' || c == '-';
        }
        if (!valid) {
            throw new IllegalArgumentException(what + " '" + id
                    + "' is not a valid id: use ASCII letters, digits, '.', '_' or '-', at most 128 characters");
        }
        return id;
    }

    /** True when {@code id} passes {@link #require}. */
    public static boolean valid(String id) {
        int length = id.length();
        boolean valid = length >= 1 && length <= 128 && letterOrDigit(id.charAt(0));
        for (int i = 1; valid && i < length; i++) {
            char c = id.charAt(i);
            valid = letterOrDigit(c) || c == '.' || c == '_' || c == '-';
        }
        return valid;
    }

    public static @Nullable String optional(@Nullable String id, String what) {
        return id == null ? null : require(id, what);
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
