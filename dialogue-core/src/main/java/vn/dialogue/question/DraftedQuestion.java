package vn.dialogue.question;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.dialogue.question.QuestionEvent.AnswerContributed;
import vn.dialogue.question.QuestionEvent.AnswerDrafted;

/**
 * A question whose lead agency drafted an answer; co-agencies may still contribute and the lead may redraft
 * until the session.
 *
 * @param id      the question's key
 * @param dossier what it is about
 * @param routing who prepares the answer, with contributions
 * @param draft   the latest draft
 */
public record DraftedQuestion(QuestionId id, Dossier dossier, Routing routing, Draft draft) implements Question {

    public DraftedQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(draft, "draft");
    }

    @Override
    public QuestionStatus status() {
        return QuestionStatus.ANSWER_DRAFTED;
    }

    @Override
    public Optional<String> agency() {
        return Optional.of(routing.lead());
    }

    /**
     * Adds the actor's organisation's contribution to the answer.
     *
     * @throws ActionRefusedException if the actor's role may not {@link Action#CONTRIBUTE} or their organisation
     *                                is not a co-agency of the question
     */
    public Change<DraftedQuestion> contribute(Act act, String text, RolePolicy roles) {
        roles.require(Action.CONTRIBUTE, act.actor(), routing.coAgencies(), "a co-agency of question " + id);
        AnswerContributed event = new AnswerContributed(id, act, Objects.requireNonNull(act.actor().organisation()),
                text);
        return new Change<>(event, apply(event));
    }

    /**
     * Replaces the draft with a new one from the lead agency.
     *
     * @throws ActionRefusedException if the actor's role may not {@link Action#DRAFT} or their organisation is not
     *                                the lead agency of the question
     */
    public Change<DraftedQuestion> draft(Act act, String text, RolePolicy roles) {
        roles.require(Action.DRAFT, act.actor(), List.of(routing.lead()), "the lead agency of question " + id);
        AnswerDrafted event = new AnswerDrafted(id, act, routing.lead(), text);
        return new Change<>(event, apply(event));
    }

    /**
     * Records that it was answered live at {@code session} by {@code agency}.
     *
     * @throws ActionRefusedException if the actor's role may not {@link Action#RECORD_LIVE_OUTCOME}
     */
    public Change<AnsweredLiveQuestion> answerLive(Act act, String session, String agency, @Nullable String official,
                                                   String summary, RolePolicy roles) {
        return Evolution.answerLive(this, act, session, agency, official, summary, roles);
    }

    /**
     * Records that it was deferred at {@code session} to {@code agency}, to answer by {@code promisedBy}, every
     * asker to be told by {@code noticeDue}; the act's reason says why.
     *
     * @throws ActionRefusedException if the actor's role may not {@link Action#RECORD_LIVE_OUTCOME}
     */
    public Change<DeferredQuestion> defer(Act act, String session, String agency, @Nullable String official,
                                          LocalDate promisedBy, LocalDate noticeDue, RolePolicy roles) {
        return Evolution.defer(this, act, session, agency, official, promisedBy, noticeDue, roles);
    }

    /**
     * Records that the asker withdrew it.
     *
     * @throws ActionRefusedException if the actor's role may not {@link Action#WITHDRAW}
     */
    public Change<WithdrawnQuestion> withdraw(Act act, RolePolicy roles) {
        return Evolution.withdraw(this, act, roles);
    }

    DraftedQuestion apply(AnswerContributed event) {
        return new DraftedQuestion(id, dossier, routing.with(new Contribution(event.agency(), event.text(),
                event.act().at())), draft);
    }

    DraftedQuestion apply(AnswerDrafted event) {
        return new DraftedQuestion(id, dossier, routing, new Draft(event.agency(), event.text(), event.act().at()));
    }
}
