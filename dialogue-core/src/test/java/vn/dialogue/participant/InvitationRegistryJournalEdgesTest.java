package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.participant.InvitationsSurviveARestartThroughTheirJournalTest.DRAFTED;
import static vn.dialogue.participant.InvitationsSurviveARestartThroughTheirJournalTest.HALL;
import static vn.dialogue.participant.InvitationsSurviveARestartThroughTheirJournalTest.REPLY_BY;
import static vn.dialogue.participant.InvitationsSurviveARestartThroughTheirJournalTest.SECRETARIAT;
import static vn.dialogue.participant.InvitationsSurviveARestartThroughTheirJournalTest.SENT;
import static vn.dialogue.participant.InvitationsSurviveARestartThroughTheirJournalTest.toPerson;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.journal.Durability;
import vn.dialogue.journal.Journal;
import vn.dialogue.journal.JournalCorruptedException;
import vn.dialogue.participant.InvitationCommand.Confirm;
import vn.dialogue.participant.InvitationCommand.Send;

/** The journal side of the invitation registry: crash-cut tails, failed opens, flushing, and its lock. */
class InvitationRegistryJournalEdgesTest {

    @TempDir
    Path dir;

    @Test
    void should_load_the_complete_events_and_report_the_cut_tail_when_a_crash_cut_the_last_line() throws Exception {
        // GIVEN a journal whose last line a crash cut half-way
        Path file = dir.resolve("cut.jsonl");
        try (InvitationRegistry registry = InvitationRegistry.open(file, Durability.BUFFERED)) {
            registry.draft(toPerson("nguyen-van-an", REPLY_BY), SECRETARIAT, DRAFTED);
        }
        Files.writeString(file, Files.readString(file) + "{\"type\":\"sent\",\"invitation\":\"gm-ng",
                StandardCharsets.UTF_8);
        // WHEN it is opened
        try (InvitationRegistry registry = InvitationRegistry.open(file, Durability.BUFFERED)) {
            // THEN the complete event is loaded and the cut one reported
            assertThat(registry.get("gm-nguyen-van-an")).get().extracting(Invitation::status)
                    .isEqualTo(InvitationStatus.DRAFTED);
            assertThat(registry.damagedTail()).isPresent();
        }
    }

    @Test
    void should_release_the_journal_when_opening_it_fails_so_that_it_can_be_opened_again() throws Exception {
        Path file = dir.resolve("broken.jsonl");
        try (InvitationRegistry registry = InvitationRegistry.open(file, Durability.BUFFERED)) {
            registry.draft(toPerson("nguyen-van-an", REPLY_BY), SECRETARIAT, DRAFTED);
        }
        Files.writeString(file, Files.readString(file) + Files.readString(file), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> InvitationRegistry.open(file, Durability.BUFFERED))
                .isInstanceOf(JournalCorruptedException.class);
        // the second attempt fails for the same reason, not because the first left the journal open
        assertThatThrownBy(() -> InvitationRegistry.open(file, Durability.BUFFERED))
                .isInstanceOf(JournalCorruptedException.class);
    }

    @Test
    void should_hand_events_to_the_system_when_flushed_and_synced() throws Exception {
        Path file = dir.resolve("flushed.jsonl");
        try (InvitationRegistry registry = InvitationRegistry.open(file, Durability.BUFFERED)) {
            Invitation a = registry.draft(toPerson("nguyen-van-an", REPLY_BY), SECRETARIAT, DRAFTED);
            registry.flush();
            assertThat(InvitationRegistry.events(file)).hasSize(1);
            registry.execute(new Send(a.id(), 1, null, SECRETARIAT, SENT));
            registry.sync();
            assertThat(InvitationRegistry.events(file)).hasSize(2);
        }
        // an in-memory registry has nothing to flush
        InvitationRegistry memory = InvitationRegistry.inMemory();
        memory.draft(toPerson("nguyen-van-an", REPLY_BY), SECRETARIAT, DRAFTED);
        memory.flush();
        memory.sync();
        assertThat(memory.size()).isEqualTo(1);
    }

    @Test
    void should_let_another_thread_command_an_invitation_after_a_command_on_this_one() throws Exception {
        InvitationRegistry registry = InvitationRegistry.inMemory();
        Invitation a = registry.draft(toPerson("nguyen-van-an", REPLY_BY), SECRETARIAT, DRAFTED);
        registry.execute(new Send(a.id(), 1, null, SECRETARIAT, SENT));
        AtomicReference<Invitation> other = new AtomicReference<>();
        Thread clerk = new Thread(() -> other.set(registry.execute(new Confirm(a.id(), 2, null, SECRETARIAT,
                SENT.plusSeconds(60)))));
        clerk.start();
        clerk.join();
        assertThat(other.get()).isNotNull().extracting(Invitation::status).isEqualTo(InvitationStatus.CONFIRMED);
        assertThat(registry.get(a.id())).contains(other.get());
        assertThat(HALL).isEqualTo(a.details().venue());
    }
}
