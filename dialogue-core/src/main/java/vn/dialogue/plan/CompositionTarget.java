package vn.dialogue.plan;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * A composition target a plan states for the delegates at a venue, as a share: "ít nhất 150 phụ nữ", "ít nhất 30%
 * là phụ nữ dân tộc thiểu số". Exactly one of {@code atLeast} and {@code atLeastPercent} is given.
 * Immutable and thread-safe.
 *
 * @param id                stable key
 * @param text              the target as the plan writes it, or null
 * @param group             id of the delegate group the target counts within, or null for every delegate at the
 *                          venue (at each bridge point, for bridge-point attendance)
 * @param traits            what a delegate must be to count: all of them (WOMAN and ETHNIC_MINORITY counts
 *                          ethnic-minority women); never empty
 * @param atLeast           the smallest acceptable count, or null
 * @param atLeastPercent    the smallest acceptable share, in percent (0 to 100) of the delegates counted, or null
 * @param majorityEthnicity the ethnicity whose members are not an ethnic minority; null means
 *                          {@value #DEFAULT_MAJORITY}
 */
public record CompositionTarget(String id, @Nullable String text, @Nullable String group, List<Trait> traits,
                                @Nullable Integer atLeast, @Nullable Integer atLeastPercent,
                                @Nullable String majorityEthnicity) {

    /** The majority ethnicity of Vietnam (dân tộc Kinh); every other is an ethnic minority (dân tộc thiểu số). */
    public static final String DEFAULT_MAJORITY = "Kinh";

    /** A property of a delegate that a target counts. */
    public enum Trait {
        /** A woman. */
        WOMAN,
        /** A man. */
        MAN,
        /** A member of an ethnic minority: an ethnicity is stated and it is not the majority's. */
        ETHNIC_MINORITY
    }

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param id stable key
     * @param text the target as the plan writes it, or null
     * @param group id of the delegate group the target counts within, or null for every delegate at the venue (at each
     *              bridge point, for bridge-point attendance)
     * @param traits what a delegate must be to count: all of them (WOMAN and ETHNIC_MINORITY counts ethnic-minority
     *               women); never empty
     * @param atLeast the smallest acceptable count, or null
     * @param atLeastPercent the smallest acceptable share, in percent (0 to 100) of the delegates counted, or null
     * @param majorityEthnicity the ethnicity whose members are not an ethnic minority; null means {@value
     *                          #DEFAULT_MAJORITY}
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public CompositionTarget {
        id = Ids.require(id, "id");
        text = Nfc.normalize(text);
        group = Ids.optional(group, "group");
        traits = traits == null ? List.of() : List.copyOf(traits);
        if (traits.isEmpty()) {
            throw new IllegalArgumentException("target " + id + ": name at least one trait (WOMAN, MAN, ETHNIC_MINORITY)");
        }
        if (traits.contains(Trait.WOMAN) && traits.contains(Trait.MAN)) {
            throw new IllegalArgumentException("target " + id + ": WOMAN and MAN together can never be met");
        }
        if ((atLeast == null) == (atLeastPercent == null)) {
            throw new IllegalArgumentException("target " + id + ": give exactly one of atLeast or atLeastPercent");
        }
        if (atLeast != null && atLeast < 0) {
            throw new IllegalArgumentException("target " + id + ": atLeast cannot be negative, was " + atLeast);
        }
        if (atLeastPercent != null && (atLeastPercent < 0 || atLeastPercent > 100)) {
            throw new IllegalArgumentException("target " + id + ": atLeastPercent must be 0 to 100, was "
                    + atLeastPercent);
        }
        majorityEthnicity = Nfc.normalize(majorityEthnicity);
        if (majorityEthnicity != null && majorityEthnicity.isBlank()) {
            throw new IllegalArgumentException("target " + id + ": majorityEthnicity is blank");
        }
    }

    /**
     * At least {@code count} delegates with every one of {@code traits}.
     *
     * @param id stable key
     * @param traits what a delegate must be to count: all of them (WOMAN and ETHNIC_MINORITY counts ethnic-minority
     *               women); never empty
     * @param count the smallest acceptable count
     * @return at least {@code count} delegates with every one of {@code traits}
     */
    public static CompositionTarget atLeast(String id, int count, Trait... traits) {
        return new CompositionTarget(id, null, null, List.of(traits), count, null, null);
    }

    /**
     * At least {@code percent} percent of the delegates counted have every one of {@code traits}.
     *
     * @param id stable key
     * @param traits what a delegate must be to count: all of them (WOMAN and ETHNIC_MINORITY counts ethnic-minority
     *               women); never empty
     * @param percent the smallest acceptable share, 0 to 100
     * @return at least {@code percent} percent of the delegates counted have every one of {@code traits}
     */
    public static CompositionTarget atLeastPercent(String id, int percent, Trait... traits) {
        return new CompositionTarget(id, null, null, List.of(traits), null, percent, null);
    }

    /**
     * This target counted within one delegate group.
     *
     * @param groupId the id of the delegate group counted within
     * @return this target counted within one delegate group
     */
    public CompositionTarget withinGroup(String groupId) {
        return new CompositionTarget(id, text, Objects.requireNonNull(groupId, "groupId"), traits, atLeast,
                atLeastPercent, majorityEthnicity);
    }

    /**
     * The majority ethnicity this target uses, never null.
     *
     * @return the majority ethnicity this target uses, never null
     */
    public String effectiveMajority() {
        return majorityEthnicity == null ? DEFAULT_MAJORITY : majorityEthnicity;
    }

    /**
     * The smallest count that meets the target when {@code counted} delegates are counted: the stated count, or the
     * percentage of {@code counted} rounded up.
     *
     * @param counted how many delegates are counted
     * @return the smallest count that meets the target when {@code counted} delegates are counted: the stated count, or
     *         the percentage of {@code counted} rounded up
     */
    public int required(int counted) {
        if (counted < 0) {
            throw new IllegalArgumentException("counted cannot be negative, was " + counted);
        }
        if (atLeast != null) {
            return atLeast;
        }
        return (int) Math.ceil(counted * (atLeastPercent / 100.0));
    }

    /**
     * "phụ nữ dân tộc thiểu số: ít nhất 30%" style Vietnamese text.
     *
     * @return "phụ nữ dân tộc thiểu số: ít nhất 30%" style Vietnamese text
     */
    public String toVietnamese() {
        StringBuilder who = new StringBuilder();
        who.append(traits.contains(Trait.WOMAN) ? "phụ nữ" : traits.contains(Trait.MAN) ? "nam" : "đại biểu");
        if (traits.contains(Trait.ETHNIC_MINORITY)) {
            who.append(" dân tộc thiểu số");
        }
        return who + ": ít nhất " + (atLeast != null ? atLeast.toString() : atLeastPercent + "%");
    }

    /**
     * "ethnic-minority women: at least 30%" style English text.
     *
     * @return "ethnic-minority women: at least 30%" style English text
     */
    public String toEnglish() {
        String who = traits.contains(Trait.WOMAN) ? "women" : traits.contains(Trait.MAN) ? "men" : "delegates";
        if (traits.contains(Trait.ETHNIC_MINORITY)) {
            who = "ethnic-minority " + who;
        }
        return who + ": at least " + (atLeast != null ? atLeast.toString() : atLeastPercent + "%");
    }

    @Override
    public String toString() {
        return id + " (" + toEnglish().toLowerCase(Locale.ROOT) + ")";
    }
}
