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

    public Change {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(next, "next");
        if (!event.question().equals(next.id())) {
            throw new IllegalArgumentException("event for " + event.question() + " leads to state of " + next.id());
        }
    }
}
