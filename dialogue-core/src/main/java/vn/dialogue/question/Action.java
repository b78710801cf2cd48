package vn.dialogue.question;

/** What an actor may be allowed to do; a {@link RolePolicy} says which roles may do each. */
public enum Action {
    /** Record a submission (intake), including a question raised from the floor. */
    RECEIVE("record a submission"),
    /** Accept or reject a submission for the dialogue. */
    MODERATE("moderate submissions"),
    /** Merge similar questions into a compiled question. */
    COMPILE("compile similar questions"),
    /** Route a question to a lead agency and co-agencies with an answer deadline. */
    ROUTE("route questions to agencies"),
    /** Add a co-agency's contribution to an answer (the actor's organisation must be a co-agency). */
    CONTRIBUTE("contribute to an answer"),
    /** Draft the answer (the actor's organisation must be the lead agency). */
    DRAFT("draft an answer"),
    /** Record at the session that a question was answered live or deferred. */
    RECORD_LIVE_OUTCOME("record live outcomes"),
    /** Record that an asker was told of a deferral. */
    NOTIFY_ASKER("record notices to askers"),
    /** Answer a deferred question in writing (the actor's organisation must be the responsible agency). */
    ANSWER_IN_WRITING("answer deferred questions in writing"),
    /** Close a settled question. */
    CLOSE("close questions"),
    /** Record that an asker withdrew their question. */
    WITHDRAW("record withdrawals"),
    /** Record that a local authority settled a question within its own powers. */
    HANDLE_LOCALLY("record local settlements"),
    /** Record the chair's conclusions and assign their tasks. */
    RECORD_CONCLUSIONS("record the chair's conclusions"),
    /** Report a conclusion task done (the actor's organisation must be the task's agency). */
    REPORT_TASK("report conclusion tasks done"),
    /**
     * Erase an asker's personal data on their request (Luật 91/2025/QH15): their identity is replaced by a
     * pseudonym in every state and in the journal, the question and its history kept.
     */
    ERASE_ASKER("erase askers' personal data"),
    /** Draft an invitation. */
    DRAFT_INVITATION("draft invitations"),
    /** Send an invitation. */
    SEND_INVITATION("send invitations"),
    /** Record an invitee's reply: a confirmation, a refusal, a substitute, or no reply by the deadline. */
    RECORD_REPLY("record replies to invitations"),
    /** Check a delegate in at a venue, or mark them absent. */
    CHECK_IN("check delegates in");

    private final String description;

    Action(String description) {
        this.description = description;
    }

    /**
     * What the action is, in words, for refusals.
     *
     * @return e.g. "draft an answer"; never null
     */
    public String description() {
        return description;
    }
}
