package vn.dialogue.question;

import java.util.Objects;

import vn.dialogue.internal.Keys;


/**
 * The key of a question within a dialogue, e.g. {@code q-000042}. Immutable and thread-safe.
 *
 * @param value the key: ASCII letters, digits, '.', '_' or '-'
 */
public record QuestionId(String value) implements Comparable<QuestionId> {

    /**
     * Checks the id.
     *
     * @param value the key: ASCII letters, digits, '.', '_' or '-'
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if it is not a valid key
     */
    public QuestionId {
        Keys.require(value, "question id");
    }

    /**
     * The id with this value.
     *
     * @param value the id, a key
     * @return the id; never null
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if it is not a valid key
     */
    public static QuestionId of(String value) {
        return new QuestionId(value);
    }

    /** The id a registry gives its {@code number}th question: {@code q-} and at least six digits. */
    static QuestionId numbered(long number) {
        if (number < 1) {
            throw new IllegalArgumentException("question number must be at least 1, was " + number);
        }
        String digits = Long.toString(number);
        StringBuilder b = new StringBuilder(8 + digits.length()).append("q-");
        for (int i = digits.length(); i < 6; i++) {
            b.append('0');
        }
        return new QuestionId(b.append(digits).toString());
    }

    /** The number of an id made by {@link #numbered}, or 0 for another id. */
    long number() {
        if (!value.startsWith("q-") || value.length() < 3) {
            return 0;
        }
        long n = 0;
        for (int i = 2; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9' || n > (Long.MAX_VALUE - 9) / 10) {
                return 0;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Numbered ids in number order, then other ids alphabetically. */
    @Override
    public int compareTo(QuestionId other) {
        Objects.requireNonNull(other, "other");
        long a = number();
        long b = other.number();
        if (a > 0 && b > 0) {
            return Long.compare(a, b);
        }
        if (a > 0 != b > 0) {
            return a > 0 ? -1 : 1;
        }
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
