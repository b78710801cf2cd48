package vn.dialogue.question;

import java.util.EnumSet;
import java.util.Set;

/** Where a question stands; the name of each {@link Question} state, and the transitions it allows. */
public enum QuestionStatus {
    /** Recorded at intake, not yet moderated. */
    RECEIVED(Transition.ACCEPT, Transition.REJECT, Transition.WITHDRAW, Transition.HANDLE_LOCALLY),
    /** Accepted for the dialogue by the union's moderators. */
    ACCEPTED(Transition.MERGE, Transition.ROUTE, Transition.ANSWER_LIVE, Transition.DEFER, Transition.WITHDRAW,
            Transition.HANDLE_LOCALLY),
    /** Rejected by moderation, with a reason. */
    REJECTED,
    /** Merged into a compiled question, which is answered for it. */
    MERGED(Transition.WITHDRAW),
    /** Routed to a lead agency (and co-agencies) with an answer-preparation deadline. */
    ROUTED(Transition.ROUTE, Transition.CONTRIBUTE, Transition.DRAFT, Transition.ANSWER_LIVE, Transition.DEFER,
            Transition.WITHDRAW, Transition.HANDLE_LOCALLY),
    /** The lead agency drafted an answer. */
    ANSWER_DRAFTED(Transition.CONTRIBUTE, Transition.DRAFT, Transition.ANSWER_LIVE, Transition.DEFER,
            Transition.WITHDRAW),
    /** Answered live at the session. */
    ANSWERED_LIVE(Transition.CLOSE),
    /** Deferred at the session: an agency will answer in writing by a promised date. */
    DEFERRED(Transition.NOTIFY_ASKER, Transition.RESOLVE_IN_WRITING, Transition.WITHDRAW),
    /** A deferred question answered in writing. */
    RESOLVED_IN_WRITING(Transition.CLOSE),
    /** Closed after it was settled. */
    CLOSED,
    /** Withdrawn by the asker before it was answered. */
    WITHDRAWN,
    /** Settled by a local authority within its own powers, and reported. */
    HANDLED_LOCALLY(Transition.CLOSE);

    private final Set<Transition> allowed;

    QuestionStatus(Transition... allowed) {
        EnumSet<Transition> set = EnumSet.noneOf(Transition.class);
        set.addAll(java.util.List.of(allowed));
        this.allowed = java.util.Collections.unmodifiableSet(set);
    }

    /** The transitions a question in this state allows; empty for final states. */
    public Set<Transition> allowed() {
        return allowed;
    }

    /** True if no transition leaves this state. */
    public boolean isFinal() {
        return allowed.isEmpty();
    }
}
