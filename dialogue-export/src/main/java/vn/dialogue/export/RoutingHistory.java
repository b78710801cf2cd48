package vn.dialogue.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionEvent;
import vn.dialogue.question.QuestionId;
import vn.dialogue.question.Routing;

/**
 * How each question was routed: from the routing events when the documents are given them (so that the routing
 * letters and the compiled list's "Hạn chuẩn bị trả lời" exist at any time, also once the questions are answered),
 * else from the states of the questions still being prepared. Immutable.
 */
final class RoutingHistory {

    /**
     * One routing: the lead agency, the co-agencies, the last day to prepare the answer and when it was decided
     * (null when only the question's state is known).
     */
    record Routed(String lead, List<String> coAgencies, LocalDate answerDue, @Nullable Instant at) {
    }

    private final Map<QuestionId, Routed> byQuestion;

    private RoutingHistory(Map<QuestionId, Routed> byQuestion) {
        this.byQuestion = Map.copyOf(byQuestion);
    }

    /** No event: only the questions whose state holds a routing. */
    static RoutingHistory none() {
        return new RoutingHistory(Map.of());
    }

    /** The last routing event of each question among {@code events}. */
    static RoutingHistory of(Collection<? extends QuestionEvent> events) {
        Map<QuestionId, Routed> out = new HashMap<>();
        for (QuestionEvent e : events) {
            if (e instanceof QuestionEvent.QuestionRouted r) {
                out.put(r.question(), new Routed(r.lead(), r.coAgencies(), r.answerDue(), r.act().at()));
            }
        }
        return new RoutingHistory(out);
    }

    boolean isEmpty() {
        return byQuestion.isEmpty();
    }

    /**
     * The routing of {@code q}: its state's while it is being prepared, else the last routing event's; empty for a
     * question never routed (or withdrawn before).
     */
    Optional<Routed> of(Question q) {
        Optional<Routing> now = CompiledQuestions.routing(q);
        Routed recorded = byQuestion.get(q.id());
        if (now.isPresent()) {
            Routing r = now.get();
            return Optional.of(new Routed(r.lead(), r.coAgencies(), r.answerDue(),
                    recorded != null ? recorded.at() : null));
        }
        if (q.status() == vn.dialogue.question.QuestionStatus.WITHDRAWN) {
            return Optional.empty();
        }
        return Optional.ofNullable(recorded);
    }
}
