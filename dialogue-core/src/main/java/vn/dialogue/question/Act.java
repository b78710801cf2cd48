package vn.dialogue.question;

import java.time.Instant;
import java.util.Objects;

import vn.dialogue.actor.Actor;
import vn.dialogue.text.Nfc;

/**
 * Who did something, when, and why: recorded with every event. Immutable and thread-safe.
 *
 * @param actor  who acted, in which role, for which organisation
 * @param at     when
 * @param reason why, in their words; may be empty for routine steps, never null
 */
public record Act(Actor actor, Instant at, String reason) {

    /** The longest reason accepted, in characters. */
    public static final int MAX_REASON = 4_000;

    /**
     * Checks the fields and puts the reason in NFC, trimmed.
     *
     * @param actor  who acted, in which role, for which organisation
     * @param at     when
     * @param reason why, in their words; may be empty for routine steps, never null
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the reason is longer than {@value #MAX_REASON} characters
     */
    public Act {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        reason = Nfc.of(Objects.requireNonNull(reason, "reason")).strip();
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason has " + reason.length() + " characters, the limit is "
                    + MAX_REASON);
        }
    }

    /**
     * An act with a reason.
     *
     * @param actor  who acted
     * @param at     when
     * @param reason why, in their words; may be empty
     * @return the act; never null
     * @throws IllegalArgumentException if the reason is too long
     */
    public static Act of(Actor actor, Instant at, String reason) {
        return new Act(actor, at, reason);
    }

    /**
     * An act with no reason given.
     *
     * @param actor who acted
     * @param at    when
     * @return the act, its reason empty; never null
     * @throws NullPointerException if an argument is null
     */
    public static Act of(Actor actor, Instant at) {
        return new Act(actor, at, "");
    }

    /** This act, checked to give a reason: {@code what} names the step in the error. */
    Act requireReason(String what) {
        if (reason.isEmpty()) {
            throw new IllegalArgumentException(what + " needs a reason");
        }
        return this;
    }
}
