package vn.dialogue.question;

import java.time.Instant;
import java.util.Objects;

/**
 * Moderation rejected the question. Final.
 *
 * @param id          the question's key
 * @param dossier     what it was about
 * @param reason      why, as a category
 * @param explanation why, in the moderator's words
 * @param at          when
 */
public record RejectedQuestion(QuestionId id, Dossier dossier, RejectionReason reason, String explanation,
                               Instant at) implements Question {

    public RejectedQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public QuestionStatus status() {
        return QuestionStatus.REJECTED;
    }
}
