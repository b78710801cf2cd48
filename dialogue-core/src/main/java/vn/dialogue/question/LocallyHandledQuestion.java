package vn.dialogue.question;

import java.util.Objects;
import java.util.Optional;

/**
 * A question a local authority settled within its own powers and reported on.
 *
 * @param id         the question's key
 * @param dossier    what it was about
 * @param settlement who settled it, and the report
 */
public record LocallyHandledQuestion(QuestionId id, Dossier dossier, LocalSettlement settlement)
        implements SettledQuestion {

    public LocallyHandledQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(settlement, "settlement");
    }

    @Override
    public QuestionStatus status() {
        return QuestionStatus.HANDLED_LOCALLY;
    }

    @Override
    public Optional<String> agency() {
        return Optional.of(settlement.authority());
    }
}
