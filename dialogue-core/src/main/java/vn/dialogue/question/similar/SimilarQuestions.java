package vn.dialogue.question.similar;

import vn.dialogue.internal.VietnameseText;
import vn.dialogue.question.AcceptedQuestion;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Proposes which accepted questions to compile, by the similarity of their wording (see {@link SimilarTexts}).
 * Only accepted questions can be compiled, so only they are considered; a person confirms each proposal.
 */
public final class SimilarQuestions {

    private SimilarQuestions() {
    }

    /**
     * The wording a compiled question takes from its members: the first, in the order given, that is a well-formed
     * Vietnamese text (it carries diacritics and starts with a capital letter or a digit), else the first that carries
     * diacritics, else the first. Portals and text messages often bring a wording typed without diacritics ("De xuat
     * nang muc cho vay von uu dai"); the compiled wording is read aloud in the hall and printed in the report, so
     * an accented wording of the group is preferred.
     *
     * @param members the members of a proposal, e.g. in the proposal's order; at least one
     * @return the chosen wording
     * @throws IllegalArgumentException if {@code members} is empty
     */
    public static String wording(List<? extends Question> members) {
        Objects.requireNonNull(members, "members");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("members must not be empty");
        }
        String accented = null;
        for (Question q : members) {
            String w = q.dossier().wording().strip();
            if (!hasDiacritics(w)) {
                continue;
            }
            int first = w.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isDigit(first)) {
                return q.dossier().wording();
            }
            if (accented == null) {
                accented = q.dossier().wording();
            }
        }
        return accented != null ? accented : members.get(0).dossier().wording();
    }

    /** Whether the text has a letter that folding its diacritics changes (đ included). */
    static boolean hasDiacritics(String text) {
        return !VietnameseText.normalise(text, false).equals(VietnameseText.normalise(text, true));
    }

    /**
     * Proposals among the accepted ones of {@code questions}, with {@link SimilarityOptions#defaults()}.
     *
     * @param questions the questions, in any state; only accepted ones are considered
     * @return the proposals, best score first; unmodifiable, never null
     * @throws NullPointerException if {@code questions} is null
     */
    public static List<CompilationProposal> propose(Collection<? extends Question> questions) {
        return propose(questions, SimilarityOptions.defaults());
    }

    /**
     * Proposals among the accepted ones of {@code questions}, compared by their dossiers' wording: best score
     * first, ties by first member.
     *
     * @param questions the questions, in any state; only accepted ones are considered
     * @param options   how near-duplicates are looked for
     * @return the proposals, each of at least two questions in id order; unmodifiable, never null
     * @throws NullPointerException if {@code questions} or {@code options} is null
     */
    public static List<CompilationProposal> propose(Collection<? extends Question> questions,
                                                    SimilarityOptions options) {
        Objects.requireNonNull(questions, "questions");
        List<AcceptedQuestion> accepted = new ArrayList<>();
        for (Question q : questions) {
            if (q instanceof AcceptedQuestion a) {
                accepted.add(a);
            }
        }
        accepted.sort(Comparator.comparing(AcceptedQuestion::id));
        List<String> texts = accepted.stream().map(a -> a.dossier().wording()).toList();
        List<CompilationProposal> proposals = new ArrayList<>();
        for (SimilarGroup group : SimilarTexts.group(texts, options)) {
            List<QuestionId> members = new ArrayList<>(group.size());
            for (int i = 0; i < group.size(); i++) {
                members.add(accepted.get(group.member(i)).id());
            }
            proposals.add(new CompilationProposal(members, group.score(), group.minScore()));
        }
        proposals.sort(Comparator.comparingDouble(CompilationProposal::score).reversed()
                .thenComparing(p -> p.members().get(0)));
        return List.copyOf(proposals);
    }
}
