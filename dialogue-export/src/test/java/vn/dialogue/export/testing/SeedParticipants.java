package vn.dialogue.export.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import vn.dialogue.actor.Actor;
import vn.dialogue.participant.Delegate;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.Invitation;
import vn.dialogue.participant.Invitations;
import vn.dialogue.participant.SampleDelegates;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.seating.Block;
import vn.dialogue.seating.HallLayout;
import vn.dialogue.seating.Seating;
import vn.dialogue.seating.SeatingPlan;

/**
 * The seed plan scheduled on 22/11/2024, its sample delegates (seed 2024), the 250 seats of Hội trường Ngọc Linh
 * (two presidium seats, blocks of 8, 15 and 8 seats in eight rows) and invitations in every state.
 */
public final class SeedParticipants {

    public static final String HALL = "hoi-truong-ngoc-linh";
    public static final Actor SECRETARIAT = Actor.of("van-thu", "Văn thư", "secretariat", "ubnd-tinh");
    public static final Instant DRAFTED = Instant.parse("2024-11-01T02:00:00Z");

    private SeedParticipants() {
    }

    /** The seed plan with its session fixed: 22/11/2024, 07:30-11:30. */
    public static Plan plan() {
        return SeedPlan.konTum2024().withSessions(List.of(new Session("doi-thoai", LocalDate.of(2024, 11, 22), null,
                PartOfDay.MORNING, LocalTime.of(7, 30), LocalTime.of(11, 30))));
    }

    public static DelegateList delegates(Plan plan) {
        return SampleDelegates.forPlan(plan, 2024);
    }

    public static HallLayout hall() {
        return new HallLayout(HALL, 2, List.of(Block.of("A", 8, 8), Block.of("B", 8, 15), Block.of("C", 8, 8)));
    }

    public static SeatingPlan seating(Plan plan, DelegateList delegates) {
        return Seating.forPlan(plan, hall(), delegates, List.of());
    }

    /**
     * One invitation per delegate, sent; then, among the hall's participants in list order: the first attended,
     * the second confirmed, the third declined, the fourth sent the fifth in their place; the others stay
     * sent; the chair attended.
     */
    public static List<Invitation> invitations(DelegateList delegates) {
        List<Invitation> all = new ArrayList<>(Invitations.draftFor(delegates, "gm-", null, SECRETARIAT, DRAFTED));
        Instant sent = DRAFTED.plusSeconds(3600);
        Instant reply = sent.plusSeconds(86_400);
        Instant session = Instant.parse("2024-11-22T00:30:00Z");
        all.replaceAll(i -> i.send(SECRETARIAT, sent, null));
        List<Delegate> participants = delegates.filter(d -> d.venue().equals(HALL)
                && d.role() == DelegateRole.PARTICIPANT);
        replace(all, participants.get(0), i -> i.confirm(SECRETARIAT, reply).checkIn(SECRETARIAT, session, HALL));
        replace(all, participants.get(1), i -> i.confirm(SECRETARIAT, reply));
        replace(all, participants.get(2), i -> i.decline(SECRETARIAT, reply, "Bận công tác"));
        replace(all, participants.get(3), i -> i.substitute(SECRETARIAT, reply, participants.get(4).id(), "Ốm"));
        Delegate chair = delegates.filter(d -> d.role() == DelegateRole.CHAIR).get(0);
        replace(all, chair, i -> i.confirm(SECRETARIAT, reply).checkIn(SECRETARIAT, session, HALL));
        return List.copyOf(all);
    }

    public static Delegate participant(DelegateList delegates, int index) {
        return delegates.filter(d -> d.venue().equals(HALL) && d.role() == DelegateRole.PARTICIPANT).get(index);
    }

    private static void replace(List<Invitation> all, Delegate d, java.util.function.UnaryOperator<Invitation> move) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals("gm-" + d.id())) {
                all.set(i, move.apply(all.get(i)));
                return;
            }
        }
        throw new IllegalArgumentException("no invitation for " + d.id());
    }
}
