package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.deadline.DeadlineContext;

/** Any sequence of moves: allowed ones are recorded, refused ones change nothing, replay rebuilds the state. */
class InvitationPropertiesTest {

    private static final Set<InvitationStatus> FINAL = EnumSet.of(InvitationStatus.DECLINED,
            InvitationStatus.ATTENDED, InvitationStatus.ABSENT);
    private static final DeadlineContext CONTEXT = DeadlineContext.of(WorkingCalendar.vietnam());

    @Provide
    Arbitrary<List<InvitationAction>> moves() {
        return Arbitraries.of(InvitationAction.class).list().ofMaxSize(12);
    }

    @Property(tries = 300)
    void should_record_allowed_moves_and_replay_to_the_same_invitation(@ForAll("moves") List<InvitationAction> moves,
                                                                      @ForAll boolean toOrganisation) {
        Invitation inv = toOrganisation ? InvitationLifecycleTest.toOrganisation("so-y-te")
                : InvitationLifecycleTest.toPerson("a");
        Instant t = InvitationLifecycleTest.SENT;
        int step = 0;
        for (InvitationAction move : moves) {
            t = t.plusSeconds(86_400);
            Invitation before = inv;
            try {
                inv = apply(inv, move, t, "p" + step++);
                assertThat(inv.events()).hasSize(before.events().size() + 1);
                assertThat(FINAL).as("no move out of a final state").doesNotContain(before.status());
            } catch (InvitationTransitionException e) {
                assertThat(e.from()).isEqualTo(before.state());
                assertThat(e.attempted()).isEqualTo(move);
                inv = before;
            } catch (IllegalArgumentException e) {
                inv = before;
            }
        }
        assertThat(Invitation.replay(inv.events())).isEqualTo(inv);
    }

    private static Invitation apply(Invitation inv, InvitationAction move, Instant t, String someone) {
        var a = InvitationLifecycleTest.SECRETARIAT;
        switch (move) {
            case SEND:
                return inv.send(a, t, null);
            case CONFIRM:
                return inv.details().invitee().isPresent() ? inv.confirm(a, t) : inv.confirm(a, t, someone);
            case DECLINE:
                return inv.decline(a, t, null);
            case SUBSTITUTE:
                return inv.substitute(a, t, someone, null);
            case LAPSE: {
                Invitation after = inv.lapseIfOverdue(CONTEXT, a, Instant.parse("2024-12-31T00:00:00Z").isBefore(t)
                        ? t : Instant.parse("2024-12-31T00:00:00Z"));
                if (after == inv) {
                    throw new InvitationTransitionException(inv.state(), InvitationAction.LAPSE);
                }
                return after;
            }
            case CHECK_IN:
                return inv.state().expectedAttendee().isPresent() ? inv.checkIn(a, t, "hoi-truong-ngoc-linh")
                        : inv.checkIn(a, t, "hoi-truong-ngoc-linh", someone);
            default:
                return inv.markAbsent(a, t);
        }
    }
}
