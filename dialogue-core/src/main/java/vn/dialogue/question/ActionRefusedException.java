package vn.dialogue.question;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.actor.Actor;

/**
 * An actor tried something their role or organisation does not allow. Nothing was changed.
 */
public final class ActionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Who was refused; not serialised. */
    private final transient Actor actor;
    /** What they tried; never null. */
    private final Action action;

    ActionRefusedException(Actor actor, Action action, String why) {
        this(actor, action, "refused: " + describe(actor) + " may not " + action.description() + ": " + why, null);
    }

    private ActionRefusedException(Actor actor, Action action, String message, @Nullable ActionRefusedException cause) {
        super(message, cause);
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
    }

    /** The same refusal, its message prefixed with what it was about, e.g. "question q-000001". */
    ActionRefusedException about(String subject) {
        return new ActionRefusedException(actor, action, subject + ": " + getMessage(), this);
    }

    /**
     * Who was refused.
     *
     * @return the actor; null after deserialisation, as the actor is not serialised
     */
    public Actor actor() {
        return actor;
    }

    /**
     * What they tried.
     *
     * @return the action; never null
     */
    public Action action() {
        return action;
    }

    private static String describe(Actor actor) {
        return "actor " + actor.id() + " (role " + actor.role()
                + (actor.organisation() == null ? "" : ", organisation " + actor.organisation()) + ")";
    }
}
