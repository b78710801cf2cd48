package vn.dialogue.participant;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.actor.Actor;
import vn.dialogue.deadline.Deadline;
import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * A move asked of one invitation in an {@link InvitationRegistry}, decided on the version the asker saw: if the
 * invitation moved on since, the registry refuses it with a {@code StaleVersionException}, never merges it.
 * Each record mirrors a move of {@link Invitation}. Immutable and thread-safe.
 */
public sealed interface InvitationCommand {

    /**
     * Id of the invitation.
     *
     * @return the invitation's key; never null
     */
    String invitation();

    /**
     * The version the command was decided on: the number of events the invitation had then.
     *
     * @return the version, from 1
     */
    long expectedVersion();

    /**
     * Who asks.
     *
     * @return the actor; never null
     */
    Actor actor();

    /**
     * When the move happens.
     *
     * @return the instant; never null
     */
    Instant at();

    /**
     * What the command attempts, as a refusal names it.
     *
     * @return the action; never null
     */
    InvitationAction action();

    /**
     * Sends a drafted invitation; {@code reference} is the letter's number, or null.
     *
     * @param invitation      id of the invitation
     * @param expectedVersion the version the command was decided on, from 1
     * @param reference       the letter's number, or null; put in NFC
     * @param actor           who asks
     * @param at              when
     */
    record Send(String invitation, long expectedVersion, @Nullable String reference, Actor actor, Instant at)
            implements InvitationCommand {
        /**
         * Checks the fields and puts the text in NFC.
         *
         * @param invitation      id of the invitation
         * @param expectedVersion the version the command was decided on, from 1
         * @param reference       the letter's number, or null; put in NFC
         * @param actor           who asks
         * @param at              when
         * @throws NullPointerException     if {@code invitation}, {@code actor} or {@code at} is null
         * @throws IllegalArgumentException if {@code invitation} is not a valid key or {@code expectedVersion} is
         *                                  below 1
         */
        public Send {
            invitation = checked(invitation, expectedVersion, actor, at);
            reference = Nfc.normalize(reference);
        }

        @Override
        public InvitationAction action() {
            return InvitationAction.SEND;
        }
    }

    /**
     * A confirmation: by the invited person ({@code attendee} null or the invitee) or, for an organisation, naming
     * who comes.
     *
     * @param invitation      id of the invitation
     * @param expectedVersion the version the command was decided on, from 1
     * @param attendee        delegate id of who comes, or null for the invitee
     * @param actor           who asks
     * @param at              when
     */
    record Confirm(String invitation, long expectedVersion, @Nullable String attendee, Actor actor, Instant at)
            implements InvitationCommand {
        /**
         * Checks the fields.
         *
         * @param invitation      id of the invitation
         * @param expectedVersion the version the command was decided on, from 1
         * @param attendee        delegate id of who comes, or null for the invitee
         * @param actor           who asks
         * @param at              when
         * @throws NullPointerException     if {@code invitation}, {@code actor} or {@code at} is null
         * @throws IllegalArgumentException if {@code invitation} is not a valid key or {@code expectedVersion} is
         *                                  below 1, or {@code attendee} is given and not a valid key
         */
        public Confirm {
            invitation = checked(invitation, expectedVersion, actor, at);
            attendee = Ids.optional(attendee, "attendee");
        }

        @Override
        public InvitationAction action() {
            return InvitationAction.CONFIRM;
        }
    }

    /**
     * A refusal, or a confirmation withdrawn; {@code reason} as written, or null.
     *
     * @param invitation      id of the invitation
     * @param expectedVersion the version the command was decided on, from 1
     * @param reason          the reason as written, or null; put in NFC
     * @param actor           who asks
     * @param at              when
     */
    record Decline(String invitation, long expectedVersion, @Nullable String reason, Actor actor, Instant at)
            implements InvitationCommand {
        /**
         * Checks the fields and puts the text in NFC.
         *
         * @param invitation      id of the invitation
         * @param expectedVersion the version the command was decided on, from 1
         * @param reason          the reason as written, or null; put in NFC
         * @param actor           who asks
         * @param at              when
         * @throws NullPointerException     if {@code invitation}, {@code actor} or {@code at} is null
         * @throws IllegalArgumentException if {@code invitation} is not a valid key or {@code expectedVersion} is
         *                                  below 1
         */
        public Decline {
            invitation = checked(invitation, expectedVersion, actor, at);
            reason = Nfc.normalize(reason);
        }

        @Override
        public InvitationAction action() {
            return InvitationAction.DECLINE;
        }
    }

    /**
     * {@code attendee} comes in the place of the person expected; {@code reason} as written, or null.
     *
     * @param invitation      id of the invitation
     * @param expectedVersion the version the command was decided on, from 1
     * @param attendee        delegate id of who comes instead
     * @param reason          the reason as written, or null; put in NFC
     * @param actor           who asks
     * @param at              when
     * @param attendeeName    the full name of who comes instead, as the reply gives it, or null (journals of 0.1 and
     *                        hosts that add the deputy to the delegate list only); put in NFC
     */
    record Substitute(String invitation, long expectedVersion, String attendee, @Nullable String reason, Actor actor,
                      Instant at, @Nullable String attendeeName) implements InvitationCommand {

        /**
         * A substitute named by delegate id only.
         *
         * @param invitation      id of the invitation
         * @param expectedVersion the version the command was decided on, from 1
         * @param attendee        delegate id of who comes instead
         * @param reason          the reason as written, or null
         * @param actor           who asks
         * @param at              when
         */
        public Substitute(String invitation, long expectedVersion, String attendee, @Nullable String reason,
                          Actor actor, Instant at) {
            this(invitation, expectedVersion, attendee, reason, actor, at, null);
        }

        /**
         * Checks the fields and puts the text in NFC.
         *
         * @param invitation      id of the invitation
         * @param expectedVersion the version the command was decided on, from 1
         * @param attendee        delegate id of who comes instead
         * @param reason          the reason as written, or null; put in NFC
         * @param actor           who asks
         * @param at              when
         * @throws NullPointerException     if {@code invitation}, {@code attendee}, {@code actor} or {@code at} is null
         * @throws IllegalArgumentException if {@code invitation} is not a valid key or {@code expectedVersion} is
         *                                  below 1, or {@code attendee} is not a valid key
         */
        public Substitute {
            invitation = checked(invitation, expectedVersion, actor, at);
            attendee = Ids.require(attendee, "attendee");
            reason = Nfc.normalize(reason);
            attendeeName = Nfc.normalize(attendeeName);
        }

        @Override
        public InvitationAction action() {
            return InvitationAction.SUBSTITUTE;
        }
    }

    /**
     * The reply deadline, resolved to {@code deadline}, passed without a reply.
     *
     * @param invitation      id of the invitation
     * @param expectedVersion the version the command was decided on, from 1
     * @param deadline        the resolved reply deadline that passed
     * @param actor           who asks
     * @param at              when
     */
    record Lapse(String invitation, long expectedVersion, Deadline deadline, Actor actor, Instant at)
            implements InvitationCommand {
        /**
         * Checks the fields.
         *
         * @param invitation      id of the invitation
         * @param expectedVersion the version the command was decided on, from 1
         * @param deadline        the resolved reply deadline that passed
         * @param actor           who asks
         * @param at              when
         * @throws NullPointerException     if {@code invitation}, {@code deadline}, {@code actor} or {@code at} is null
         * @throws IllegalArgumentException if {@code invitation} is not a valid key or {@code expectedVersion} is
         *                                  below 1
         */
        public Lapse {
            invitation = checked(invitation, expectedVersion, actor, at);
            Objects.requireNonNull(deadline, "deadline");
        }

        @Override
        public InvitationAction action() {
            return InvitationAction.LAPSE;
        }
    }

    /**
     * A check-in at {@code venue}: of the person expected ({@code attendee} null), or of {@code attendee}, who
     * must be the person expected unless no reply is on record.
     *
     * @param invitation      id of the invitation
     * @param expectedVersion the version the command was decided on, from 1
     * @param venue           id of the venue where they checked in
     * @param attendee        delegate id of who came, or null for the person expected
     * @param actor           who asks
     * @param at              when
     */
    record CheckIn(String invitation, long expectedVersion, String venue, @Nullable String attendee, Actor actor,
                   Instant at) implements InvitationCommand {
        /**
         * Checks the fields.
         *
         * @param invitation      id of the invitation
         * @param expectedVersion the version the command was decided on, from 1
         * @param venue           id of the venue where they checked in
         * @param attendee        delegate id of who came, or null for the person expected
         * @param actor           who asks
         * @param at              when
         * @throws NullPointerException     if {@code invitation}, {@code venue}, {@code actor} or {@code at} is null
         * @throws IllegalArgumentException if {@code invitation} is not a valid key or {@code expectedVersion} is
         *                                  below 1, or {@code venue} or {@code attendee} is not a valid key
         */
        public CheckIn {
            invitation = checked(invitation, expectedVersion, actor, at);
            venue = Ids.require(venue, "venue");
            attendee = Ids.optional(attendee, "attendee");
        }

        @Override
        public InvitationAction action() {
            return InvitationAction.CHECK_IN;
        }
    }

    /**
     * The person expected did not come.
     *
     * @param invitation      id of the invitation
     * @param expectedVersion the version the command was decided on, from 1
     * @param actor           who asks
     * @param at              when
     */
    record MarkAbsent(String invitation, long expectedVersion, Actor actor, Instant at) implements InvitationCommand {
        /**
         * Checks the fields.
         *
         * @param invitation      id of the invitation
         * @param expectedVersion the version the command was decided on, from 1
         * @param actor           who asks
         * @param at              when
         * @throws NullPointerException     if {@code invitation}, {@code actor} or {@code at} is null
         * @throws IllegalArgumentException if {@code invitation} is not a valid key or {@code expectedVersion} is
         *                                  below 1
         */
        public MarkAbsent {
            invitation = checked(invitation, expectedVersion, actor, at);
        }

        @Override
        public InvitationAction action() {
            return InvitationAction.MARK_ABSENT;
        }
    }

    /** The checks every command makes: returns the invitation id, normalised. */
    private static String checked(String invitation, long expectedVersion, Actor actor, Instant at) {
        String id = Ids.require(invitation, "invitation");
        if (expectedVersion < 1) {
            throw new IllegalArgumentException("invitation " + id + ": expected version must be at least 1, was "
                    + expectedVersion);
        }
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        return id;
    }
}
