package vn.dialogue.question;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A question its asker withdrew before it was answered. Final; it keeps the state it was withdrawn from.
 *
 * @param before the state it was in
 * @param at     when it was withdrawn
 */
public record WithdrawnQuestion(Question before, Instant at) implements Question {

    public WithdrawnQuestion {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(at, "at");
        if (!before.allowed().contains(Transition.WITHDRAW)) {
            throw new IllegalArgumentException("question " + before.id() + " cannot be withdrawn from " + before.status());
        }
    }

    @Override
    public QuestionId id() {
        return before.id();
    }

    @Override
    public Dossier dossier() {
        return before.dossier();
    }

    @Override
    public QuestionStatus status() {
        return QuestionStatus.WITHDRAWN;
    }

    @Override
    public Optional<String> agency() {
        return before.agency();
    }
}
