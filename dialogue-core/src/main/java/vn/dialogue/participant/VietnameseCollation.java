package vn.dialogue.participant;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, with the tones ordered
 * none, huyền, hỏi, ngã, sắc, nặng (a à ả ã á ạ) as a secondary difference, and case as a tertiary one.
 *
 * <p>Built from the JDK's root collation rules and an explicit Vietnamese tailoring (the same one the JDK's
 * {@code vi} locale data carries), so the order does not depend on which locale providers a runtime has. Text is
 * compared in canonical decomposition, so composed and decomposed input sort alike.
 *
 * <p>{@link #NAME_ORDER} sorts names as officials sort lists: by given name, then middle name, then family
 * name, then the full name as written. Thread-safe: {@link RuleBasedCollator#compare} is synchronized, and
 * {@link #collator()} hands out copies.
 */
public final class VietnameseCollation {

    /**
     * Tones as secondary differences in the order huyền, hỏi, ngã, sắc, nặng; đ a letter after d; breve,
     * circumflex and horn as letters after z, which puts ă and â after a, ê after e, ô and ơ after o, ư after u.
     */
    static final String TAILORING = "& \u0300 ; \u0309 ; \u0303 ; \u0301 ; \u0323"
            + " & D < \u0111 , \u0110"
            + " & Z < \u0306 < \u0302 < \u031B";

    private static final RuleBasedCollator COLLATOR = build();

    /** Names by given name, middle name, family name, then the full name as written. */
    public static final Comparator<PersonName> NAME_ORDER = Comparator
            .comparing(PersonName::given, VietnameseCollation::compare)
            .thenComparing(PersonName::middle, VietnameseCollation::compare)
            .thenComparing(PersonName::family, VietnameseCollation::compare)
            .thenComparing(PersonName::fullName, VietnameseCollation::compare)
            .thenComparing(PersonName::fullName);

    private VietnameseCollation() {
    }

    private static RuleBasedCollator build() {
        String root = ((RuleBasedCollator) Collator.getInstance(Locale.ROOT)).getRules();
        try {
            RuleBasedCollator c = new RuleBasedCollator(root + TAILORING);
            c.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
            c.setStrength(Collator.TERTIARY);
            return c;
        } catch (ParseException e) {
            throw new IllegalStateException("the Vietnamese collation rules do not parse: " + e.getMessage(), e);
        }
    }

    /**
     * A new Vietnamese collator (tertiary strength, canonical decomposition), for callers that tune it.
     *
     * @return a fresh clone, the caller's own; never null
     */
    public static Collator collator() {
        return (Collator) COLLATOR.clone();
    }

    /**
     * Compares two texts in Vietnamese order.
     *
     * @param a the first text
     * @param b the second text
     * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
     */
    public static int compare(String a, String b) {
        return COLLATOR.compare(a, b);
    }

    /**
     * Texts in Vietnamese order, as a comparator.
     *
     * @return a thread-safe comparator using {@link #compare}; never null
     */
    public static Comparator<String> textOrder() {
        return VietnameseCollation::compare;
    }
}
