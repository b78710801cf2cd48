package vn.dialogue.question;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.dialogue.question.QuestionEvent.AnswerContributed;
import vn.dialogue.question.QuestionEvent.AnswerDrafted;
import vn.dialogue.question.QuestionEvent.AskerNotified;
import vn.dialogue.question.QuestionEvent.QuestionAccepted;
import vn.dialogue.question.QuestionEvent.QuestionAnsweredLive;
import vn.dialogue.question.QuestionEvent.QuestionClosed;
import vn.dialogue.question.QuestionEvent.QuestionDeferred;
import vn.dialogue.question.QuestionEvent.QuestionHandledLocally;
import vn.dialogue.question.QuestionEvent.QuestionReceived;
import vn.dialogue.question.QuestionEvent.QuestionRejected;
import vn.dialogue.question.QuestionEvent.QuestionResolvedInWriting;
import vn.dialogue.question.QuestionEvent.QuestionRouted;
import vn.dialogue.question.QuestionEvent.QuestionWithdrawn;
import vn.dialogue.question.QuestionEvent.QuestionsCompiled;

/**
 * How events change states: the one place both live transitions and replay go through, so that replaying a
 * journal yields exactly the states the transitions produced. Also the transitions several states share.
 */
final class Evolution {

    private Evolution() {
    }

    /**
     * The state after {@code event}, from {@code state} (null before the question exists). Compilations change
     * several questions and go through {@link #compile} instead.
     *
     * @throws IllegalTransitionException if the event cannot happen in that state
     * @throws IllegalStateException      if the event names a question that does not exist, or one that does
     */
    static Question evolve(@Nullable Question state, QuestionEvent event) {
        if (event instanceof QuestionReceived received) {
            if (state != null) {
                throw new IllegalStateException("question " + event.question() + " was already received");
            }
            return new ReceivedQuestion(received.question(), Dossier.of(received.question(), received.submission()));
        }
        if (state == null) {
            throw new IllegalStateException("no question " + event.question() + " to apply "
                    + event.getClass().getSimpleName() + " to");
        }
        if (event instanceof QuestionAccepted accepted) {
            return received(state, Transition.ACCEPT).apply(accepted);
        }
        if (event instanceof QuestionRejected rejected) {
            return received(state, Transition.REJECT).apply(rejected);
        }
        if (event instanceof QuestionRouted routed) {
            return routed(state, routed);
        }
        if (event instanceof AnswerContributed contributed) {
            if (state instanceof RoutedQuestion routed) {
                return routed.apply(contributed);
            }
            if (state instanceof DraftedQuestion drafted) {
                return drafted.apply(contributed);
            }
            throw IllegalTransitionException.of(state, Transition.CONTRIBUTE);
        }
        if (event instanceof AnswerDrafted drafted) {
            if (state instanceof RoutedQuestion routed) {
                return routed.apply(drafted);
            }
            if (state instanceof DraftedQuestion again) {
                return again.apply(drafted);
            }
            throw IllegalTransitionException.of(state, Transition.DRAFT);
        }
        if (event instanceof QuestionAnsweredLive live) {
            return answeredLive(state, live);
        }
        if (event instanceof QuestionDeferred deferred) {
            return deferred(state, deferred);
        }
        if (event instanceof AskerNotified notified) {
            if (state instanceof DeferredQuestion deferred) {
                return deferred.apply(notified);
            }
            throw IllegalTransitionException.of(state, Transition.NOTIFY_ASKER);
        }
        if (event instanceof QuestionResolvedInWriting resolved) {
            if (state instanceof DeferredQuestion deferred) {
                return deferred.apply(resolved);
            }
            throw IllegalTransitionException.of(state, Transition.RESOLVE_IN_WRITING);
        }
        if (event instanceof QuestionClosed closed) {
            if (state instanceof SettledQuestion settled) {
                return new ClosedQuestion(settled, closed.act().at());
            }
            throw IllegalTransitionException.of(state, Transition.CLOSE);
        }
        if (event instanceof QuestionWithdrawn withdrawn) {
            return withdrawn(state, withdrawn);
        }
        if (event instanceof QuestionHandledLocally local) {
            return handledLocally(state, local);
        }
        if (event instanceof QuestionEvent.AskerErased erasure) {
            // one holder of the asker; the registry applies it to every compiled question that answers them too
            return Erasure.erase(state, erasure.question());
        }
        if (event instanceof QuestionsCompiled) {
            throw new IllegalStateException("a compilation changes several questions: apply it with compile()");
        }
        throw new IllegalStateException("unknown event " + event.getClass().getName());
    }

    private static ReceivedQuestion received(Question state, Transition attempted) {
        if (state instanceof ReceivedQuestion received) {
            return received;
        }
        throw IllegalTransitionException.of(state, attempted);
    }

    private static void require(Question from, Transition transition) {
        if (!from.allowed().contains(transition)) {
            throw IllegalTransitionException.of(from, transition);
        }
    }

    /** Builds the compiled question and the merged members from the event; members must be accepted. */
    static Compilation compile(QuestionsCompiled event, List<AcceptedQuestion> members) {
        List<QuestionId> ids = members.stream().map(AcceptedQuestion::id).toList();
        if (!ids.equals(event.members())) {
            throw new IllegalArgumentException("compilation " + event.question() + " lists members " + event.members()
                    + " but was given " + ids);
        }
        List<Original> originals = new ArrayList<>();
        List<MergedQuestion> merged = new ArrayList<>(members.size());
        for (AcceptedQuestion member : members) {
            originals.addAll(member.dossier().originals());
            merged.add(member.merge(event));
        }
        AcceptedQuestion compiled = new AcceptedQuestion(event.question(),
                new Dossier(originals, event.topics(), event.wording()));
        return new Compilation(event, compiled, merged);
    }

    static Change<RoutedQuestion> route(Question from, Act act, String lead, List<String> coAgencies,
                                        LocalDate answerDue, RolePolicy roles) {
        roles.require(Action.ROUTE, act.actor());
        Routing.of(lead, coAgencies, answerDue);
        QuestionRouted event = new QuestionRouted(from.id(), act, lead, coAgencies, answerDue);
        return new Change<>(event, routed(from, event));
    }

    private static RoutedQuestion routed(Question from, QuestionRouted event) {
        if (from instanceof AcceptedQuestion accepted) {
            return accepted.apply(event);
        }
        if (from instanceof RoutedQuestion routed) {
            return routed.apply(event);
        }
        throw IllegalTransitionException.of(from, Transition.ROUTE);
    }

    static Change<AnsweredLiveQuestion> answerLive(Question from, Act act, String session, String agency,
                                                   @Nullable String official, String summary, RolePolicy roles) {
        roles.require(Action.RECORD_LIVE_OUTCOME, act.actor());
        QuestionAnsweredLive event = new QuestionAnsweredLive(from.id(), act, session, agency, official, summary);
        return new Change<>(event, answeredLive(from, event));
    }

    private static AnsweredLiveQuestion answeredLive(Question from, QuestionAnsweredLive event) {
        require(from, Transition.ANSWER_LIVE);
        return new AnsweredLiveQuestion(from.id(), from.dossier(), new LiveAnswer(event.session(), event.agency(),
                event.official(), event.summary(), event.act().at()));
    }

    static Change<DeferredQuestion> defer(Question from, Act act, String session, String agency,
                                          @Nullable String official, LocalDate promisedBy, LocalDate noticeDue,
                                          RolePolicy roles) {
        roles.require(Action.RECORD_LIVE_OUTCOME, act.actor());
        QuestionDeferred event = new QuestionDeferred(from.id(), act, session, agency, official, promisedBy, noticeDue);
        return new Change<>(event, deferred(from, event));
    }

    private static DeferredQuestion deferred(Question from, QuestionDeferred event) {
        require(from, Transition.DEFER);
        return new DeferredQuestion(from.id(), from.dossier(), new Deferral(event.session(), event.agency(),
                event.official(), event.promisedBy(), event.noticeDue(), event.act().reason(), event.act().at()),
                List.of());
    }

    static Change<WithdrawnQuestion> withdraw(Question from, Act act, RolePolicy roles) {
        roles.require(Action.WITHDRAW, act.actor());
        QuestionWithdrawn event = new QuestionWithdrawn(from.id(), act);
        return new Change<>(event, withdrawn(from, event));
    }

    private static WithdrawnQuestion withdrawn(Question from, QuestionWithdrawn event) {
        require(from, Transition.WITHDRAW);
        return new WithdrawnQuestion(from, event.act().at());
    }

    static Change<LocallyHandledQuestion> handleLocally(Question from, Act act, String unit, String report,
                                                        RolePolicy roles) {
        roles.require(Action.HANDLE_LOCALLY, act.actor());
        String authority = act.actor().organisation();
        if (authority == null) {
            throw new ActionRefusedException(act.actor(), Action.HANDLE_LOCALLY,
                    "the actor acts for no organisation, so no authority settled the question");
        }
        QuestionHandledLocally event = new QuestionHandledLocally(from.id(), act, unit, authority, report);
        return new Change<>(event, handledLocally(from, event));
    }

    private static LocallyHandledQuestion handledLocally(Question from, QuestionHandledLocally event) {
        require(from, Transition.HANDLE_LOCALLY);
        return new LocallyHandledQuestion(from.id(), from.dossier(), new LocalSettlement(event.unit(),
                event.authority(), event.report(), event.act().at()));
    }
}
