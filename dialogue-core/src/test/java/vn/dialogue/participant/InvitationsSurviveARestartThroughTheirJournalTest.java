package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.actor.Actor;
import vn.dialogue.deadline.Deadline;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.DependentDeadline;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.deadline.PeriodUnit;
import vn.dialogue.journal.Durability;
import vn.dialogue.journal.Journal;
import vn.dialogue.journal.JournalCorruptedException;
import vn.dialogue.store.StaleVersionException;
import vn.dialogue.participant.InvitationCommand.CheckIn;
import vn.dialogue.participant.InvitationCommand.Confirm;
import vn.dialogue.participant.InvitationCommand.Decline;
import vn.dialogue.participant.InvitationCommand.Lapse;
import vn.dialogue.participant.InvitationCommand.MarkAbsent;
import vn.dialogue.participant.InvitationCommand.Send;
import vn.dialogue.participant.InvitationCommand.Substitute;

class InvitationsSurviveARestartThroughTheirJournalTest {

    static final Actor SECRETARIAT = Actor.of("vp-01", "Trần Thị Thư", "secretariat", "so-ldtbxh");
    static final Actor RECEPTION = Actor.of("le-tan-01", "Lê Văn Lễ", "reception", "vp-ubnd");
    static final FixedDeadline REPLY_BY = FixedDeadline.byEndOf(LocalDate.of(2024, 11, 15));
    static final Instant DRAFTED = Instant.parse("2024-11-01T02:00:00Z");
    static final Instant SENT = Instant.parse("2024-11-04T02:00:00Z");
    static final Instant REPLIED = Instant.parse("2024-11-08T03:00:00Z");
    static final Instant LAPSED = Instant.parse("2024-11-16T02:00:00Z");
    static final Instant SESSION = Instant.parse("2024-11-22T01:30:00Z");
    static final String HALL = "hoi-truong-ngoc-linh";

    @TempDir
    Path dir;

    static InvitationDetails toPerson(String delegate, DeadlineRule replyBy) {
        return new InvitationDetails("gm-" + delegate, Addressee.person(delegate), HALL, "dai-bieu-moi", replyBy);
    }

    static InvitationDetails toOrganisation(String organisation) {
        return new InvitationDetails("gm-" + organisation, Addressee.organisation(organisation, "Đại diện lãnh đạo"),
                "diem-cau-dak-ha", "dai-bieu-moi", null);
    }

    /** Invitations that, between them, make every kind of event, with every kind of addressee and deadline. */
    static void everyMove(InvitationRegistry r) {
        Invitation a = r.draft(toPerson("nguyen-van-an", REPLY_BY), SECRETARIAT, DRAFTED);
        a = r.execute(new Send(a.id(), a.version(), "Số: 125/GM-UBND", SECRETARIAT, SENT));
        a = r.execute(new Confirm(a.id(), a.version(), null, SECRETARIAT, REPLIED));
        a = r.execute(new Substitute(a.id(), a.version(), "pho-giam-doc", "bận công tác", SECRETARIAT, REPLIED));
        r.execute(new CheckIn(a.id(), a.version(), HALL, null, RECEPTION, SESSION));

        Invitation b = r.draft(toPerson("tran-thi-binh", REPLY_BY), SECRETARIAT, DRAFTED);
        b = r.execute(new Send(b.id(), b.version(), null, SECRETARIAT, SENT));
        b = r.execute(new Lapse(b.id(), b.version(), new Deadline(REPLY_BY, REPLY_BY.lastDay()), SECRETARIAT,
                LAPSED));
        r.execute(new MarkAbsent(b.id(), b.version(), RECEPTION, SESSION));

        Invitation c = r.draft(toOrganisation("so-y-te"), SECRETARIAT, DRAFTED);
        c = r.execute(new Send(c.id(), c.version(), null, SECRETARIAT, SENT));
        c = r.execute(new Confirm(c.id(), c.version(), "bs-le-van-cuong", SECRETARIAT, REPLIED));
        r.execute(new Decline(c.id(), c.version(), "trùng lịch họp", SECRETARIAT, REPLIED.plusSeconds(60)));

        DeadlineRule offset = new OffsetDeadline(MilestoneRef.session(), 5, PeriodUnit.WORKING_DAYS,
                OffsetDeadline.Direction.BEFORE);
        r.draft(toPerson("ho-van-dung", DependentDeadline.of(offset, MilestoneRef.task("gui-giay-moi"))),
                SECRETARIAT, DRAFTED);
    }

    @Test
    void should_rebuild_every_invitation_with_its_events_and_versions_when_the_journal_is_replayed() {
        // GIVEN a journaled registry in which every kind of event happened
        Path file = dir.resolve("invitations.jsonl");
        Map<String, Invitation> live;
        try (InvitationRegistry registry = InvitationRegistry.open(file, Durability.BUFFERED)) {
            everyMove(registry);
            live = registry.snapshot();
        }
        // WHEN the journal is read back, and opened again
        Map<String, Invitation> replayed = InvitationRegistry.replay(file);
        // THEN the same invitations come back, each event once, in order
        assertThat(replayed).isEqualTo(live);
        assertThat(live.values()).extracting(Invitation::status).containsExactlyInAnyOrder(InvitationStatus.ATTENDED,
                InvitationStatus.ABSENT, InvitationStatus.DECLINED, InvitationStatus.DRAFTED);
        int events = live.values().stream().mapToInt(i -> i.events().size()).sum();
        assertThat(InvitationRegistry.events(file).size()).isEqualTo(events).isEqualTo(14);
        try (InvitationRegistry reopened = InvitationRegistry.open(file, Durability.SYNC_EACH)) {
            assertThat(reopened.snapshot()).isEqualTo(live);
            assertThat(reopened.damagedTail()).isEmpty();
            Invitation d = reopened.get("gm-ho-van-dung").orElseThrow();
            assertThat(d.version()).isEqualTo(1);
            // AND a restarted registry carries on where the journal ended
            Invitation sent = reopened.execute(new Send(d.id(), 1, null, SECRETARIAT, SENT));
            assertThat(sent.version()).isEqualTo(2);
        }
        assertThat(InvitationRegistry.replay(file).get("gm-ho-van-dung").status()).isEqualTo(InvitationStatus.SENT);
    }

    @Test
    void should_spell_events_as_one_typed_line_each_with_their_kinds() {
        // GIVEN an invitation to an organisation
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Invitation c = Invitation.draft(toOrganisation("so-y-te"), SECRETARIAT, DRAFTED);
        // WHEN its event is stored
        vn.dialogue.store.InMemoryEventStore store = new vn.dialogue.store.InMemoryEventStore();
        try (InvitationRegistry registry = InvitationRegistry.builder(vn.dialogue.question.RolePolicy.defaults())
                .store(store).open()) {
            registry.draft(c.details(), SECRETARIAT, DRAFTED);
        }
        vn.dialogue.store.StoredEvent stored = store.readStream(c.id()).get(0);
        String line = stored.data();
        // THEN it names the event and the addressee's kind, leaves out what is absent, and reads back equal
        assertThat(stored.type()).isEqualTo("drafted");
        assertThat(line).contains("\"kind\":\"organisation\"").doesNotContain("replyBy").doesNotContain("\n");
        assertThat(InvitationJson.INVITATION_EVENTS.read(stored.type(), line)).isEqualTo(c.events().get(0));
        assertThat(out.size()).isZero();
    }

    @Test
    void should_refuse_a_command_decided_on_an_older_version_and_change_nothing() {
        // GIVEN an invitation two clerks both saw at version 2
        InvitationRegistry registry = InvitationRegistry.inMemory();
        Invitation drafted = registry.draft(toPerson("nguyen-van-an", REPLY_BY), SECRETARIAT, DRAFTED);
        Invitation sent = registry.execute(new Send(drafted.id(), 1, null, SECRETARIAT, SENT));
        registry.execute(new Confirm(sent.id(), sent.version(), null, SECRETARIAT, REPLIED));
        Map<String, Invitation> before = registry.snapshot();
        // WHEN the second clerk records a refusal against version 2
        // THEN it is refused naming both versions, not merged
        assertThatThrownBy(() -> registry.execute(new Decline(sent.id(), 2, "ốm", SECRETARIAT, REPLIED)))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.expected()).isEqualTo(2);
                    assertThat(e.actual()).isEqualTo(3);
                    assertThat(e.subject()).isEqualTo("invitation gm-nguyen-van-an");
                });
        assertThat(registry.snapshot()).isEqualTo(before);
    }

    @Test
    void should_refuse_a_move_the_state_does_not_allow_with_the_state_and_the_move() {
        // GIVEN a declined invitation
        InvitationRegistry registry = InvitationRegistry.inMemory();
        Invitation i = registry.draft(toPerson("nguyen-van-an", REPLY_BY), SECRETARIAT, DRAFTED);
        i = registry.execute(new Send(i.id(), 1, null, SECRETARIAT, SENT));
        Invitation declined = registry.execute(new Decline(i.id(), 2, null, SECRETARIAT, REPLIED));
        // WHEN a check-in is recorded THEN it is refused, and nothing changes
        assertThatThrownBy(() -> registry.execute(new CheckIn(declined.id(), 3, HALL, null, RECEPTION, SESSION)))
                .isInstanceOfSatisfying(InvitationTransitionException.class, e -> {
                    assertThat(e.from().status()).isEqualTo(InvitationStatus.DECLINED);
                    assertThat(e.attempted()).isEqualTo(InvitationAction.CHECK_IN);
                });
        assertThat(registry.get(declined.id())).contains(declined);
    }

    @Test
    void should_refuse_a_second_draft_with_the_same_id_and_unknown_invitations() {
        InvitationRegistry registry = InvitationRegistry.inMemory();
        registry.draft(toPerson("nguyen-van-an", REPLY_BY), SECRETARIAT, DRAFTED);
        assertThatThrownBy(() -> registry.draft(toPerson("nguyen-van-an", null), SECRETARIAT, SENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gm-nguyen-van-an exists already");
        assertThatThrownBy(() -> registry.execute(new Send("gm-nobody", 1, null, SECRETARIAT, SENT)))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("gm-nobody");
        assertThatThrownBy(() -> new Send("gm-x", 0, null, SECRETARIAT, SENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThat(registry.size()).isEqualTo(1);
        assertThat(registry.get("gm-nguyen-van-an").orElseThrow().details().replyBy()).isEqualTo(REPLY_BY);
    }

    @Test
    void should_refuse_to_open_a_journal_whose_events_cannot_happen_naming_the_line() throws Exception {
        // GIVEN a journal in which an invitation is checked in before it was ever sent
        Path file = dir.resolve("broken.jsonl");
        try (InvitationRegistry registry = InvitationRegistry.open(file, Durability.BUFFERED)) {
            registry.draft(toPerson("nguyen-van-an", REPLY_BY), SECRETARIAT, DRAFTED);
        }
        // (written as a journal of dialogue 0.1, whose lines carry no sequence or checksum to refuse it earlier)
        tools.jackson.databind.node.ObjectNode drafted = (tools.jackson.databind.node.ObjectNode)
                tools.jackson.databind.json.JsonMapper.shared().readTree(Files.readString(file)).get("d");
        drafted.put("type", "drafted");
        Files.writeString(file, drafted + "\n" + "{\"type\":\"checked-in\",\"invitation\":\"gm-nguyen-van-an\","
                + "\"attendee\":\"nguyen-van-an\",\"venue\":\"" + HALL + "\",\"actor\":{\"id\":\"le-tan-01\","
                + "\"name\":\"Lê Văn Lễ\",\"role\":\"reception\"},\"at\":\"2024-11-22T01:30:00Z\"}\n");
        // WHEN it is opened THEN the event is named by its position, and why
        assertThatThrownBy(() -> InvitationRegistry.open(file, Durability.BUFFERED))
                .isInstanceOf(vn.dialogue.store.DamagedStoreException.class).hasMessageContaining("position 2")
                .hasMessageContaining("DRAFTED and cannot CHECK_IN");
        assertThatThrownBy(() -> InvitationRegistry.replay(file))
                .isInstanceOf(vn.dialogue.store.DamagedStoreException.class);
    }
}
