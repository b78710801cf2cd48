package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.dialogue.actor.Actor;
import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.deadline.Deadline;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.participant.InvitationEvent.DelegateCheckedIn;
import vn.dialogue.participant.InvitationEvent.InvitationConfirmed;
import vn.dialogue.participant.InvitationEvent.InvitationDrafted;
import vn.dialogue.participant.InvitationEvent.InvitationSent;
import vn.dialogue.participant.InvitationEvent.InvitationSubstituted;
import vn.dialogue.participant.InvitationState.Attended;
import vn.dialogue.participant.InvitationState.Declined;
import vn.dialogue.participant.InvitationState.Substituted;
import vn.dialogue.participant.InvitationState.Unanswered;

class InvitationLifecycleTest {

    static final Actor SECRETARIAT = Actor.of("vp-01", "Trần Thị Thư", "secretariat", "so-ldtbxh");
    static final Actor RECEPTION = Actor.of("le-tan-01", "Lê Văn Lễ", "reception", "vp-ubnd");
    static final FixedDeadline REPLY_BY = FixedDeadline.byEndOf(LocalDate.of(2024, 11, 15));
    static final Instant DRAFTED = Instant.parse("2024-11-01T02:00:00Z");
    static final Instant SENT = Instant.parse("2024-11-04T02:00:00Z");
    static final Instant REPLIED = Instant.parse("2024-11-08T03:00:00Z");
    static final Instant SESSION = Instant.parse("2024-11-22T01:30:00Z");

    static Invitation toPerson(String delegate) {
        return Invitation.draft(new InvitationDetails("gm-" + delegate, Addressee.person(delegate),
                "hoi-truong-ngoc-linh", "dai-bieu-moi", REPLY_BY), SECRETARIAT, DRAFTED);
    }

    static Invitation toOrganisation(String organisation) {
        return Invitation.draft(new InvitationDetails("gm-" + organisation,
                Addressee.organisation(organisation, "Đại diện lãnh đạo"), "hoi-truong-ngoc-linh", "dai-bieu-moi",
                REPLY_BY), SECRETARIAT, DRAFTED);
    }

    @Nested
    class PersonInvited {

        @Test
        void should_end_attended_with_every_step_an_event_when_the_invitee_confirms_and_comes() {
            // GIVEN
            Invitation drafted = toPerson("nguyen-van-an");
            // WHEN
            Invitation done = drafted.send(SECRETARIAT, SENT, "Số: 125/GM-UBND")
                    .confirm(SECRETARIAT, REPLIED)
                    .checkIn(RECEPTION, SESSION, "hoi-truong-ngoc-linh");
            // THEN
            assertThat(done.status()).isEqualTo(InvitationStatus.ATTENDED);
            assertThat(done.events()).hasExactlyElementsOfTypes(InvitationDrafted.class, InvitationSent.class,
                    InvitationConfirmed.class, DelegateCheckedIn.class);
            assertThat(done.events()).extracting(InvitationEvent::actor)
                    .containsExactly(SECRETARIAT, SECRETARIAT, SECRETARIAT, RECEPTION);
            assertThat(done.events()).extracting(InvitationEvent::at).containsExactly(DRAFTED, SENT, REPLIED, SESSION);
            assertThat(((Attended) done.state()).cameInPlaceOfInvitee()).isFalse();
            assertThat(drafted.status()).as("the earlier invitation is unchanged").isEqualTo(InvitationStatus.DRAFTED);
        }

        @Test
        void should_keep_who_was_invited_and_who_came_when_a_deputy_is_sent() {
            // GIVEN the director confirmed, then sends a deputy
            Invitation confirmed = toPerson("giam-doc-so-y-te").send(SECRETARIAT, SENT, null)
                    .confirm(SECRETARIAT, REPLIED);
            // WHEN
            Invitation substituted = confirmed.substitute(SECRETARIAT, REPLIED.plusSeconds(3600),
                    "pho-giam-doc-so-y-te", "bận công tác");
            Invitation attended = substituted.checkIn(RECEPTION, SESSION, "hoi-truong-ngoc-linh");
            // THEN
            assertThat(substituted.state()).isInstanceOfSatisfying(Substituted.class, s -> {
                assertThat(s.replaced()).isEqualTo("giam-doc-so-y-te");
                assertThat(s.attendee()).isEqualTo("pho-giam-doc-so-y-te");
                assertThat(s.reason()).isEqualTo("bận công tác");
            });
            assertThat(attended.state()).isInstanceOfSatisfying(Attended.class, a -> {
                assertThat(a.details().invitee()).contains("giam-doc-so-y-te");
                assertThat(a.attendee()).isEqualTo("pho-giam-doc-so-y-te");
                assertThat(a.cameInPlaceOfInvitee()).isTrue();
            });
            assertThat(attended.events()).filteredOn(e -> e instanceof InvitationSubstituted).singleElement()
                    .satisfies(e -> assertThat(((InvitationSubstituted) e).replaced()).isEqualTo("giam-doc-so-y-te"));
        }

        @Test
        void should_substitute_straight_from_sent_and_refuse_the_invitee_as_substitute() {
            Invitation sent = toPerson("a").send(SECRETARIAT, SENT, null);
            assertThat(sent.substitute(SECRETARIAT, REPLIED, "b", null).status())
                    .isEqualTo(InvitationStatus.SUBSTITUTED);
            assertThatThrownBy(() -> sent.substitute(SECRETARIAT, REPLIED, "a", null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other than a");
            assertThatThrownBy(() -> sent.confirm(SECRETARIAT, REPLIED, "b"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("substitution");
        }

        @Test
        void should_be_final_when_declined() {
            // GIVEN
            Invitation declined = toPerson("a").send(SECRETARIAT, SENT, null)
                    .decline(SECRETARIAT, REPLIED, "trùng lịch họp");
            // THEN
            assertThat(declined.state()).isInstanceOfSatisfying(Declined.class,
                    d -> assertThat(d.reason()).isEqualTo("trùng lịch họp"));
            assertThatThrownBy(() -> declined.checkIn(RECEPTION, SESSION, "hoi-truong-ngoc-linh"))
                    .isInstanceOfSatisfying(InvitationTransitionException.class, e -> {
                        assertThat(e.from()).isEqualTo(declined.state());
                        assertThat(e.attempted()).isEqualTo(InvitationAction.CHECK_IN);
                    }).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> declined.confirm(SECRETARIAT, REPLIED))
                    .isInstanceOf(InvitationTransitionException.class).hasMessageContaining("DECLINED");
        }

        @Test
        void should_let_a_confirmed_delegate_withdraw_and_mark_a_no_show_absent() {
            Invitation confirmed = toPerson("a").send(SECRETARIAT, SENT, null).confirm(SECRETARIAT, REPLIED);
            assertThat(confirmed.decline(SECRETARIAT, REPLIED, null).status()).isEqualTo(InvitationStatus.DECLINED);
            Invitation absent = confirmed.markAbsent(RECEPTION, SESSION);
            assertThat(absent.status()).isEqualTo(InvitationStatus.ABSENT);
            assertThat(absent.state().expectedAttendee()).contains("a");
        }

        @Test
        void should_refuse_moves_the_state_does_not_allow() {
            Invitation drafted = toPerson("a");
            assertThatThrownBy(() -> drafted.confirm(SECRETARIAT, REPLIED))
                    .isInstanceOfSatisfying(InvitationTransitionException.class, e -> {
                        assertThat(e.from().status()).isEqualTo(InvitationStatus.DRAFTED);
                        assertThat(e.attempted()).isEqualTo(InvitationAction.CONFIRM);
                    });
            Invitation sent = drafted.send(SECRETARIAT, SENT, null);
            assertThatThrownBy(() -> sent.send(SECRETARIAT, SENT, null))
                    .isInstanceOf(InvitationTransitionException.class);
            assertThatThrownBy(() -> sent.checkIn(RECEPTION, SESSION, "hoi-truong-ngoc-linh"))
                    .isInstanceOf(InvitationTransitionException.class);
            assertThatThrownBy(() -> sent.markAbsent(RECEPTION, SESSION))
                    .isInstanceOf(InvitationTransitionException.class);
        }

        @Test
        void should_refuse_an_event_earlier_than_the_last_one() {
            Invitation sent = toPerson("a").send(SECRETARIAT, SENT, null);
            assertThatThrownBy(() -> sent.confirm(SECRETARIAT, DRAFTED))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("earlier");
        }
    }

    @Nested
    class OrganisationInvited {

        @Test
        void should_name_who_comes_when_an_organisation_confirms() {
            Invitation sent = toOrganisation("so-y-te").send(SECRETARIAT, SENT, null);
            assertThatThrownBy(() -> sent.confirm(SECRETARIAT, REPLIED))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name who comes");
            assertThatThrownBy(() -> sent.substitute(SECRETARIAT, REPLIED, "x", null))
                    .isInstanceOf(IllegalArgumentException.class);
            Invitation attended = sent.confirm(SECRETARIAT, REPLIED, "pho-giam-doc-so-y-te")
                    .checkIn(RECEPTION, SESSION, "hoi-truong-ngoc-linh", "pho-giam-doc-so-y-te");
            assertThat(attended.state()).isInstanceOfSatisfying(Attended.class, a -> {
                assertThat(a.attendee()).isEqualTo("pho-giam-doc-so-y-te");
                assertThat(a.cameInPlaceOfInvitee()).isFalse();
            });
        }

        @Test
        void should_require_a_substitution_before_someone_else_checks_in() {
            Invitation confirmed = toOrganisation("so-y-te").send(SECRETARIAT, SENT, null)
                    .confirm(SECRETARIAT, REPLIED, "x");
            assertThatThrownBy(() -> confirmed.checkIn(RECEPTION, SESSION, "hoi-truong-ngoc-linh", "y"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("substitution");
            assertThat(confirmed.substitute(SECRETARIAT, SESSION, "y", "thay đổi")
                    .checkIn(RECEPTION, SESSION, "hoi-truong-ngoc-linh", "y").status())
                    .isEqualTo(InvitationStatus.ATTENDED);
        }
    }

    @Nested
    class ReplyDeadline {

        final DeadlineContext context = DeadlineContext.of(WorkingCalendar.vietnam());

        @Test
        void should_go_unanswered_only_after_the_reply_deadline_has_passed() {
            // GIVEN a reply due by the end of 15/11/2024, Vietnam time
            Invitation sent = toPerson("a").send(SECRETARIAT, SENT, null);
            Instant lastMinute = Instant.parse("2024-11-15T16:59:00Z");
            Instant passed = Instant.parse("2024-11-15T17:00:00Z");
            // WHEN / THEN
            assertThat(sent.lapseIfOverdue(context, SECRETARIAT, lastMinute)).isSameAs(sent);
            Invitation lapsed = sent.lapseIfOverdue(context, SECRETARIAT, passed);
            assertThat(lapsed.state()).isInstanceOfSatisfying(Unanswered.class,
                    u -> assertThat(u.lastDay()).isEqualTo(LocalDate.of(2024, 11, 15)));
            assertThat(lapsed.lapseIfOverdue(context, SECRETARIAT, passed)).isSameAs(lapsed);
        }

        @Test
        void should_refuse_to_lapse_before_the_deadline_or_with_another_deadline() {
            Invitation sent = toPerson("a").send(SECRETARIAT, SENT, null);
            Deadline deadline = REPLY_BY.resolve(context).orElseThrow();
            assertThatThrownBy(() -> sent.lapse(deadline, SECRETARIAT, REPLIED))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not yet");
            Deadline other = FixedDeadline.byEndOf(LocalDate.of(2024, 11, 1)).resolve(context).orElseThrow();
            assertThatThrownBy(() -> sent.lapse(other, SECRETARIAT, SESSION))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not its reply deadline");
        }

        @Test
        void should_take_a_late_reply_or_a_walk_in_after_the_deadline() {
            Invitation lapsed = toPerson("a").send(SECRETARIAT, SENT, null)
                    .lapseIfOverdue(context, SECRETARIAT, Instant.parse("2024-11-16T02:00:00Z"));
            assertThat(lapsed.confirm(SECRETARIAT, SESSION).status()).isEqualTo(InvitationStatus.CONFIRMED);
            assertThat(lapsed.substitute(SECRETARIAT, SESSION, "b", null).status())
                    .isEqualTo(InvitationStatus.SUBSTITUTED);
            assertThat(lapsed.checkIn(RECEPTION, SESSION, "hoi-truong-ngoc-linh").status())
                    .isEqualTo(InvitationStatus.ATTENDED);
            assertThat(lapsed.markAbsent(RECEPTION, SESSION).status()).isEqualTo(InvitationStatus.ABSENT);
        }

        @Test
        void should_leave_invitations_without_a_reply_deadline_alone() {
            Invitation sent = Invitation.draft(new InvitationDetails("gm-b", Addressee.person("b"),
                    "hoi-truong-ngoc-linh", "dai-bieu-moi", null), SECRETARIAT, DRAFTED).send(SECRETARIAT, SENT, null);
            assertThat(Invitations.lapseOverdue(List.of(sent), context, SECRETARIAT, SESSION)).containsExactly(sent);
        }
    }

    @Test
    void should_rebuild_the_same_invitation_when_its_events_are_replayed() {
        Invitation done = toPerson("a").send(SECRETARIAT, SENT, null).confirm(SECRETARIAT, REPLIED)
                .substitute(SECRETARIAT, REPLIED, "b", null).checkIn(RECEPTION, SESSION, "truc-tuyen-dak-ha");
        assertThat(Invitation.replay(done.events())).isEqualTo(done);
        assertThatThrownBy(() -> Invitation.replay(done.events().subList(1, 3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Invitation.replay(List.of(done.events().get(0), done.events().get(2))))
                .isInstanceOf(InvitationTransitionException.class);
    }
}
