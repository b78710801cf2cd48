package vn.dialogue.question;

import java.util.List;
import java.util.Objects;

import vn.dialogue.internal.Keys;


/**
 * A suggested routing for a question, for the compiling department to accept, change or ignore. Immutable and
 * thread-safe.
 *
 * @param topic      the plan topic the suggestion comes from
 * @param lead       the suggested lead agency: the topic's first agency
 * @param coAgencies suggested co-agencies: the leads of the other topics the question also touches
 * @param score      how strongly the question points to the topic (1 for a topic it was accepted under, plus
 *                   0.5 per keyword found); higher is stronger
 * @param keywords   the topic's keywords found in the question, as the plan writes them
 * @param declared   true if the question was accepted under this topic
 */
public record RoutingSuggestion(String topic, String lead, List<String> coAgencies, double score,
                                List<String> keywords, boolean declared) {

    /**
     * Checks the ids and copies the lists.
     *
     * @param topic      the plan topic the suggestion comes from
     * @param lead       the suggested lead agency: the topic's first agency
     * @param coAgencies suggested co-agencies: the leads of the other topics the question also touches
     * @param score      how strongly the question points to the topic (1 for a topic it was accepted under, plus
     *                   0.5 per keyword found); higher is stronger
     * @param keywords   the topic's keywords found in the question, as the plan writes them
     * @param declared   true if the question was accepted under this topic
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if {@code topic} or {@code lead} is not a valid key
     */
    public RoutingSuggestion {
        topic = Keys.require(topic, "topic");
        lead = Keys.require(lead, "lead");
        coAgencies = List.copyOf(coAgencies);
        keywords = List.copyOf(Objects.requireNonNull(keywords, "keywords"));
    }
}
