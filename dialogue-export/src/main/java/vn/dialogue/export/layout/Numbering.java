package vn.dialogue.export.layout;

import java.util.List;

/**
 * The numbering styles of administrative documents: Roman numerals for parts ("I."), Arabic
 * numerals for sections ("1."), and points lettered in the Vietnamese alphabet ("a)", ..., "đ)").
 * Stateless and thread-safe.
 */
public final class Numbering {

    /** Letters for points (điểm): the Vietnamese alphabet, which has đ and lacks f, j, w, z. */
    private static final List<String> LETTERS = List.of(
            "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
            "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y");

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Numbering() {
    }

    /**
     * "I", "II", ... for {@code n} from 1 to 3999.
     *
     * @param n the number, at least 1
     * @return "I", "II", ..
     */
    public static String roman(int n) {
        if (n < 1 || n > 3999) {
            throw new IllegalArgumentException("Roman numerals exist for 1 to 3999, not " + n);
        }
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                sb.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return sb.toString();
    }

    /**
     * The letter of point {@code n} (1 is "a", 5 is "đ"); past "y" the letters double ("aa").
     *
     * @param n the number, at least 1
     * @return the letter of point {@code n} (1 is "a", 5 is "đ"); past "y" the letters double ("aa")
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public static String letter(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("points are numbered from 1, not " + n);
        }
        int size = LETTERS.size();
        String one = LETTERS.get((n - 1) % size);
        return one.repeat((n - 1) / size + 1);
    }
}
