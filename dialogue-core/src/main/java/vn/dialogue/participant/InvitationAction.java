package vn.dialogue.participant;

/** What someone tried to do to an invitation; carried by {@link InvitationTransitionException#attempted()}. */
public enum InvitationAction {
    /** Send a drafted invitation. */
    SEND,
    /** Confirm attendance, or name who comes. */
    CONFIRM,
    /** Decline, or withdraw a confirmation. */
    DECLINE,
    /** Record that someone else comes in the place of the person expected. */
    SUBSTITUTE,
    /** Record that the reply deadline passed with no reply. */
    LAPSE,
    /** Check the attendee in at a venue. */
    CHECK_IN,
    /** Record that the person expected did not come. */
    MARK_ABSENT
}
