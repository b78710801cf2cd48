package vn.dialogue.participant;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.dialogue.actor.Actor;
import vn.dialogue.participant.InvitationEvent.InvitationConfirmed;

/** Shared by the invitation states that take a reply. */
final class InvitationReplies {

    private InvitationReplies() {
    }

    static InvitationConfirmed confirm(InvitationDetails details, @Nullable String attendee, Actor actor,
                                       Instant at) {
        Optional<String> invitee = details.invitee();
        if (attendee == null) {
            return new InvitationConfirmed(details.id(), invitee.orElseThrow(() -> new IllegalArgumentException(
                    "invitation " + details.id() + " is to an organisation: name who comes")), actor, at);
        }
        if (invitee.isPresent() && !invitee.get().equals(attendee)) {
            throw new IllegalArgumentException("invitation " + details.id() + " names " + invitee.get()
                    + "; " + attendee + " coming instead is a substitution");
        }
        return new InvitationConfirmed(details.id(), attendee, actor, at);
    }
}
