package vn.dialogue.participant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.dialogue.actor.Actor;
import vn.dialogue.deadline.Deadline;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.participant.InvitationEvent.DelegateCheckedIn;
import vn.dialogue.participant.InvitationEvent.DelegateMarkedAbsent;
import vn.dialogue.participant.InvitationEvent.InvitationConfirmed;
import vn.dialogue.participant.InvitationEvent.InvitationDeclined;
import vn.dialogue.participant.InvitationEvent.InvitationDrafted;
import vn.dialogue.participant.InvitationEvent.InvitationSent;
import vn.dialogue.participant.InvitationEvent.InvitationSubstituted;
import vn.dialogue.participant.InvitationEvent.ReplyDeadlinePassed;
import vn.dialogue.participant.InvitationState.Absent;
import vn.dialogue.participant.InvitationState.Attended;
import vn.dialogue.participant.InvitationState.Confirmed;
import vn.dialogue.participant.InvitationState.Declined;
import vn.dialogue.participant.InvitationState.Drafted;
import vn.dialogue.participant.InvitationState.Sent;
import vn.dialogue.participant.InvitationState.Substituted;
import vn.dialogue.participant.InvitationState.Unanswered;

/**
 * An invitation with its history: the current {@link InvitationState} and every {@link InvitationEvent} that
 * led to it, oldest first. Each move returns a new invitation with one more event; a move the state does not
 * allow throws {@link InvitationTransitionException} naming the state and the move. Events must not go back in
 * time. The state is always the fold of the events: {@code replay(events())} gives an equal invitation.
 *
 * <p>Where the state's type is known, its own methods ({@link Sent#confirm}...) say at compile time which moves
 * exist; this class offers every move and checks at run time. Immutable and thread-safe.
 */
public final class Invitation {

    private final InvitationState state;
    private final List<InvitationEvent> events;

    private Invitation(InvitationState state, List<InvitationEvent> events) {
        this.state = state;
        this.events = List.copyOf(events);
    }

    /**
     * A new invitation, drafted by {@code actor} at {@code at}: state DRAFTED, version 1.
     *
     * @param details what the invitation says
     * @param actor   who drafts it
     * @param at      when it is drafted
     * @return the drafted invitation; never null
     * @throws NullPointerException if an argument is null
     */
    public static Invitation draft(InvitationDetails details, Actor actor, Instant at) {
        InvitationDrafted drafted = new InvitationDrafted(details, actor, at);
        return new Invitation(new Drafted(details), List.of(drafted));
    }

    /**
     * The invitation these events describe.
     *
     * @param events the invitation's events, oldest first, starting with its {@link InvitationDrafted}
     * @return the invitation after the last event; never null
     * @throws NullPointerException           if {@code events} is null
     * @throws IllegalArgumentException       if the list is empty, does not start with {@link InvitationDrafted},
     *                                        mixes invitations or goes back in time
     * @throws InvitationTransitionException if an event is not a move its state allows
     */
    public static Invitation replay(List<? extends InvitationEvent> events) {
        Objects.requireNonNull(events, "events");
        if (events.isEmpty() || !(events.get(0) instanceof InvitationDrafted first)) {
            throw new IllegalArgumentException("an invitation's events start with InvitationDrafted");
        }
        Invitation invitation = draft(first.details(), first.actor(), first.at());
        for (InvitationEvent e : events.subList(1, events.size())) {
            invitation = invitation.record(e);
        }
        return invitation;
    }

    /**
     * Where the invitation stands, with what each move recorded.
     *
     * @return the current state; never null
     */
    public InvitationState state() {
        return state;
    }

    /**
     * Every event, oldest first.
     *
     * @return the events, the first an {@link InvitationDrafted}; unmodifiable, never null
     */
    public List<InvitationEvent> events() {
        return events;
    }

    /**
     * What the invitation says.
     *
     * @return the details it was drafted with; never null
     */
    public InvitationDetails details() {
        return state.details();
    }

    /**
     * The invitation's key.
     *
     * @return {@code details().id()}; never null
     */
    public String id() {
        return state.details().id();
    }

    /**
     * Where the invitation stands, as a status.
     *
     * @return the current state's status; never null
     */
    public InvitationStatus status() {
        return state.status();
    }

    /**
     * The invitation's version: the number of its events, from 1 when drafted. An {@link InvitationRegistry}
     * refuses a command decided on another version.
     *
     * @return the number of events, 1 or more
     */
    public long version() {
        return events.size();
    }

    /**
     * Sends it. Allowed from DRAFTED.
     *
     * @param actor who records it
     * @param at    when it happened, not before the last event
     * @param reference the letter's number or another trace of the sending, or null
     * @return the invitation with the move recorded; never null
     * @throws InvitationTransitionException if the current state does not allow it
     */
    public Invitation send(Actor actor, Instant at, @Nullable String reference) {
        if (state instanceof Drafted s) {
            return record(s.send(actor, at, reference));
        }
        throw new InvitationTransitionException(state, InvitationAction.SEND);
    }

    /**
     * The invited person confirms. Allowed from SENT and UNANSWERED, for an invitation to a person.
     *
     * @param actor who records it
     * @param at    when it happened, not before the last event
     * @return the invitation with the move recorded; never null
     * @throws InvitationTransitionException if the current state does not allow it
     */
    public Invitation confirm(Actor actor, Instant at) {
        if (state instanceof Sent s) {
            return record(s.confirm(actor, at));
        }
        if (state instanceof Unanswered s) {
            return record(s.confirm(actor, at));
        }
        throw new InvitationTransitionException(state, InvitationAction.CONFIRM);
    }

    /**
     * The invitee confirms, or the organisation names who comes. Allowed from SENT and UNANSWERED.
     *
     * @param actor who records it
     * @param at    when it happened, not before the last event
     * @param attendee the delegate id of who comes
     * @return the invitation with the move recorded; never null
     * @throws InvitationTransitionException if the current state does not allow it
     */
    public Invitation confirm(Actor actor, Instant at, String attendee) {
        if (state instanceof Sent s) {
            return record(s.confirm(actor, at, attendee));
        }
        if (state instanceof Unanswered s) {
            return record(s.confirm(actor, at, attendee));
        }
        throw new InvitationTransitionException(state, InvitationAction.CONFIRM);
    }

    /**
     * Declined, or a confirmation withdrawn. Allowed from SENT, UNANSWERED, CONFIRMED and SUBSTITUTED.
     *
     * @param actor who records it
     * @param at    when it happened, not before the last event
     * @param reason the reason given, or null
     * @return the invitation with the move recorded; never null
     * @throws InvitationTransitionException if the current state does not allow it
     */
    public Invitation decline(Actor actor, Instant at, @Nullable String reason) {
        if (state instanceof Sent s) {
            return record(s.decline(actor, at, reason));
        }
        if (state instanceof Unanswered s) {
            return record(s.decline(actor, at, reason));
        }
        if (state instanceof Confirmed s) {
            return record(s.decline(actor, at, reason));
        }
        if (state instanceof Substituted s) {
            return record(s.decline(actor, at, reason));
        }
        throw new InvitationTransitionException(state, InvitationAction.DECLINE);
    }

    /**
     * {@code attendee} comes in the place of the person expected. Allowed from SENT and UNANSWERED (for an
     * invitation to a person), CONFIRMED and SUBSTITUTED.
     *
     * @param actor who records it
     * @param at    when it happened, not before the last event
     * @param attendee the delegate id of who comes instead
     * @param reason   the reason given, or null
     * @return the invitation with the move recorded; never null
     * @throws InvitationTransitionException if the current state does not allow it
     */
    public Invitation substitute(Actor actor, Instant at, String attendee, @Nullable String reason) {
        return substitute(actor, at, attendee, reason, null);
    }

    /**
     * {@code attendee}, named {@code attendeeName}, comes in the place of the person expected: a deputy is a person,
     * so the documents can name them even before they are added to the delegate list. Allowed as
     * {@link #substitute(Actor, Instant, String, String)}.
     *
     * @param actor who records it
     * @param at    when it happened, not before the last event
     * @param attendee the delegate id of who comes instead
     * @param reason   the reason given, or null
     * @param attendeeName the full name of who comes instead, or null
     * @return the invitation with the move recorded; never null
     * @throws InvitationTransitionException if the current state does not allow it
     */
    public Invitation substitute(Actor actor, Instant at, String attendee, @Nullable String reason,
                                 @Nullable String attendeeName) {
        if (state instanceof Sent s) {
            return record(s.substitute(actor, at, attendee, reason).named(attendeeName));
        }
        if (state instanceof Unanswered s) {
            return record(s.substitute(actor, at, attendee, reason).named(attendeeName));
        }
        if (state instanceof Confirmed s) {
            return record(s.substitute(actor, at, attendee, reason).named(attendeeName));
        }
        if (state instanceof Substituted s) {
            return record(s.substitute(actor, at, attendee, reason).named(attendeeName));
        }
        throw new InvitationTransitionException(state, InvitationAction.SUBSTITUTE);
    }

    /**
     * Records that the reply deadline passed. Allowed from SENT; see {@link Sent#lapse}.
     *
     * @param deadline the reply deadline that passed
     * @param actor who records it
     * @param at    when it happened, not before the last event
     * @return the invitation with the move recorded; never null
     * @throws InvitationTransitionException if the current state does not allow it
     */
    public Invitation lapse(Deadline deadline, Actor actor, Instant at) {
        if (state instanceof Sent s) {
            return record(s.lapse(deadline, actor, at));
        }
        throw new InvitationTransitionException(state, InvitationAction.LAPSE);
    }

    /**
     * Records that the reply deadline passed if the invitation is SENT, asks for a reply, and its deadline (resolved
     * against {@code context}) has passed at {@code now}; otherwise returns this invitation unchanged.
     *
     * @param context resolves the reply deadline
     * @param actor   who records the lapse
     * @param now     the instant to judge the deadline at, recorded as the lapse's time
     * @return the lapsed invitation, or this one; never null
     * @throws NullPointerException if {@code context} or {@code now} is null
     */
    public Invitation lapseIfOverdue(DeadlineContext context, Actor actor, Instant now) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(now, "now");
        if (!(state instanceof Sent s) || s.details().replyBy() == null) {
            return this;
        }
        Optional<Deadline> deadline = s.details().replyBy().resolve(context);
        if (deadline.isEmpty() || now.isBefore(deadline.get().dueAt())) {
            return this;
        }
        return record(s.lapse(deadline.get(), actor, now));
    }

    /**
     * The person expected checks in at {@code venue}. Allowed from CONFIRMED and SUBSTITUTED, and from UNANSWERED for an invitation to a person.
     *
     * @param actor who records it
     * @param at    when it happened, not before the last event
     * @param venue the venue's id where they checked in
     * @return the invitation with the move recorded; never null
     * @throws InvitationTransitionException if the current state does not allow it
     */
    public Invitation checkIn(Actor actor, Instant at, String venue) {
        if (state instanceof Confirmed s) {
            return record(s.checkIn(actor, at, venue));
        }
        if (state instanceof Substituted s) {
            return record(s.checkIn(actor, at, venue));
        }
        if (state instanceof Unanswered s && s.details().invitee().isPresent()) {
            return record(s.checkIn(actor, at, venue, s.details().invitee().get()));
        }
        throw new InvitationTransitionException(state, InvitationAction.CHECK_IN);
    }

    /**
     * {@code attendee} checks in at {@code venue}: the person expected, or, with no reply on record (UNANSWERED),
     * whoever came. A different person when someone else was expected is a substitution first.
     *
     * @param actor who records it
     * @param at    when it happened, not before the last event
     * @param venue    the venue's id where they checked in
     * @param attendee the delegate id of who came
     * @return the invitation with the move recorded; never null
     * @throws InvitationTransitionException if the current state does not allow it
     * @throws IllegalArgumentException      if someone else is expected: record the substitution first
     */
    public Invitation checkIn(Actor actor, Instant at, String venue, String attendee) {
        if (state instanceof Unanswered s) {
            return record(s.checkIn(actor, at, venue, attendee));
        }
        Optional<String> expected = state.expectedAttendee();
        if ((state instanceof Confirmed || state instanceof Substituted) && expected.isPresent()
                && !expected.get().equals(attendee)) {
            throw new IllegalArgumentException("invitation " + id() + " expects " + expected.get() + ", not "
                    + attendee + ": record the substitution first");
        }
        return checkIn(actor, at, venue);
    }

    /**
     * The person expected did not come. Allowed from CONFIRMED, SUBSTITUTED and UNANSWERED.
     *
     * @param actor who records it
     * @param at    when it happened, not before the last event
     * @return the invitation with the move recorded; never null
     * @throws InvitationTransitionException if the current state does not allow it
     */
    public Invitation markAbsent(Actor actor, Instant at) {
        if (state instanceof Confirmed s) {
            return record(s.markAbsent(actor, at));
        }
        if (state instanceof Substituted s) {
            return record(s.markAbsent(actor, at));
        }
        if (state instanceof Unanswered s) {
            return record(s.markAbsent(actor, at));
        }
        throw new InvitationTransitionException(state, InvitationAction.MARK_ABSENT);
    }

    /**
     * This invitation with {@code event} recorded: the event is folded into the state.
     *
     * @param event the event, of this invitation, not earlier than its last
     * @return the invitation with the event; never null
     * @throws NullPointerException          if {@code event} is null
     * @throws InvitationTransitionException if the state does not allow the event
     * @throws IllegalArgumentException      if the event is another invitation's or earlier than the last one
     */
    public Invitation record(InvitationEvent event) {
        Objects.requireNonNull(event, "event");
        if (!event.invitation().equals(id())) {
            throw new IllegalArgumentException("event for invitation " + event.invitation() + " recorded on " + id());
        }
        Instant last = events.get(events.size() - 1).at();
        if (event.at().isBefore(last)) {
            throw new IllegalArgumentException("invitation " + id() + ": event at " + event.at()
                    + " is earlier than the last one, at " + last);
        }
        List<InvitationEvent> all = new ArrayList<>(events);
        all.add(event);
        return new Invitation(apply(state, event), all);
    }

    private static InvitationState apply(InvitationState s, InvitationEvent e) {
        InvitationDetails d = s.details();
        if (e instanceof InvitationSent sent && s instanceof Drafted) {
            return new Sent(d, sent.at(), sent.reference());
        }
        boolean replying = s instanceof Sent || s instanceof Unanswered;
        if (e instanceof InvitationConfirmed c && replying) {
            if (d.invitee().isPresent() && !d.invitee().get().equals(c.attendee())) {
                throw new IllegalArgumentException("invitation " + d.id() + " names " + d.invitee().get()
                        + "; " + c.attendee() + " coming instead is a substitution");
            }
            return new Confirmed(d, c.attendee(), c.at());
        }
        if (e instanceof InvitationDeclined x && (replying || s instanceof Confirmed || s instanceof Substituted)) {
            return new Declined(d, x.reason());
        }
        if (e instanceof InvitationSubstituted x && (replying || s instanceof Confirmed || s instanceof Substituted)) {
            if (!s.expectedAttendee().map(x.replaced()::equals).orElse(false)) {
                throw new IllegalArgumentException("invitation " + d.id() + ": " + x.replaced()
                        + " was not the person expected");
            }
            return new Substituted(d, x.replaced(), x.attendee(), x.reason(), x.attendeeName());
        }
        if (e instanceof ReplyDeadlinePassed x && s instanceof Sent) {
            return new Unanswered(d, x.lastDay());
        }
        if (e instanceof DelegateCheckedIn x && (s instanceof Confirmed || s instanceof Substituted
                || s instanceof Unanswered)) {
            return new Attended(d, x.attendee(), x.venue(), x.at());
        }
        if (e instanceof DelegateMarkedAbsent x && (s instanceof Confirmed || s instanceof Substituted
                || s instanceof Unanswered)) {
            return new Absent(d, x.expected());
        }
        throw new InvitationTransitionException(s, action(e));
    }

    private static InvitationAction action(InvitationEvent e) {
        if (e instanceof InvitationSent) {
            return InvitationAction.SEND;
        }
        if (e instanceof InvitationConfirmed) {
            return InvitationAction.CONFIRM;
        }
        if (e instanceof InvitationDeclined) {
            return InvitationAction.DECLINE;
        }
        if (e instanceof InvitationSubstituted) {
            return InvitationAction.SUBSTITUTE;
        }
        if (e instanceof ReplyDeadlinePassed) {
            return InvitationAction.LAPSE;
        }
        if (e instanceof DelegateCheckedIn) {
            return InvitationAction.CHECK_IN;
        }
        if (e instanceof DelegateMarkedAbsent) {
            return InvitationAction.MARK_ABSENT;
        }
        throw new IllegalArgumentException("an invitation is drafted once: " + e);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Invitation other && state.equals(other.state) && events.equals(other.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, events);
    }

    @Override
    public String toString() {
        return "Invitation[" + id() + ", " + status() + ", " + events.size() + " events]";
    }
}
