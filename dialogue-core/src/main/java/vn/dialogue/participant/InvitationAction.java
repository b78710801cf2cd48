package vn.dialogue.participant;

/** What someone tried to do to an invitation; carried by {@link InvitationTransitionException#attempted()}. */
public enum InvitationAction {
    SEND, CONFIRM, DECLINE, SUBSTITUTE, LAPSE, CHECK_IN, MARK_ABSENT
}
