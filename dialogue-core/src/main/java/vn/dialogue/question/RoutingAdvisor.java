package vn.dialogue.question;

import vn.dialogue.internal.VietnameseText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Topic;

/**
 * Suggests lead agencies for questions from the plan's topics: the topics a question was accepted under, and the
 * topics whose keywords its wording contains (compared without case, punctuation or diacritics, as whole words).
 * The plan's data decides everything; a person decides the routing. Immutable and thread-safe.
 */
public final class RoutingAdvisor {

    private record Hints(Topic topic, List<String> keywords, List<String> normalised) {
    }

    private final List<Hints> topics;

    private RoutingAdvisor(List<Topic> topics) {
        List<Hints> hints = new ArrayList<>();
        for (Topic topic : topics) {
            List<String> normalised = topic.keywords().stream()
                    .map(k -> " " + VietnameseText.normalise(k, true) + " ").toList();
            hints.add(new Hints(topic, topic.keywords(), normalised));
        }
        this.topics = List.copyOf(hints);
    }

    /**
     * An advisor over {@code plan}'s topics, their keywords and agencies.
     *
     * @param plan the plan
     * @return the advisor; never null
     * @throws NullPointerException if {@code plan} is null
     */
    public static RoutingAdvisor of(Plan plan) {
        return new RoutingAdvisor(Objects.requireNonNull(plan, "plan").topics());
    }

    /**
     * An advisor over these topics, their keywords and agencies.
     *
     * @param topics the topics, in the order ties keep
     * @return the advisor; never null
     * @throws NullPointerException if {@code topics} is null
     */
    public static RoutingAdvisor of(List<Topic> topics) {
        return new RoutingAdvisor(Objects.requireNonNull(topics, "topics"));
    }

    /**
     * Suggestions for {@code question}, from its dossier, strongest first.
     *
     * @param question the question
     * @return the suggestions, empty if nothing points to a topic with agencies; never null
     * @throws NullPointerException if {@code question} is null
     */
    public List<RoutingSuggestion> suggest(Question question) {
        return suggest(Objects.requireNonNull(question, "question").dossier());
    }

    /**
     * Suggestions for a dossier, from its wording and declared topics, strongest first; ties keep the plan's topic
     * order. Topics without agencies are never suggested.
     *
     * @param dossier the dossier
     * @return the suggestions, empty if nothing points to a topic with agencies; never null
     * @throws NullPointerException if {@code dossier} is null
     */
    public List<RoutingSuggestion> suggest(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        String text = " " + VietnameseText.normalise(dossier.wording(), true) + " ";
        record Match(Hints hints, double score, List<String> keywords, boolean declared) {
        }
        List<Match> matches = new ArrayList<>();
        for (Hints hints : topics) {
            if (hints.topic().agencies().isEmpty()) {
                continue;
            }
            boolean declared = dossier.topics().contains(hints.topic().id());
            List<String> found = new ArrayList<>();
            for (int i = 0; i < hints.normalised().size(); i++) {
                String keyword = hints.normalised().get(i);
                if (keyword.length() > 2 && text.contains(keyword)) {
                    found.add(hints.keywords().get(i));
                }
            }
            double score = (declared ? 1.0 : 0.0) + 0.5 * found.size();
            if (score > 0) {
                matches.add(new Match(hints, score, found, declared));
            }
        }
        List<Match> ranked = new ArrayList<>(matches);
        ranked.sort(Comparator.comparingDouble(Match::score).reversed());
        List<RoutingSuggestion> suggestions = new ArrayList<>();
        for (Match match : ranked) {
            String lead = match.hints().topic().agencies().get(0);
            Set<String> co = new LinkedHashSet<>();
            for (Match other : ranked) {
                String otherLead = other.hints().topic().agencies().get(0);
                if (other != match && !otherLead.equals(lead)) {
                    co.add(otherLead);
                }
            }
            suggestions.add(new RoutingSuggestion(match.hints().topic().id(), lead, List.copyOf(co), match.score(),
                    match.keywords(), match.declared()));
        }
        return List.copyOf(suggestions);
    }
}
