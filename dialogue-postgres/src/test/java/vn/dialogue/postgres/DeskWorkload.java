package vn.dialogue.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import vn.dialogue.actor.Actor;
import vn.dialogue.participant.Invitation;
import vn.dialogue.participant.InvitationCommand;
import vn.dialogue.participant.InvitationRegistry;
import vn.dialogue.participant.InvitationStatus;
import vn.dialogue.question.Act;
import vn.dialogue.question.QuestionCommand;
import vn.dialogue.question.QuestionId;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.QuestionStatus;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.Versioned;
import vn.dialogue.store.StaleVersionException;

/**
 * One side of {@link TwoDesksShareOneDatabaseTest}: a question desk and an invitation desk on the same PostgreSQL
 * logs as another process, 8 threads moving the same questions and invitations with the versions they last saw.
 * As a second JVM's main: {@code URL SCHEMA QUESTIONS INVITATIONS NAME THREADS ROUNDS GO DIGEST}.
 */
public final class DeskWorkload {

    static final Actor COMPILER = Actor.of("th-1", "Chuyên viên tổng hợp", RolePolicy.COMPILER, "so-ldtbxh");
    static final Actor ORGANISER = Actor.of("btc-1", "Ban Tổ chức", RolePolicy.ORGANISER, "hlhpn");
    static final Actor RECEPTION = Actor.of("lt-1", "Lễ tân", RolePolicy.RECEPTION, "vp-ubnd");
    static final Instant AT = Instant.parse("2024-11-10T02:00:00Z");
    static final List<String> AGENCIES = List.of("so-ldtbxh", "so-yte", "so-gddt");

    /** What one side did. */
    record Tally(int acknowledged, int stale) {
    }

    private DeskWorkload() {
    }

    /** Moves questions and invitations at random for {@code rounds} per thread; counts acknowledged and stale. */
    static Tally run(QuestionRegistry questions, InvitationRegistry invitations, String name, int threads,
                     int rounds) throws Exception {
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger stale = new AtomicInteger();
        List<QuestionId> ids = new ArrayList<>(questions.snapshot().keySet());
        List<String> invitationIds = new ArrayList<>(invitations.snapshot().keySet());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Random random = new Random(name.hashCode() * 31L + t);
                futures.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        try {
                            if (random.nextBoolean()) {
                                Versioned q = questions.get(ids.get(random.nextInt(ids.size()))).orElseThrow();
                                if (q.status() == QuestionStatus.ACCEPTED || q.status() == QuestionStatus.ROUTED) {
                                    questions.execute(new QuestionCommand.Route(q.id(), q.version(),
                                            Act.of(COMPILER, AT.plusSeconds(r)),
                                            AGENCIES.get(random.nextInt(AGENCIES.size())), List.of(),
                                            LocalDate.of(2024, 11, 14)));
                                    acknowledged.incrementAndGet();
                                }
                            } else {
                                Invitation i = invitations.get(invitationIds.get(random.nextInt(invitationIds.size())))
                                        .orElseThrow();
                                InvitationCommand command = next(i, r);
                                if (command != null) {
                                    invitations.execute(command);
                                    acknowledged.incrementAndGet();
                                }
                            }
                        } catch (StaleVersionException e) {
                            stale.incrementAndGet();
                        } catch (IllegalStateException e) {
                            // the other process moved it where this move is no longer allowed: a refusal, no event
                            stale.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Tally(acknowledged.get(), stale.get());
    }

    private static InvitationCommand next(Invitation i, int r) {
        Instant at = AT.plusSeconds(600L * (i.version() + 1) + r);
        if (i.status() == InvitationStatus.DRAFTED) {
            return new InvitationCommand.Send(i.id(), i.version(), null, ORGANISER, at);
        }
        if (i.status() == InvitationStatus.SENT) {
            return new InvitationCommand.Confirm(i.id(), i.version(), null, ORGANISER, at);
        }
        if (i.status() == InvitationStatus.CONFIRMED) {
            return new InvitationCommand.CheckIn(i.id(), i.version(), i.details().venue(), null, RECEPTION, at);
        }
        return null;
    }

    /** Every question's and invitation's id, version and state, one per line, in id order: what must agree. */
    static String digest(QuestionRegistry questions, InvitationRegistry invitations) {
        StringBuilder out = new StringBuilder();
        questions.snapshot().forEach((id, v) -> out.append(id).append(' ').append(v.version()).append(' ')
                .append(v.status()).append('\n'));
        new TreeMap<>(invitations.snapshot()).forEach((id, i) -> out.append(id).append(' ').append(i.version())
                .append(' ').append(i.status()).append('\n'));
        return out.toString();
    }

    static DataSource pool(String url, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String schema = args[1];
        int threads = Integer.parseInt(args[5]);
        int rounds = Integer.parseInt(args[6]);
        Path go = Path.of(args[7]);
        Path digest = Path.of(args[8]);
        PostgresEventStore.Builder stores = PostgresEventStore.builder(pool(url, threads + 2)).schema(schema);
        try (QuestionRegistry questions = QuestionRegistry.builder(RolePolicy.defaults()).store(stores.open(args[2]))
                .open();
             InvitationRegistry invitations = InvitationRegistry.builder(RolePolicy.defaults())
                     .store(stores.open(args[3])).open()) {
            System.out.println("ready " + questions.size() + " " + invitations.size());
            System.out.flush();
            while (!Files.exists(go)) {
                Thread.sleep(10);
            }
            Tally tally = run(questions, invitations, args[4], threads, rounds);
            questions.catchUp();
            invitations.catchUp();
            Files.writeString(digest, digest(questions, invitations));
            System.out.println("done " + tally.acknowledged() + " " + tally.stale());
        }
    }
}
