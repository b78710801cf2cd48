package vn.dialogue.question;

/** How a submission reached the dialogue. */
public enum ChannelKind {
    /** Forwarded by a branch of the union (women's, youth, farmers') at some administrative level. */
    UNION_BRANCH,
    /** A web portal (the province's, a district's or commune's). */
    WEB_PORTAL,
    /** Raised on the floor of the session, at the main venue or a bridge point. */
    FLOOR,
    /** A telephone hotline. */
    HOTLINE,
    /** Email. */
    EMAIL,
    /** A paper letter or form. */
    PAPER
}
