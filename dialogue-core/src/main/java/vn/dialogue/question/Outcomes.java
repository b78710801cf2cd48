package vn.dialogue.question;

import java.util.Optional;

/** What happened to a question at and after the session, whatever state it has reached since. */
public final class Outcomes {

    private Outcomes() {
    }

    /**
     * The live answer, if it was answered live (also once closed).
     *
     * @param q the question, in any state
     * @return the live answer, or empty
     */
    public static Optional<LiveAnswer> liveAnswer(Question q) {
        if (q instanceof AnsweredLiveQuestion live) {
            return Optional.of(live.answer());
        }
        if (q instanceof ClosedQuestion closed) {
            return liveAnswer(closed.settled());
        }
        return Optional.empty();
    }

    /**
     * The deferral, if it was deferred (also once answered, closed or withdrawn).
     *
     * @param q the question, in any state
     * @return the deferral, or empty
     */
    public static Optional<Deferral> deferral(Question q) {
        if (q instanceof DeferredQuestion deferred) {
            return Optional.of(deferred.deferral());
        }
        if (q instanceof ResolvedQuestion resolved) {
            return Optional.of(resolved.deferral());
        }
        if (q instanceof ClosedQuestion closed) {
            return deferral(closed.settled());
        }
        if (q instanceof WithdrawnQuestion withdrawn) {
            return deferral(withdrawn.before());
        }
        return Optional.empty();
    }

    /**
     * The written answer to a deferred question, if sent (also once closed).
     *
     * @param q the question, in any state
     * @return the resolved question, or empty
     */
    public static Optional<ResolvedQuestion> resolution(Question q) {
        if (q instanceof ResolvedQuestion resolved) {
            return Optional.of(resolved);
        }
        if (q instanceof ClosedQuestion closed) {
            return resolution(closed.settled());
        }
        return Optional.empty();
    }

    /**
     * The routing, if it was routed and its answer is still being prepared or was drafted.
     *
     * @param q the question, in any state
     * @return the routing, or empty
     */
    public static Optional<Routing> routing(Question q) {
        if (q instanceof RoutedQuestion routed) {
            return Optional.of(routed.routing());
        }
        if (q instanceof DraftedQuestion drafted) {
            return Optional.of(drafted.routing());
        }
        if (q instanceof WithdrawnQuestion withdrawn) {
            return routing(withdrawn.before());
        }
        return Optional.empty();
    }

    /**
     * Whether a submission of the question was raised from the floor of the session.
     *
     * @param q the question, in any state
     * @return true if one of its originals came by {@link ChannelKind#FLOOR}
     */
    public static boolean fromFloor(Question q) {
        return q.dossier().originals().stream()
                .anyMatch(o -> o.submission().channel().kind() == ChannelKind.FLOOR);
    }
}
