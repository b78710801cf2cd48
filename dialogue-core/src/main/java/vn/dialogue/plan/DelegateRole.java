package vn.dialogue.plan;

/** The part a delegate plays in the session. */
public enum DelegateRole {
    /** Presides and answers: the chair of the People's Committee ("chủ trì"). */
    CHAIR,
    /**
     * Chairs beside the chair ("đồng chủ trì"): in a joint dialogue, the president of the association that issues
     * the plan with the People's Committee; in a commune dialogue, the People's Council's representative.
     */
    CO_CHAIR,
    /** Sits at the presidium beside the chair. */
    PRESIDING,
    /** Leaders of agencies who answer questions. */
    ANSWERING,
    /** Invited leaders and guests. */
    INVITED,
    /** The people in dialogue with the chair: women, youth, farmers... */
    PARTICIPANT,
    /** Reporters. */
    PRESS,
    /** Master of ceremonies ("người dẫn chương trình"). */
    MASTER_OF_CEREMONIES,
    /** Secretariat and serving staff. */
    SECRETARIAT
}
