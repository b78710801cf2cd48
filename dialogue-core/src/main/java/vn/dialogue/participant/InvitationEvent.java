package vn.dialogue.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.actor.Actor;
import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * Something that happened to an invitation, in the past tense, with who did it and when. An invitation's state
 * is the fold of its events ({@link Invitation#replay}). Immutable and thread-safe.
 */
public sealed interface InvitationEvent {

    /** Id of the invitation. */
    String invitation();

    /** Who did it. */
    Actor actor();

    /** When. */
    Instant at();

    /** The invitation was prepared. */
    record InvitationDrafted(InvitationDetails details, Actor actor, Instant at) implements InvitationEvent {
        public InvitationDrafted {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String invitation() {
            return details.id();
        }
    }

    /**
     * The invitation was sent.
     *
     * @param reference the letter's number and symbol ("Số: 125/GM-UBND") or another trace of sending, or null
     */
    record InvitationSent(String invitation, @Nullable String reference, Actor actor, Instant at)
            implements InvitationEvent {
        public InvitationSent {
            invitation = Ids.require(invitation, "invitation");
            reference = Nfc.normalize(reference);
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The invitee, or for an organisation the person it named, confirmed they will come.
     *
     * @param attendee id of the delegate who will come
     */
    record InvitationConfirmed(String invitation, String attendee, Actor actor, Instant at)
            implements InvitationEvent {
        public InvitationConfirmed {
            invitation = Ids.require(invitation, "invitation");
            attendee = Ids.require(attendee, "attendee");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The invitation was declined (or a confirmation withdrawn). */
    record InvitationDeclined(String invitation, @Nullable String reason, Actor actor, Instant at)
            implements InvitationEvent {
        public InvitationDeclined {
            invitation = Ids.require(invitation, "invitation");
            reason = Nfc.normalize(reason);
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Someone else will come in the place of the person expected: an organisation sends a deputy.
     *
     * @param replaced id of the delegate who was expected (the invitee or an earlier substitute)
     * @param attendee id of the delegate who will come instead
     * @param reason   why, as written ("bận công tác"), or null
     * @param attendeeName the full name of who comes instead, or null (events written before it was recorded)
     */
    record InvitationSubstituted(String invitation, String replaced, String attendee, @Nullable String reason,
                                 Actor actor, Instant at, @Nullable String attendeeName) implements InvitationEvent {

        /** A substitution naming the attendee by delegate id only. */
        public InvitationSubstituted(String invitation, String replaced, String attendee, @Nullable String reason,
                                     Actor actor, Instant at) {
            this(invitation, replaced, attendee, reason, actor, at, null);
        }

        /** The same substitution with the attendee's name, or unchanged when {@code name} is null. */
        public InvitationSubstituted named(@Nullable String name) {
            return name == null ? this : new InvitationSubstituted(invitation, replaced, attendee, reason, actor, at,
                    name);
        }

        public InvitationSubstituted {
            invitation = Ids.require(invitation, "invitation");
            replaced = Ids.require(replaced, "replaced");
            attendee = Ids.require(attendee, "attendee");
            if (replaced.equals(attendee)) {
                throw new IllegalArgumentException("a substitute must be someone other than " + replaced);
            }
            reason = Nfc.normalize(reason);
            attendeeName = Nfc.normalize(attendeeName);
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The reply deadline passed without a reply.
     *
     * @param lastDay the last day a reply was due
     */
    record ReplyDeadlinePassed(String invitation, LocalDate lastDay, Actor actor, Instant at)
            implements InvitationEvent {
        public ReplyDeadlinePassed {
            invitation = Ids.require(invitation, "invitation");
            Objects.requireNonNull(lastDay, "lastDay");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The delegate checked in.
     *
     * @param attendee id of the delegate who came
     * @param venue    id of the venue where they checked in (the main hall or a bridge point)
     */
    record DelegateCheckedIn(String invitation, String attendee, String venue, Actor actor, Instant at)
            implements InvitationEvent {
        public DelegateCheckedIn {
            invitation = Ids.require(invitation, "invitation");
            attendee = Ids.require(attendee, "attendee");
            venue = Ids.require(venue, "venue");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The delegate expected did not come.
     *
     * @param expected id of the delegate who was expected, or null when nobody was named
     */
    record DelegateMarkedAbsent(String invitation, @Nullable String expected, Actor actor, Instant at)
            implements InvitationEvent {
        public DelegateMarkedAbsent {
            invitation = Ids.require(invitation, "invitation");
            expected = Ids.optional(expected, "expected");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }
    }
}
