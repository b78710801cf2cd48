package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.SeedPlans;

class AttendanceTallyTest {

    private static final Plan PLAN = SeedPlans.loadKonTum2024();
    private static final String HALL = "hoi-truong-ngoc-linh";
    private static final String DAK_HA = "truc-tuyen-dak-ha";

    @Test
    void should_count_replies_and_check_ins_per_venue_and_bridge_point() {
        // GIVEN invitations for everyone on the sample list
        DelegateList list = SampleDelegates.forPlan(PLAN, 3);
        var a = InvitationLifecycleTest.SECRETARIAT;
        Instant t0 = InvitationLifecycleTest.DRAFTED;
        List<Invitation> all = new ArrayList<>();
        int n = 0;
        for (Invitation i : Invitations.draftFor(list, "gm-", InvitationLifecycleTest.REPLY_BY, a, t0)) {
            Instant t = t0.plusSeconds(3600);
            Invitation sent = i.send(a, t, null);
            // every tenth declines, every seventh sends a deputy, the rest confirm; all who come check in
            Invitation replied = n % 10 == 0 ? sent.decline(a, t, null)
                    : sent.confirm(a, t);
            if (n % 10 != 0 && i.details().venue().equals(HALL) && n % 7 == 0) {
                replied = replied.markAbsent(a, t);
            } else if (n % 10 != 0) {
                replied = replied.checkIn(a, t, i.details().venue());
            }
            all.add(replied);
            n++;
        }
        // WHEN
        AttendanceTally tally = AttendanceTally.of(PLAN, all);
        // THEN one line per venue of the plan: the hall and the nine bridge points
        assertThat(tally.venues()).hasSize(10);
        var hall = tally.venue(HALL).orElseThrow();
        assertThat(hall.invited()).isEqualTo(250);
        assertThat(hall.count(InvitationStatus.DECLINED)).isEqualTo(25);
        assertThat(hall.count(InvitationStatus.ABSENT) + hall.count(InvitationStatus.ATTENDED)).isEqualTo(225);
        assertThat(hall.checkedInCount()).isEqualTo(hall.count(InvitationStatus.ATTENDED));
        var dakHa = tally.venue(DAK_HA).orElseThrow();
        assertThat(dakHa.invited()).isEqualTo(30);
        assertThat(dakHa.checkedInCount()).isEqualTo(30 - dakHa.count(InvitationStatus.DECLINED));
        assertThat(tally.totalCheckedIn()).isEqualTo(tally.total(InvitationStatus.ATTENDED));
        assertThat(tally.expectedDelegates(HALL, list)).hasSize(hall.checkedInCount());
    }

    @Test
    void should_count_a_check_in_where_it_happened_and_keep_substitutes_expected() {
        var a = InvitationLifecycleTest.SECRETARIAT;
        Instant t = InvitationLifecycleTest.SENT;
        Invitation moved = InvitationLifecycleTest.toPerson("x").send(a, t, null).confirm(a, t).checkIn(a, t, DAK_HA);
        Invitation deputy = InvitationLifecycleTest.toPerson("y").send(a, t, null).substitute(a, t, "z", null);
        Invitation waiting = InvitationLifecycleTest.toPerson("w").send(a, t, null);
        AttendanceTally tally = AttendanceTally.of(PLAN, List.of(moved, deputy, waiting));
        assertThat(tally.venue(HALL).orElseThrow().invited()).isEqualTo(3);
        assertThat(tally.venue(HALL).orElseThrow().checkedIn()).isEmpty();
        assertThat(tally.venue(HALL).orElseThrow().expected()).containsExactly("x", "z");
        assertThat(tally.venue(HALL).orElseThrow().count(InvitationStatus.SENT)).isEqualTo(1);
        assertThat(tally.venue(DAK_HA).orElseThrow().checkedIn()).containsExactly("x");
    }
}
