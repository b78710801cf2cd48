package vn.dialogue.question;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A settled question, closed. Final; it keeps the state it was settled in.
 *
 * @param settled how it was settled: live, in writing or locally
 * @param at      when it was closed
 */
public record ClosedQuestion(SettledQuestion settled, Instant at) implements Question {

    public ClosedQuestion {
        Objects.requireNonNull(settled, "settled");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public QuestionId id() {
        return settled.id();
    }

    @Override
    public Dossier dossier() {
        return settled.dossier();
    }

    @Override
    public QuestionStatus status() {
        return QuestionStatus.CLOSED;
    }

    @Override
    public Optional<String> agency() {
        return settled.agency();
    }
}
