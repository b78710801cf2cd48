package vn.dialogue.question;

import java.util.Optional;
import java.util.Set;

/**
 * A question of the dialogue in one of its states. Each state is a record; its transitions are methods on it, so
 * a move a state does not allow does not compile where the state is known. Where it is not (a command naming a
 * question by id), {@link QuestionRegistry} checks and throws {@link IllegalTransitionException}.
 *
 * <p>Every transition checks the actor against the dialogue's {@link RolePolicy} first (a refusal throws
 * {@link ActionRefusedException} and changes nothing), then returns a {@link Change}: the past-tense
 * {@link QuestionEvent} and the next state, which is exactly what replaying that event gives. Records,
 * immutable and thread-safe.
 */
public sealed interface Question permits ReceivedQuestion, AcceptedQuestion, RejectedQuestion, MergedQuestion,
        RoutedQuestion, DraftedQuestion, SettledQuestion, DeferredQuestion, ClosedQuestion, WithdrawnQuestion {

    /**
     * The question's key.
     *
     * @return its id; never null
     */
    QuestionId id();

    /**
     * What it is about: originals, topics, wording.
     *
     * @return the dossier; never null
     */
    Dossier dossier();

    /**
     * The name of its state.
     *
     * @return the status; never null
     */
    QuestionStatus status();

    /**
     * The transitions its state allows.
     *
     * @return {@code status().allowed()}, empty for a final state; never null
     */
    default Set<Transition> allowed() {
        return status().allowed();
    }

    /**
     * The agency answerable for it now: the lead, the answering or the responsible agency, if decided.
     *
     * @return the agency's organisation id, or empty before routing (the default)
     */
    default Optional<String> agency() {
        return Optional.empty();
    }
}
