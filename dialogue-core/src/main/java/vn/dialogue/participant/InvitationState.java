package vn.dialogue.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.dialogue.actor.Actor;
import vn.dialogue.deadline.Deadline;
import vn.dialogue.organisation.Ids;
import vn.dialogue.participant.InvitationEvent.DelegateCheckedIn;
import vn.dialogue.participant.InvitationEvent.DelegateMarkedAbsent;
import vn.dialogue.participant.InvitationEvent.InvitationConfirmed;
import vn.dialogue.participant.InvitationEvent.InvitationDeclined;
import vn.dialogue.participant.InvitationEvent.InvitationSent;
import vn.dialogue.participant.InvitationEvent.InvitationSubstituted;
import vn.dialogue.participant.InvitationEvent.ReplyDeadlinePassed;
import vn.dialogue.text.Nfc;

/**
 * Where an invitation stands. Each state offers only the moves it allows, as methods that return the event the
 * move makes; {@link Invitation} records the event and folds it into the next state.
 *
 * <pre>
 * Drafted --send--> Sent --confirm--> Confirmed --checkIn--> Attended
 *                   Sent --decline--> Declined        Confirmed --markAbsent--> Absent
 *                   Sent --substitute--> Substituted  Confirmed --substitute / decline--> ...
 *                   Sent --lapse (reply deadline passed)--> Unanswered --confirm / decline / substitute / checkIn / markAbsent--> ...
 * </pre>
 *
 * A substitution keeps who was invited (in the details) and who comes instead. Declined, Attended and Absent are
 * final. Immutable and thread-safe.
 */
public sealed interface InvitationState {

    /** What the invitation says. */
    InvitationDetails details();

    /** The state as a status. */
    InvitationStatus status();

    /** The delegate expected to come (or who came), when known. */
    Optional<String> expectedAttendee();

    /** Prepared, not yet sent. */
    record Drafted(InvitationDetails details) implements InvitationState {
        public Drafted {
            Objects.requireNonNull(details, "details");
        }

        /** Sends it; {@code reference} is the letter's number or another trace, or null. */
        public InvitationSent send(Actor actor, Instant at, @Nullable String reference) {
            return new InvitationSent(details.id(), reference, actor, at);
        }

        @Override
        public InvitationStatus status() {
            return InvitationStatus.DRAFTED;
        }

        @Override
        public Optional<String> expectedAttendee() {
            return details.invitee();
        }
    }

    /** Sent; no reply yet. */
    record Sent(InvitationDetails details, Instant sentAt, @Nullable String reference) implements InvitationState {
        public Sent {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(sentAt, "sentAt");
            reference = Nfc.normalize(reference);
        }

        /**
         * The invited person confirms.
         *
         * @throws IllegalArgumentException if the invitation is to an organisation: it must name who comes
         */
        public InvitationConfirmed confirm(Actor actor, Instant at) {
            return InvitationReplies.confirm(details, null, actor, at);
        }

        /**
         * The invitee confirms, or the organisation names who comes.
         *
         * @throws IllegalArgumentException if the invitation names a person and {@code attendee} is someone else:
         *                                  that is a substitution
         */
        public InvitationConfirmed confirm(Actor actor, Instant at, String attendee) {
            return InvitationReplies.confirm(details, attendee, actor, at);
        }

        public InvitationDeclined decline(Actor actor, Instant at, @Nullable String reason) {
            return new InvitationDeclined(details.id(), reason, actor, at);
        }

        /**
         * Someone comes in the invited person's place.
         *
         * @throws IllegalArgumentException if the invitation is to an organisation (it names who comes when it
         *                                  confirms), or the substitute is the invitee
         */
        public InvitationSubstituted substitute(Actor actor, Instant at, String attendee, @Nullable String reason) {
            String invitee = details.invitee().orElseThrow(() -> new IllegalArgumentException("invitation "
                    + details.id() + " is to an organisation: name who comes with confirm(actor, at, attendee)"));
            return new InvitationSubstituted(details.id(), invitee, attendee, reason, actor, at);
        }

        /**
         * Records that the reply deadline passed without a reply.
         *
         * @param deadline the invitation's reply deadline, resolved
         * @param at       when this is recorded: on or after the deadline has passed
         * @throws IllegalArgumentException if the invitation has another deadline or none, or {@code at} is before
         *                                  the deadline passes
         */
        public ReplyDeadlinePassed lapse(Deadline deadline, Actor actor, Instant at) {
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(at, "at");
            if (details.replyBy() == null || !details.replyBy().equals(deadline.rule())) {
                throw new IllegalArgumentException("invitation " + details.id()
                        + ": the deadline given is not its reply deadline");
            }
            if (at.isBefore(deadline.dueAt())) {
                throw new IllegalArgumentException("invitation " + details.id() + ": the reply deadline passes at "
                        + deadline.dueAt() + ", not yet at " + at);
            }
            return new ReplyDeadlinePassed(details.id(), deadline.lastDay(), actor, at);
        }

        @Override
        public InvitationStatus status() {
            return InvitationStatus.SENT;
        }

        @Override
        public Optional<String> expectedAttendee() {
            return details.invitee();
        }
    }

    /** Someone will come: the invitee, or the person the organisation named. */
    record Confirmed(InvitationDetails details, String attendee, Instant confirmedAt) implements InvitationState {
        public Confirmed {
            Objects.requireNonNull(details, "details");
            attendee = Ids.require(attendee, "attendee");
            Objects.requireNonNull(confirmedAt, "confirmedAt");
        }

        /** Someone else comes instead of {@link #attendee()}. */
        public InvitationSubstituted substitute(Actor actor, Instant at, String substitute, @Nullable String reason) {
            return new InvitationSubstituted(details.id(), attendee, substitute, reason, actor, at);
        }

        /** The confirmation is withdrawn. */
        public InvitationDeclined decline(Actor actor, Instant at, @Nullable String reason) {
            return new InvitationDeclined(details.id(), reason, actor, at);
        }

        /** {@link #attendee()} checks in at {@code venue}. */
        public DelegateCheckedIn checkIn(Actor actor, Instant at, String venue) {
            return new DelegateCheckedIn(details.id(), attendee, venue, actor, at);
        }

        public DelegateMarkedAbsent markAbsent(Actor actor, Instant at) {
            return new DelegateMarkedAbsent(details.id(), attendee, actor, at);
        }

        @Override
        public InvitationStatus status() {
            return InvitationStatus.CONFIRMED;
        }

        @Override
        public Optional<String> expectedAttendee() {
            return Optional.of(attendee);
        }
    }

    /**
     * Someone comes in another's place.
     *
     * @param replaced the delegate who was expected before
     * @param attendee the delegate who comes instead
     * @param reason   why, as written, or null
     * @param attendeeName the full name of who comes instead, when the reply gave it, or null
     */
    record Substituted(InvitationDetails details, String replaced, String attendee, @Nullable String reason,
                       @Nullable String attendeeName) implements InvitationState {
        public Substituted {
            Objects.requireNonNull(details, "details");
            replaced = Ids.require(replaced, "replaced");
            attendee = Ids.require(attendee, "attendee");
            reason = Nfc.normalize(reason);
            attendeeName = Nfc.normalize(attendeeName);
        }

        /** A substitute known by delegate id only. */
        public Substituted(InvitationDetails details, String replaced, String attendee, @Nullable String reason) {
            this(details, replaced, attendee, reason, null);
        }

        /** Someone else again comes instead of {@link #attendee()}. */
        public InvitationSubstituted substitute(Actor actor, Instant at, String substitute, @Nullable String why) {
            return new InvitationSubstituted(details.id(), attendee, substitute, why, actor, at);
        }

        public InvitationDeclined decline(Actor actor, Instant at, @Nullable String why) {
            return new InvitationDeclined(details.id(), why, actor, at);
        }

        public DelegateCheckedIn checkIn(Actor actor, Instant at, String venue) {
            return new DelegateCheckedIn(details.id(), attendee, venue, actor, at);
        }

        public DelegateMarkedAbsent markAbsent(Actor actor, Instant at) {
            return new DelegateMarkedAbsent(details.id(), attendee, actor, at);
        }

        @Override
        public InvitationStatus status() {
            return InvitationStatus.SUBSTITUTED;
        }

        @Override
        public Optional<String> expectedAttendee() {
            return Optional.of(attendee);
        }
    }

    /** No reply came by the reply deadline; a late reply or a walk-in is still possible. */
    record Unanswered(InvitationDetails details, LocalDate lastDay) implements InvitationState {
        public Unanswered {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(lastDay, "lastDay");
        }

        /** A late confirmation by the invited person. */
        public InvitationConfirmed confirm(Actor actor, Instant at) {
            return InvitationReplies.confirm(details, null, actor, at);
        }

        /** A late confirmation naming who comes. */
        public InvitationConfirmed confirm(Actor actor, Instant at, String attendee) {
            return InvitationReplies.confirm(details, attendee, actor, at);
        }

        public InvitationDeclined decline(Actor actor, Instant at, @Nullable String reason) {
            return new InvitationDeclined(details.id(), reason, actor, at);
        }

        /** A late reply sending someone in the invited person's place. */
        public InvitationSubstituted substitute(Actor actor, Instant at, String attendee, @Nullable String reason) {
            String invitee = details.invitee().orElseThrow(() -> new IllegalArgumentException("invitation "
                    + details.id() + " is to an organisation: name who comes with confirm(actor, at, attendee)"));
            return new InvitationSubstituted(details.id(), invitee, attendee, reason, actor, at);
        }

        /** Someone comes without having replied: {@code attendee} checks in at {@code venue}. */
        public DelegateCheckedIn checkIn(Actor actor, Instant at, String venue, String attendee) {
            return new DelegateCheckedIn(details.id(), attendee, venue, actor, at);
        }

        public DelegateMarkedAbsent markAbsent(Actor actor, Instant at) {
            return new DelegateMarkedAbsent(details.id(), details.invitee().orElse(null), actor, at);
        }

        @Override
        public InvitationStatus status() {
            return InvitationStatus.UNANSWERED;
        }

        @Override
        public Optional<String> expectedAttendee() {
            return details.invitee();
        }
    }

    /** Declined, or a confirmation withdrawn. Final. */
    record Declined(InvitationDetails details, @Nullable String reason) implements InvitationState {
        public Declined {
            Objects.requireNonNull(details, "details");
            reason = Nfc.normalize(reason);
        }

        @Override
        public InvitationStatus status() {
            return InvitationStatus.DECLINED;
        }

        @Override
        public Optional<String> expectedAttendee() {
            return Optional.empty();
        }
    }

    /** Checked in. Final. */
    record Attended(InvitationDetails details, String attendee, String venue, Instant checkedInAt)
            implements InvitationState {
        public Attended {
            Objects.requireNonNull(details, "details");
            attendee = Ids.require(attendee, "attendee");
            venue = Ids.require(venue, "venue");
            Objects.requireNonNull(checkedInAt, "checkedInAt");
        }

        /** True when someone other than the person invited came (a substitute, or for an organisation). */
        public boolean cameInPlaceOfInvitee() {
            return details.invitee().map(i -> !i.equals(attendee)).orElse(false);
        }

        @Override
        public InvitationStatus status() {
            return InvitationStatus.ATTENDED;
        }

        @Override
        public Optional<String> expectedAttendee() {
            return Optional.of(attendee);
        }
    }

    /** Expected and did not come. Final. */
    record Absent(InvitationDetails details, @Nullable String expected) implements InvitationState {
        public Absent {
            Objects.requireNonNull(details, "details");
            expected = Ids.optional(expected, "expected");
        }

        @Override
        public InvitationStatus status() {
            return InvitationStatus.ABSENT;
        }

        @Override
        public Optional<String> expectedAttendee() {
            return Optional.ofNullable(expected);
        }
    }
}
