package vn.dialogue.participant;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.organisation.Ids;

/**
 * What an invitation says and never changes: to whom, to which venue and group, and by when to reply.
 * Immutable and thread-safe.
 *
 * @param id        stable key of the invitation
 * @param addressee the person or organisation invited
 * @param venue     id of the venue the invitee is asked to attend (the main hall or a bridge point)
 * @param group     id of the plan's delegate group the invitee belongs to
 * @param replyBy   the reply deadline, or null when no reply is asked for
 */
public record InvitationDetails(String id, Addressee addressee, String venue, String group,
                                @Nullable DeadlineRule replyBy) {

    /**
     * Checks the keys.
     *
     * @param id        stable key of the invitation
     * @param addressee the person or organisation invited
     * @param venue     id of the venue
     * @param group     id of the delegate group
     * @param replyBy   the reply deadline, or null
     * @throws NullPointerException     if a field other than {@code replyBy} is null
     * @throws IllegalArgumentException if {@code id}, {@code venue} or {@code group} is not a valid key
     */
    public InvitationDetails {
        id = Ids.require(id, "id");
        Objects.requireNonNull(addressee, "addressee");
        venue = Ids.require(venue, "venue");
        group = Ids.require(group, "group");
    }

    /**
     * The invited person's delegate id, when the invitation names a person.
     *
     * @return the delegate id, or empty for an invitation to an organisation
     */
    public java.util.Optional<String> invitee() {
        return addressee instanceof Addressee.Person p ? java.util.Optional.of(p.delegate())
                : java.util.Optional.empty();
    }
}
