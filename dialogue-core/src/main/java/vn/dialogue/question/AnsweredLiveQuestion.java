package vn.dialogue.question;

import java.util.Objects;
import java.util.Optional;

/**
 * A question answered live at the session; one answer reaches every asker of its dossier.
 *
 * @param id      the question's key
 * @param dossier what it was about
 * @param answer  who answered, and how
 */
public record AnsweredLiveQuestion(QuestionId id, Dossier dossier, LiveAnswer answer) implements SettledQuestion {

    public AnsweredLiveQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(answer, "answer");
    }

    @Override
    public QuestionStatus status() {
        return QuestionStatus.ANSWERED_LIVE;
    }

    @Override
    public Optional<String> agency() {
        return Optional.of(answer.agency());
    }
}
