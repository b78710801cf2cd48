package vn.dialogue.participant;

import java.util.Objects;

/**
 * An invitation was asked to move in a way its state does not allow, e.g. to check in a delegate who declined.
 * Carries the state it was in and the action attempted.
 */
public final class InvitationTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The state the invitation was in; not serialised. */
    private final transient InvitationState from;
    /** What was attempted; never null. */
    private final InvitationAction attempted;

    /**
     * A refused move.
     *
     * @param from      the state the invitation was in
     * @param attempted what was attempted
     * @throws NullPointerException if an argument is null
     */
    public InvitationTransitionException(InvitationState from, InvitationAction attempted) {
        super("invitation " + Objects.requireNonNull(from, "from").details().id() + " is "
                + from.status() + " and cannot " + Objects.requireNonNull(attempted, "attempted"));
        this.from = from;
        this.attempted = attempted;
    }

    /**
     * The state the invitation was in.
     *
     * @return the state; null after deserialisation, as the state is not serialised
     */
    public InvitationState from() {
        return from;
    }

    /**
     * What was attempted.
     *
     * @return the action; never null
     */
    public InvitationAction attempted() {
        return attempted;
    }
}
