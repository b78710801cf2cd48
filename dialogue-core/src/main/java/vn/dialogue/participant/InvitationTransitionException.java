package vn.dialogue.participant;

import java.util.Objects;

/**
 * An invitation was asked to move in a way its state does not allow, e.g. to check in a delegate who declined.
 * Carries the state it was in and the action attempted.
 */
public final class InvitationTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient InvitationState from;
    private final InvitationAction attempted;

    public InvitationTransitionException(InvitationState from, InvitationAction attempted) {
        super("invitation " + Objects.requireNonNull(from, "from").details().id() + " is "
                + from.status() + " and cannot " + Objects.requireNonNull(attempted, "attempted"));
        this.from = from;
        this.attempted = attempted;
    }

    /** The state the invitation was in. */
    public InvitationState from() {
        return from;
    }

    /** What was attempted. */
    public InvitationAction attempted() {
        return attempted;
    }
}
