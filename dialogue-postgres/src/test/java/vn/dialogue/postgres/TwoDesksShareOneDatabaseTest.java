package vn.dialogue.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.participant.Addressee;
import vn.dialogue.participant.InvitationDetails;
import vn.dialogue.participant.InvitationRegistry;
import vn.dialogue.question.Act;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Channel;
import vn.dialogue.question.QuestionCommand;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.Submission;
import vn.dialogue.question.SubmissionKind;
import vn.dialogue.question.Versioned;
import vn.dialogue.actor.Actor;

/**
 * Two desks on one database, in two processes: this JVM and a second one ({@link DeskWorkload}), each with its own
 * connections and 8 threads, move the same questions and invitations at once with the versions they last saw. No
 * event is lost or stored twice, every stale move is refused, and each desk's state after catching up equals a
 * fresh replay of the store.
 */
@ExtendWith(PostgresExtension.class)
class TwoDesksShareOneDatabaseTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 30;
    private static final int QUESTIONS = 12;
    private static final int INVITATIONS = 12;
    private static final Actor CLERK = Actor.of("tn-1", "Cán bộ tiếp nhận", RolePolicy.INTAKE, "hlhpn");
    private static final Actor MODERATOR = Actor.of("kd-1", "Cán bộ kiểm duyệt", RolePolicy.MODERATOR, "hlhpn");

    private static Submission submission(int n) {
        return new Submission("m-" + n, SubmissionKind.QUESTION, "Đề nghị hỗ trợ vốn vay cho hội viên số " + n,
                List.of(), new Asker("Người hỏi " + n, null, null, null, false), Channel.webPortal("cong-ttdt"),
                DeskWorkload.AT.minusSeconds(86_400), null, List.of());
    }

    @Test
    void should_lose_and_repeat_nothing_and_agree_with_a_fresh_replay_when_two_processes_share_the_desks(
            PostgresServer server, @TempDir Path dir) throws Exception {
        // GIVEN questions accepted and invitations drafted on two logs of one database
        String schema = server.freshSchema();
        DataSource pool = server.pool(THREADS + 2);
        PostgresEventStore.Builder stores = PostgresEventStore.builder(pool).schema(schema);
        String q = "hoi-nghi/questions";
        String inv = "hoi-nghi/invitations";
        long seeded;
        try (QuestionRegistry questions = QuestionRegistry.builder(RolePolicy.defaults()).store(stores.open(q)).open();
             InvitationRegistry invitations = InvitationRegistry.builder(RolePolicy.defaults())
                     .store(stores.open(inv)).open()) {
            for (int n = 1; n <= QUESTIONS; n++) {
                Versioned v = questions.receive(submission(n), Act.of(CLERK, DeskWorkload.AT)).question();
                questions.execute(new QuestionCommand.Accept(v.id(), v.version(), Act.of(MODERATOR, DeskWorkload.AT),
                        List.of("chinh-sach")));
            }
            for (int n = 1; n <= INVITATIONS; n++) {
                invitations.draft(new InvitationDetails("gm-" + n, new Addressee.Person("dai-bieu-" + n), "hoi-truong",
                        "dai-bieu", null), DeskWorkload.ORGANISER, DeskWorkload.AT);
            }
            seeded = questions.store().head() + invitations.store().head();
        }

        // WHEN this JVM and a second one move them at once, 8 threads each
        Path go = dir.resolve("go");
        Path theirDigest = dir.resolve("digest-b.txt");
        DeskWorkload.Tally ours;
        String printed;
        String ourDigest;
        try (QuestionRegistry questions = QuestionRegistry.builder(RolePolicy.defaults()).store(stores.open(q)).open();
             InvitationRegistry invitations = InvitationRegistry.builder(RolePolicy.defaults())
                     .store(stores.open(inv)).open();
             SecondJvm other = SecondJvm.start(DeskWorkload.class, server.url(), schema, q, inv, "B",
                     String.valueOf(THREADS), String.valueOf(ROUNDS), go.toString(), theirDigest.toString())) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!other.output().contains("ready")) {
                assertThat(other.alive()).as("the second JVM died before it was ready:%n%s", other.output()).isTrue();
                assertThat(System.nanoTime()).as("the second JVM was not ready in 120 s").isLessThan(until);
                Thread.sleep(20);
            }
            Files.createFile(go);
            ours = DeskWorkload.run(questions, invitations, "A", THREADS, ROUNDS);
            printed = other.await(Duration.ofMinutes(5));
            questions.catchUp();
            invitations.catchUp();
            ourDigest = DeskWorkload.digest(questions, invitations);

            // the same submission received again, here, after the other process moved it: one question still
            assertThat(questions.receive(submission(1), Act.of(CLERK, DeskWorkload.AT)).duplicate()).isTrue();
        }
        String[] done = printed.lines().filter(l -> l.startsWith("done ")).findFirst().orElseThrow().split(" ");
        int theirs = Integer.parseInt(done[1]);

        // THEN both got moves through, and conflicts were refused
        assertThat(ours.acknowledged()).isPositive();
        assertThat(theirs).isPositive();
        assertThat(ours.stale() + Integer.parseInt(done[2])).as("16 threads on 24 records conflict").isPositive();
        // AND the logs hold exactly the seeded events and every acknowledged move, at contiguous positions
        String fresh;
        try (QuestionRegistry questions = QuestionRegistry.builder(RolePolicy.defaults()).store(stores.open(q)).open();
             InvitationRegistry invitations = InvitationRegistry.builder(RolePolicy.defaults())
                     .store(stores.open(inv)).open()) {
            assertThat(questions.store().head() + invitations.store().head())
                    .isEqualTo(seeded + ours.acknowledged() + theirs);
            assertThat(questions.size()).isEqualTo(QUESTIONS);
            fresh = DeskWorkload.digest(questions, invitations);
        }
        // AND each desk, caught up, equals a fresh replay of the store
        assertThat(ourDigest).isEqualTo(fresh);
        assertThat(Files.readString(theirDigest)).isEqualTo(fresh);
    }

    @Test
    void should_take_a_submission_once_when_two_desks_receive_it(PostgresServer server) {
        String schema = server.freshSchema();
        PostgresEventStore.Builder stores = PostgresEventStore.builder(server.pool(4)).schema(schema);
        try (QuestionRegistry a = QuestionRegistry.builder(RolePolicy.defaults()).store(stores.open("x/q")).open();
             QuestionRegistry b = QuestionRegistry.builder(RolePolicy.defaults()).store(stores.open("x/q")).open()) {
            Versioned first = a.receive(submission(1), Act.of(CLERK, DeskWorkload.AT)).question();
            // b has not seen it: its append is refused by the key, it catches up and answers with a's question
            var again = b.receive(submission(1), Act.of(CLERK, DeskWorkload.AT));
            assertThat(again.duplicate()).isTrue();
            assertThat(again.question().id()).isEqualTo(first.id());
            // and a new submission on b takes the next number, not a's
            assertThat(b.receive(submission(2), Act.of(CLERK, DeskWorkload.AT)).question().id().value())
                    .isEqualTo("q-000002");
            assertThat(a.store().head()).isEqualTo(2);
        }
    }
}
