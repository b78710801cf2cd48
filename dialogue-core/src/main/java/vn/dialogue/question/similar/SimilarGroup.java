package vn.dialogue.question.similar;

import java.util.Arrays;
import java.util.Objects;

/**
 * A group of texts found similar: their indexes in the input list, ascending, and a score. Immutable and
 * thread-safe.
 */
public final class SimilarGroup {

    private final int[] members;
    private final double score;
    private final double minScore;

    SimilarGroup(int[] members, double score, double minScore) {
        Objects.requireNonNull(members, "members");
        if (members.length < 2) {
            throw new IllegalArgumentException("a group has at least two members, got " + members.length);
        }
        this.members = members.clone();
        Arrays.sort(this.members);
        this.score = score;
        this.minScore = minScore;
    }

    /**
     * How many texts the group holds.
     *
     * @return the number of members, at least two
     */
    public int size() {
        return members.length;
    }

    /**
     * The index of the {@code i}th member, ascending.
     *
     * @param i the member's rank, from 0 to {@link #size()} - 1
     * @return its index in the input list
     * @throws ArrayIndexOutOfBoundsException if {@code i} is out of range
     */
    public int member(int i) {
        return members[i];
    }

    /**
     * The members' indexes, ascending.
     *
     * @return a new array on each call; never null
     */
    public int[] members() {
        return members.clone();
    }

    /**
     * The mean estimated Jaccard similarity of the pairs that joined the group.
     *
     * @return the score, in [0, 1]
     */
    public double score() {
        return score;
    }

    /**
     * The least estimated similarity of the pairs that joined the group.
     *
     * @return the lowest pair score, in [0, 1]
     */
    public double minScore() {
        return minScore;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimilarGroup g && Arrays.equals(members, g.members) && score == g.score
                && minScore == g.minScore;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(members) * 31 + Double.hashCode(score);
    }

    @Override
    public String toString() {
        return "SimilarGroup" + Arrays.toString(members) + " score " + String.format(java.util.Locale.ROOT, "%.3f", score);
    }
}
