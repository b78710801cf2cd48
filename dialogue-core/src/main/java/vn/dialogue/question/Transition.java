package vn.dialogue.question;

/** The moves a question can make; each {@link QuestionStatus} allows some of them. */
public enum Transition {
    ACCEPT, REJECT, MERGE, ROUTE, CONTRIBUTE, DRAFT, ANSWER_LIVE, DEFER, NOTIFY_ASKER, RESOLVE_IN_WRITING, CLOSE,
    WITHDRAW, HANDLE_LOCALLY
}
