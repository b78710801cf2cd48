package vn.dialogue.question;

import java.util.EnumSet;
import java.util.Set;

/** Where a question stands; the name of each {@link Question} state, and the transitions it allows. */
public enum QuestionStatus {
    /** Recorded at intake, not yet moderated. */
    RECEIVED("Đã tiếp nhận, chờ kiểm duyệt", "Received",
            Transition.ACCEPT, Transition.REJECT, Transition.WITHDRAW, Transition.HANDLE_LOCALLY),
    /** Accepted for the dialogue by the union's moderators. */
    ACCEPTED("Đã chấp nhận", "Accepted",
            Transition.MERGE, Transition.ROUTE, Transition.ANSWER_LIVE, Transition.DEFER, Transition.WITHDRAW,
            Transition.HANDLE_LOCALLY),
    /** Rejected by moderation, with a reason. */
    REJECTED("Không chấp nhận", "Rejected"),
    /** Merged into a compiled question, which is answered for it. */
    MERGED("Đã gộp vào câu hỏi tổng hợp", "Merged",
            Transition.WITHDRAW),
    /** Routed to a lead agency (and co-agencies) with an answer-preparation deadline. */
    ROUTED("Đã chuyển cơ quan chuẩn bị trả lời", "Routed",
            Transition.ROUTE, Transition.CONTRIBUTE, Transition.DRAFT, Transition.ANSWER_LIVE, Transition.DEFER,
            Transition.WITHDRAW, Transition.HANDLE_LOCALLY),
    /** The lead agency drafted an answer. */
    ANSWER_DRAFTED("Đã có dự thảo trả lời", "Answer drafted",
            Transition.CONTRIBUTE, Transition.DRAFT, Transition.ANSWER_LIVE, Transition.DEFER,
            Transition.WITHDRAW),
    /** Answered live at the session. */
    ANSWERED_LIVE("Đã trả lời trực tiếp tại hội nghị", "Answered live",
            Transition.CLOSE),
    /** Deferred at the session: an agency will answer in writing by a promised date. */
    DEFERRED("Hẹn trả lời bằng văn bản", "Deferred",
            Transition.NOTIFY_ASKER, Transition.RESOLVE_IN_WRITING, Transition.WITHDRAW),
    /** A deferred question answered in writing. */
    RESOLVED_IN_WRITING("Đã trả lời bằng văn bản", "Answered in writing",
            Transition.CLOSE),
    /** Closed after it was settled. */
    CLOSED("Đã kết thúc", "Closed"),
    /** Withdrawn by the asker before it was answered. */
    WITHDRAWN("Người hỏi rút lại", "Withdrawn"),
    /** Settled by a local authority within its own powers, and reported. */
    HANDLED_LOCALLY("Địa phương đã giải quyết", "Handled locally",
            Transition.CLOSE);

    private final Set<Transition> allowed;
    private final vn.dialogue.text.Bilingual label;

    QuestionStatus(String vi, String en, Transition... allowed) {
        this.label = vn.dialogue.text.Bilingual.of(vi, en);
        EnumSet<Transition> set = EnumSet.noneOf(Transition.class);
        set.addAll(java.util.List.of(allowed));
        this.allowed = java.util.Collections.unmodifiableSet(set);
    }

    /**
     * The transitions a question in this state allows.
     *
     * @return the transitions, empty for final states; unmodifiable, never null
     */
    public Set<Transition> allowed() {
        return allowed;
    }

    /**
     * Whether no transition leaves this state.
     *
     * @return true for a final state
     */
    public boolean isFinal() {
        return allowed.isEmpty();
    }

    /**
     * What the state is called where a person reads it.
     *
     * @return the name in Vietnamese and English; never null
     */
    public vn.dialogue.text.Bilingual label() {
        return label;
    }
}
