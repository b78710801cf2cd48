package vn.dialogue.participant;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.actor.Actor;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.deadline.DeadlineRule;

/** Invitations in bulk: one per delegate, and the reply deadline applied to many. Thread-safe: stateless. */
public final class Invitations {

    private Invitations() {
    }

    /**
     * One drafted invitation per delegate, to the person, at the delegate's venue and group, in list order. The
     * invitation's id is {@code prefix + delegate id}.
     *
     * @param delegates the delegates to invite
     * @param prefix    put before each delegate id to make the invitation's id
     * @param replyBy   the reply deadline, or null when no reply is asked for
     * @param actor     who drafts them
     * @param at        when they are drafted
     * @return the drafted invitations, in list order; unmodifiable, never null
     * @throws NullPointerException     if {@code delegates}, {@code prefix}, {@code actor} or {@code at} is null
     * @throws IllegalArgumentException if an invitation id made is not a valid key
     */
    public static List<Invitation> draftFor(DelegateList delegates, String prefix, @Nullable DeadlineRule replyBy,
                                            Actor actor, Instant at) {
        Objects.requireNonNull(delegates, "delegates");
        Objects.requireNonNull(prefix, "prefix");
        return delegates.delegates().stream()
                .map(d -> Invitation.draft(new InvitationDetails(prefix + d.id(), Addressee.person(d.id()),
                        d.venue(), d.group(), replyBy), actor, at))
                .toList();
    }

    /**
     * Each invitation with {@link Invitation#lapseIfOverdue} applied, in order: the overdue ones lapsed, the rest
     * unchanged.
     *
     * @param invitations the invitations
     * @param context     resolves each reply deadline
     * @param actor       who records the lapses
     * @param now         the instant to judge the deadlines at
     * @return the invitations, in order; unmodifiable, never null
     * @throws NullPointerException if {@code invitations} is null, or an argument an invitation needs is
     */
    public static List<Invitation> lapseOverdue(Collection<Invitation> invitations, DeadlineContext context,
                                                Actor actor, Instant now) {
        Objects.requireNonNull(invitations, "invitations");
        return invitations.stream().map(i -> i.lapseIfOverdue(context, actor, now)).toList();
    }
}
