package vn.dialogue.question;

import java.util.List;
import java.util.Objects;

import vn.dialogue.question.QuestionEvent.QuestionAccepted;
import vn.dialogue.question.QuestionEvent.QuestionRejected;

/**
 * A submission recorded at intake, waiting for moderation.
 *
 * @param id      the question's key
 * @param dossier the submission as its only original
 */
public record ReceivedQuestion(QuestionId id, Dossier dossier) implements Question {

    public ReceivedQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossier, "dossier");
    }

    @Override
    public QuestionStatus status() {
        return QuestionStatus.RECEIVED;
    }

    /** The submission. */
    public Submission submission() {
        return dossier.originals().get(0).submission();
    }

    /**
     * Accepts the question for the dialogue under {@code topics} (empty: the topics the submission came with).
     *
     * @throws ActionRefusedException   if the actor's role may not {@link Action#MODERATE}
     * @throws IllegalArgumentException if no topic is given and the submission has none
     */
    public Change<AcceptedQuestion> accept(Act act, List<String> topics, RolePolicy roles) {
        roles.require(Action.MODERATE, act.actor());
        List<String> chosen = topics.isEmpty() ? dossier.topics() : topics;
        QuestionAccepted event = new QuestionAccepted(id, act, chosen);
        return new Change<>(event, apply(event));
    }

    /**
     * Rejects the question; the act's reason explains it in words.
     *
     * @throws ActionRefusedException   if the actor's role may not {@link Action#MODERATE}
     * @throws IllegalArgumentException if the act gives no reason
     */
    public Change<RejectedQuestion> reject(Act act, RejectionReason reason, RolePolicy roles) {
        roles.require(Action.MODERATE, act.actor());
        QuestionRejected event = new QuestionRejected(id, act, reason);
        return new Change<>(event, apply(event));
    }

    /**
     * Records that the asker withdrew it; the act's reason says how they asked.
     *
     * @throws ActionRefusedException if the actor's role may not {@link Action#WITHDRAW}
     */
    public Change<WithdrawnQuestion> withdraw(Act act, RolePolicy roles) {
        return Evolution.withdraw(this, act, roles);
    }

    /**
     * Records that the actor's organisation, the authority of {@code unit}, settled it within its own powers.
     *
     * @throws ActionRefusedException if the actor's role may not {@link Action#HANDLE_LOCALLY} or they act for
     *                                no organisation
     */
    public Change<LocallyHandledQuestion> handleLocally(Act act, String unit, String report, RolePolicy roles) {
        return Evolution.handleLocally(this, act, unit, report, roles);
    }

    AcceptedQuestion apply(QuestionAccepted event) {
        return new AcceptedQuestion(id, dossier.withTopics(event.topics()));
    }

    RejectedQuestion apply(QuestionRejected event) {
        return new RejectedQuestion(id, dossier, event.reason(), event.act().reason(), event.act().at());
    }
}
