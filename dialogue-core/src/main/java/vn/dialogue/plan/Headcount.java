package vn.dialogue.plan;

import org.jspecify.annotations.Nullable;

/**
 * An expected number of people as a plan states it: exactly N, about N ("khoảng 200"), or a range.
 * Exactly one form is given. Immutable and thread-safe.
 *
 * @param exactly the exact count, or null
 * @param about   the approximate count, or null
 * @param min     the lower bound of a range, or null
 * @param max     the upper bound of a range, or null
 */
public record Headcount(@Nullable Integer exactly, @Nullable Integer about, @Nullable Integer min,
                        @Nullable Integer max) {

    /** How far "about N" may stray before a check speaks, in percent. */
    public static final int ABOUT_TOLERANCE_PERCENT = 10;

    /**
     * Checks the components.
     *
     * @param exactly the exact count, or null
     * @param about the approximate count, or null
     * @param min the lower bound of a range, or null
     * @param max the upper bound of a range, or null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     */
    public Headcount {
        int forms = (exactly != null ? 1 : 0) + (about != null ? 1 : 0) + (min != null || max != null ? 1 : 0);
        if (forms != 1) {
            throw new IllegalArgumentException("give exactly one of: exactly, about, or min/max");
        }
        for (Integer n : new Integer[] {exactly, about, min, max}) {
            if (n != null && n < 0) {
                throw new IllegalArgumentException("a headcount cannot be negative, was " + n);
            }
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
    }

    /**
     * Exactly {@code n} delegates ("250 đại biểu").
     *
     * @param n the count, at least 0
     * @return the headcount
     */
    public static Headcount exactly(int n) {
        return new Headcount(n, null, null, null);
    }

    /**
     * About {@code n} delegates ("khoảng 250 đại biểu").
     *
     * @param n the count, at least 0
     * @return the headcount
     */
    public static Headcount about(int n) {
        return new Headcount(null, n, null, null);
    }

    /**
     * From {@code min} to {@code max} delegates ("từ 200 đến 250 đại biểu").
     *
     * @param min the smallest count, at least 0
     * @param max the largest count, at least {@code min}
     * @return the headcount
     */
    public static Headcount between(int min, int max) {
        return new Headcount(null, null, min, max);
    }

    /**
     * The count to plan for: the exact or approximate number, or the upper bound of a range (else the lower).
     *
     * @return the count to plan for: the exact or approximate number, or the upper bound of a range (else the lower)
     */
    public int nominal() {
        if (exactly != null) {
            return exactly;
        }
        if (about != null) {
            return about;
        }
        return max != null ? max : min == null ? 0 : min;
    }

    /**
     * The smallest count still consistent with the statement.
     *
     * @return the smallest count still consistent with the statement
     */
    public int lowest() {
        if (exactly != null) {
            return exactly;
        }
        if (about != null) {
            return about - slack(about);
        }
        return min == null ? 0 : min;
    }

    /**
     * The largest count still consistent with the statement ({@link Integer#MAX_VALUE} for an open range).
     *
     * @return the largest count still consistent with the statement ({@link Integer#MAX_VALUE} for an open range)
     */
    public int highest() {
        if (exactly != null) {
            return exactly;
        }
        if (about != null) {
            return about + slack(about);
        }
        return max == null ? Integer.MAX_VALUE : max;
    }

    /** The tolerance of "about n", rounded up, in whole people (integer arithmetic: 10% of 200 is 20, not 20.000001). */
    private static int slack(int n) {
        return (int) (((long) n * ABOUT_TOLERANCE_PERCENT + 99) / 100);
    }

    /**
     * "khoảng 200", "03", "từ 10 đến 20" style Vietnamese text.
     *
     * @return "khoảng 200", "03", "từ 10 đến 20" style Vietnamese text
     */
    public String toVietnamese() {
        if (exactly != null) {
            return String.format("%02d", exactly);
        }
        if (about != null) {
            return "khoảng " + about;
        }
        if (min != null && max != null) {
            return "từ " + min + " đến " + max;
        }
        return min != null ? "ít nhất " + min : "tối đa " + max;
    }

    /**
     * This count at each of {@code n} places, added up: "khoảng 20" at 119 points is "khoảng 2380".
     *
     * @param n how many places, at least 0
     * @return the total, of the same form
     * @throws IllegalArgumentException if {@code n} is negative or the total overflows
     */
    public Headcount times(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a number of places cannot be negative, was " + n);
        }
        return new Headcount(mul(exactly, n), mul(about, n), mul(min, n), mul(max, n));
    }

    private static @Nullable Integer mul(@Nullable Integer a, int n) {
        return a == null ? null : Math.multiplyExact(a, n);
    }
}
