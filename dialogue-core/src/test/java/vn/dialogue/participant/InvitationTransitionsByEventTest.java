package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.participant.InvitationLifecycleTest.DRAFTED;
import static vn.dialogue.participant.InvitationLifecycleTest.RECEPTION;
import static vn.dialogue.participant.InvitationLifecycleTest.REPLIED;
import static vn.dialogue.participant.InvitationLifecycleTest.SECRETARIAT;
import static vn.dialogue.participant.InvitationLifecycleTest.SENT;
import static vn.dialogue.participant.InvitationLifecycleTest.SESSION;
import static vn.dialogue.participant.InvitationLifecycleTest.toOrganisation;
import static vn.dialogue.participant.InvitationLifecycleTest.toPerson;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.dialogue.participant.InvitationEvent.DelegateMarkedAbsent;
import vn.dialogue.participant.InvitationEvent.InvitationDeclined;
import vn.dialogue.participant.InvitationEvent.InvitationSubstituted;
import vn.dialogue.participant.InvitationEvent.ReplyDeadlinePassed;

/** Events recorded directly on an invitation: which states take them, and what they become. */
class InvitationTransitionsByEventTest {

    private final Invitation confirmed = toPerson("an").send(SECRETARIAT, SENT, null).confirm(SECRETARIAT, REPLIED);
    private final Invitation substituted = confirmed.substitute(SECRETARIAT, REPLIED.plusSeconds(60), "binh", null);
    private final Invitation unanswered = toPerson("an").send(SECRETARIAT, SENT, null)
            .record(new ReplyDeadlinePassed("gm-an", LocalDate.of(2024, 11, 15), SECRETARIAT, REPLIED));

    @Test
    void should_decline_when_a_decline_is_recorded_after_a_confirmation_or_a_substitution() {
        var declined = confirmed.record(new InvitationDeclined("gm-an", "ốm", SECRETARIAT, SESSION));
        assertThat(declined.status()).isEqualTo(InvitationStatus.DECLINED);
        assertThat(substituted.record(new InvitationDeclined("gm-an", null, SECRETARIAT, SESSION)).status())
                .isEqualTo(InvitationStatus.DECLINED);
        assertThatThrownBy(() -> toPerson("an").record(new InvitationDeclined("gm-an", null, SECRETARIAT, SESSION)))
                .isInstanceOf(InvitationTransitionException.class)
                .satisfies(e -> assertThat(((InvitationTransitionException) e).attempted())
                        .isEqualTo(InvitationAction.DECLINE));
    }

    @Test
    void should_substitute_again_when_the_substitute_is_replaced_in_turn() {
        Invitation again = substituted.record(new InvitationSubstituted("gm-an", "binh", "chi", "bận", SECRETARIAT,
                SESSION));
        assertThat(again.status()).isEqualTo(InvitationStatus.SUBSTITUTED);
        assertThat(again.state().expectedAttendee()).contains("chi");
        assertThatThrownBy(() -> toPerson("an").record(new InvitationSubstituted("gm-an", "an", "chi", null,
                SECRETARIAT, SESSION))).isInstanceOf(InvitationTransitionException.class);
    }

    @Test
    void should_mark_absent_the_person_expected_when_recorded_after_a_substitution_or_no_reply() {
        Invitation absent = substituted.record(new DelegateMarkedAbsent("gm-an", "binh", RECEPTION, SESSION));
        assertThat(absent.status()).isEqualTo(InvitationStatus.ABSENT);
        assertThat(unanswered.record(new DelegateMarkedAbsent("gm-an", "an", RECEPTION, SESSION)).status())
                .isEqualTo(InvitationStatus.ABSENT);
        assertThatThrownBy(() -> toPerson("an").send(SECRETARIAT, SENT, null)
                .record(new DelegateMarkedAbsent("gm-an", "an", RECEPTION, SESSION)))
                .isInstanceOf(InvitationTransitionException.class)
                .satisfies(e -> assertThat(((InvitationTransitionException) e).attempted())
                        .isEqualTo(InvitationAction.MARK_ABSENT));
    }

    @Test
    void should_refuse_a_different_attendee_at_check_in_when_someone_is_expected() {
        assertThatThrownBy(() -> confirmed.checkIn(RECEPTION, SESSION, "hoi-truong-ngoc-linh", "chi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invitation gm-an expects an, not chi: record the substitution first");
        assertThatThrownBy(() -> substituted.checkIn(RECEPTION, SESSION, "hoi-truong-ngoc-linh", "an"))
                .hasMessage("invitation gm-an expects binh, not an: record the substitution first");
        assertThat(confirmed.checkIn(RECEPTION, SESSION, "hoi-truong-ngoc-linh", "an").status())
                .isEqualTo(InvitationStatus.ATTENDED);
        assertThat(substituted.checkIn(RECEPTION, SESSION, "hoi-truong-ngoc-linh", "binh").status())
                .isEqualTo(InvitationStatus.ATTENDED);
        assertThat(unanswered.checkIn(RECEPTION, SESSION, "hoi-truong-ngoc-linh", "chi").status())
                .isEqualTo(InvitationStatus.ATTENDED);
    }

    @Test
    void should_confirm_the_invitee_or_whoever_an_organisation_names_when_a_reply_names_the_attendee() {
        assertThat(toPerson("an").send(SECRETARIAT, SENT, null).confirm(SECRETARIAT, REPLIED, "an")
                .state().expectedAttendee()).contains("an");
        assertThat(toOrganisation("so-y-te").send(SECRETARIAT, SENT, null).confirm(SECRETARIAT, REPLIED, "binh")
                .state().expectedAttendee()).contains("binh");
        assertThatThrownBy(() -> toPerson("an").send(SECRETARIAT, SENT, null).confirm(SECRETARIAT, REPLIED, "chi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invitation gm-an names an; chi coming instead is a substitution");
    }

    @Test
    void should_expect_the_invitee_and_name_the_invitation_when_just_drafted() {
        Invitation drafted = toPerson("an");
        assertThat(drafted.state().expectedAttendee()).contains("an");
        assertThat(toOrganisation("so-y-te").state().expectedAttendee()).isEmpty();
        assertThat(drafted.events().get(0).invitation()).isEqualTo("gm-an");
        assertThat(drafted.events().get(0).at()).isEqualTo(DRAFTED);
    }

    @Test
    void should_compare_by_state_and_events_and_print_id_status_and_count_when_used_as_a_value() {
        Invitation same = toPerson("an").send(SECRETARIAT, SENT, null).confirm(SECRETARIAT, REPLIED);
        assertThat(confirmed).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(confirmed).isNotEqualTo(substituted).isNotEqualTo(toPerson("an")).isNotEqualTo("gm-an");
        assertThat(confirmed.hashCode()).isNotEqualTo(toPerson("binh").hashCode());
        assertThat(confirmed.toString()).isEqualTo("Invitation[gm-an, CONFIRMED, 3 events]");
    }
}
