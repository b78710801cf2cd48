package vn.dialogue.question;

import java.util.Objects;

/**
 * The outcome of a transition: the event to journal and the state it leads to. Immutable and thread-safe.
 *
 * @param event what happened
 * @param next  the state after it
 * @param <S>   the type of the next state
 */
public record Change<S extends Question>(QuestionEvent event, S next) {

    /**
     * Checks that the event leads to this state.
     *
     * @param event what happened
     * @param next  the state after it
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the event is about another question than {@code next}
     */
    public Change {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(next, "next");
        if (!event.question().equals(next.id())) {
            throw new IllegalArgumentException("event for " + event.question() + " leads to state of " + next.id());
        }
    }
}
