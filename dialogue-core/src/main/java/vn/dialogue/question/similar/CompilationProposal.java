package vn.dialogue.question.similar;

import vn.dialogue.question.QuestionId;

import java.util.List;

/**
 * Questions that look alike enough to be compiled into one, for a person to confirm (then a
 * {@link vn.dialogue.question.QuestionCommand.Compile}). Immutable and thread-safe.
 *
 * @param members  the questions, in id order (at least two)
 * @param score    mean estimated similarity of the pairs that joined them, in [0, 1]
 * @param minScore least estimated similarity of those pairs
 */
public record CompilationProposal(List<QuestionId> members, double score, double minScore) {

    /**
     * Checks the fields; {@code members} is copied.
     *
     * @param members  the questions, in id order, at least two
     * @param score    mean estimated similarity of the pairs that joined them, in [0, 1]
     * @param minScore least estimated similarity of those pairs
     * @throws NullPointerException     if {@code members} is null or holds null
     * @throws IllegalArgumentException if {@code members} holds fewer than two questions
     */
    public CompilationProposal {
        members = List.copyOf(members);
        if (members.size() < 2) {
            throw new IllegalArgumentException("a proposal groups at least two questions");
        }
    }
}
