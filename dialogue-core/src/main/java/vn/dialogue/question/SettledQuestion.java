package vn.dialogue.question;

/**
 * A question that got its answer: live at the session, in writing after a deferral, or from a local authority.
 * Only a settled question can be closed.
 */
public sealed interface SettledQuestion extends Question
        permits AnsweredLiveQuestion, ResolvedQuestion, LocallyHandledQuestion {

    /**
     * Closes the settled question.
     *
     * @throws ActionRefusedException if the actor's role may not {@link Action#CLOSE}
     */
    default Change<ClosedQuestion> close(Act act, RolePolicy roles) {
        roles.require(Action.CLOSE, act.actor());
        QuestionEvent.QuestionClosed event = new QuestionEvent.QuestionClosed(id(), act);
        return new Change<>(event, new ClosedQuestion(this, act.at()));
    }
}
