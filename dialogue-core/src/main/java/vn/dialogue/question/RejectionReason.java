package vn.dialogue.question;

/** Why moderation rejected a submission; the moderator adds an explanation in words. */
public enum RejectionReason {
    /** It fits none of the dialogue's topics. */
    OFF_TOPIC,
    /** It is outside what the dialogue can settle (a court case, another province's matter). */
    OUT_OF_SCOPE,
    /** It is abusive. */
    ABUSIVE,
    /** It cannot be understood or answered as it stands. */
    INCOMPLETE
}
