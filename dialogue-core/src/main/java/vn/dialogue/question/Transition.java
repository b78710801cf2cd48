package vn.dialogue.question;

/** The moves a question can make; each {@link QuestionStatus} allows some of them. */
public enum Transition {
    /** Accept a received submission for the dialogue. */
    ACCEPT,
    /** Reject a received submission, with a reason. */
    REJECT,
    /** Merge an accepted question into a compiled one. */
    MERGE,
    /** Route a question to a lead agency and co-agencies with an answer deadline. */
    ROUTE,
    /** Add a co-agency's contribution to the answer being prepared. */
    CONTRIBUTE,
    /** Draft the answer. */
    DRAFT,
    /** Record that it was answered live at the session. */
    ANSWER_LIVE,
    /** Record that it was deferred, to be answered in writing. */
    DEFER,
    /** Record that the asker was told of the deferral. */
    NOTIFY_ASKER,
    /** Answer a deferred question in writing. */
    RESOLVE_IN_WRITING,
    /** Close a settled question. */
    CLOSE,
    /** Record that the asker withdrew it. */
    WITHDRAW,
    /** Record that a local authority settled it within its own powers. */
    HANDLE_LOCALLY
}
