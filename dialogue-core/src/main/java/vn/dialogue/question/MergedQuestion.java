package vn.dialogue.question;

import java.time.Instant;
import java.util.Objects;

/**
 * A question merged into a compiled question, which is answered for it: the asker's tracking follows
 * {@link #into()}. The asker may still withdraw.
 *
 * @param id      the question's key
 * @param dossier what it was about
 * @param into    the compiled question answered for it
 * @param at      when it was merged
 */
public record MergedQuestion(QuestionId id, Dossier dossier, QuestionId into, Instant at) implements Question {

    public MergedQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(into, "into");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public QuestionStatus status() {
        return QuestionStatus.MERGED;
    }

    /**
     * Records that the asker withdrew it; the compiled question no longer answers them.
     *
     * @throws ActionRefusedException if the actor's role may not {@link Action#WITHDRAW}
     */
    public Change<WithdrawnQuestion> withdraw(Act act, RolePolicy roles) {
        return Evolution.withdraw(this, act, roles);
    }
}
