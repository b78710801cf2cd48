package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dialogue.question.Fixtures.*;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.actor.Actor;
import vn.dialogue.deadline.Deadline;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.journal.Durability;
import vn.dialogue.store.StaleVersionException;
import vn.dialogue.participant.Addressee;
import vn.dialogue.participant.Invitation;
import vn.dialogue.participant.InvitationAction;
import vn.dialogue.participant.InvitationCommand;
import vn.dialogue.participant.InvitationDetails;
import vn.dialogue.participant.InvitationRegistry;
import vn.dialogue.participant.InvitationState;
import vn.dialogue.participant.InvitationStatus;
import vn.dialogue.participant.InvitationTransitionException;

/**
 * Issue 9, concurrency at scale: 8 threads × 100,000 operations on questions and invitations at once, contending
 * on a few hot items. Every success is one journaled event with the next version of its item; every refusal is a
 * stale version or an illegal transition; replaying both journals gives the live states.
 */
class ManyThreadsMoveQuestionsAndInvitationsAtOnceTest {

    private static final int THREADS = 8;
    private static final int OPERATIONS = 100_000;
    private static final int HOT = 12;
    private static final long SEED = 20261127L;

    private static final Actor SECRETARY = Actor.of("vp-01", "Trần Thị Thư", "secretariat", "vp-ubnd");
    private static final Actor RECEPTION = Actor.of("le-tan-01", "Lê Văn Lễ", "reception", "vp-ubnd");
    private static final FixedDeadline REPLY_BY = FixedDeadline.byEndOf(LocalDate.of(2024, 11, 15));
    private static final Deadline REPLY_DEADLINE = new Deadline(REPLY_BY, REPLY_BY.lastDay());
    /** Every invitation move happens at this instant, after the reply deadline passed. */
    private static final Instant INVITATION_TIME = Instant.parse("2024-11-16T02:00:00Z");

    private static final Map<InvitationStatus, List<InvitationAction>> INVITATION_MOVES = new EnumMap<>(Map.of(
            InvitationStatus.DRAFTED, List.of(InvitationAction.SEND),
            InvitationStatus.SENT, List.of(InvitationAction.CONFIRM, InvitationAction.DECLINE,
                    InvitationAction.SUBSTITUTE, InvitationAction.LAPSE),
            InvitationStatus.CONFIRMED, List.of(InvitationAction.SUBSTITUTE, InvitationAction.DECLINE,
                    InvitationAction.CHECK_IN, InvitationAction.MARK_ABSENT),
            InvitationStatus.SUBSTITUTED, List.of(InvitationAction.SUBSTITUTE, InvitationAction.DECLINE,
                    InvitationAction.CHECK_IN, InvitationAction.MARK_ABSENT),
            InvitationStatus.UNANSWERED, List.of(InvitationAction.CONFIRM, InvitationAction.DECLINE,
                    InvitationAction.SUBSTITUTE, InvitationAction.CHECK_IN, InvitationAction.MARK_ABSENT),
            InvitationStatus.DECLINED, List.of(),
            InvitationStatus.ATTENDED, List.of(),
            InvitationStatus.ABSENT, List.of()));
    private static final Set<QuestionStatus> RETIRED = EnumSet.of(QuestionStatus.REJECTED, QuestionStatus.CLOSED,
            QuestionStatus.WITHDRAWN, QuestionStatus.MERGED);

    @TempDir
    Path dir;

    /** One successful operation's result: the item and the version it reached. */
    private record Done(String item, long version) {
    }

    /** What one worker did. */
    private static final class Tally {
        final ArrayList<Done> done = new ArrayList<>();
        final List<String> unexpected = new ArrayList<>();
        long operations;
        long successes;
        long duplicateIntakes;
        long stale;
        long illegal;
        long compilations;
    }

    /** Shared by the workers: the registries and the hot items they fight over. */
    private record Shared(QuestionRegistry questions, InvitationRegistry invitations,
                          AtomicReferenceArray<QuestionId> hotQuestions, AtomicReferenceArray<String> hotInvitations,
                          AtomicLong messages, AtomicLong invitationIds, AtomicLong people,
                          ConcurrentHashMap<String, QuestionId> intake, Set<String> created) {
    }

    @Test
    void should_journal_each_success_once_refuse_conflicts_cleanly_and_replay_to_the_live_state_when_8_threads_work_at_once()
            throws Exception {
        // GIVEN journaled question and invitation registries, and 8 workers with their own random streams
        Path questionFile = dir.resolve("questions.jsonl");
        Path invitationFile = dir.resolve("invitations.jsonl");
        List<Tally> tallies = new ArrayList<>();
        Map<QuestionId, Versioned> liveQuestions;
        Map<String, Invitation> liveInvitations;
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        Shared shared;
        try (QuestionRegistry questions = QuestionRegistry.builder(ROLES).plan(PLAN)
                .journal(questionFile, Durability.BUFFERED).open();
             InvitationRegistry invitations = InvitationRegistry.open(invitationFile, Durability.BUFFERED)) {
            shared = new Shared(questions, invitations, new AtomicReferenceArray<>(HOT),
                    new AtomicReferenceArray<>(HOT), new AtomicLong(), new AtomicLong(), new AtomicLong(),
                    new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet());
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Tally>> futures = new ArrayList<>();
            SplittableRandom seeds = new SplittableRandom(SEED);
            for (int t = 0; t < THREADS; t++) {
                SplittableRandom random = seeds.split();
                futures.add(pool.submit(() -> {
                    start.await();
                    return work(shared, random);
                }));
            }
            // WHEN they take in submissions and move questions and invitations, contending on a few hot items
            start.countDown();
            for (Future<Tally> f : futures) {
                tallies.add(f.get(5, TimeUnit.MINUTES));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            liveQuestions = questions.snapshot();
            liveInvitations = invitations.snapshot();
        }
        long worked = System.nanoTime();
        long cpuWorked = processCpuNanos();
        tallies.forEach(t -> t.done.trimToSize());

        // THEN no worker met anything but a success, a stale version or an illegal transition
        List<String> unexpected = tallies.stream().flatMap(t -> t.unexpected.stream()).toList();
        assertThat(unexpected).as("exceptions other than typed refusals").isEmpty();
        long operations = tallies.stream().mapToLong(t -> t.operations).sum();
        long successes = tallies.stream().mapToLong(t -> t.successes).sum();
        long duplicates = tallies.stream().mapToLong(t -> t.duplicateIntakes).sum();
        long stale = tallies.stream().mapToLong(t -> t.stale).sum();
        long illegal = tallies.stream().mapToLong(t -> t.illegal).sum();
        long compilations = tallies.stream().mapToLong(t -> t.compilations).sum();
        assertThat(operations).isEqualTo((long) THREADS * OPERATIONS);
        assertThat(successes + stale + illegal).isEqualTo(operations);
        assertThat(stale).as("conflicts happened").isPositive();
        assertThat(illegal).as("illegal moves were tried").isPositive();
        assertThat(duplicates).as("repeated submissions were tried").isPositive();
        assertThat(compilations).isPositive();

        // AND each success that changed something is exactly one line of a journal
        long questionEvents = lines(questionFile);
        long invitationEvents = lines(invitationFile);
        long events = questionEvents + invitationEvents;
        assertThat(events).isEqualTo(successes - duplicates);

        // AND every item's successes reached versions 1, 2, ... n, each once, n being its live version
        Map<String, BitSet> versions = new HashMap<>();
        for (Tally t : tallies) {
            for (Done d : t.done) {
                BitSet reached = versions.computeIfAbsent(d.item(), k -> new BitSet());
                assertThat(reached.get((int) d.version())).as(d.item() + " reached version " + d.version() + " twice")
                        .isFalse();
                reached.set((int) d.version());
            }
            t.done.clear();
        }
        Map<String, Long> liveVersions = new HashMap<>();
        liveQuestions.forEach((id, v) -> liveVersions.put(id.value(), v.version()));
        liveInvitations.forEach((id, i) -> liveVersions.put(id, i.version()));
        assertThat(versions.keySet()).isEqualTo(liveVersions.keySet());
        versions.forEach((item, reached) -> {
            long n = liveVersions.get(item);
            assertThat(reached.cardinality()).as("versions of " + item).isEqualTo(n);
            assertThat(reached.nextClearBit(1)).as("versions of " + item).isEqualTo(n + 1);
        });
        versions.clear();
        // AND every distinct submission became one question, whichever thread sent it first
        assertThat(liveQuestions.size() - compilations).isEqualTo(shared.created().size())
                .isEqualTo(shared.intake().size());

        // AND replaying the journals gives exactly the live states, versions and events included
        long replayStart = System.nanoTime();
        long cpuReplayStart = processCpuNanos();
        Map<QuestionId, Versioned> replayedQuestions = QuestionRegistry.replay(questionFile);
        Map<String, Invitation> replayedInvitations = InvitationRegistry.replay(invitationFile);
        long replayed = System.nanoTime();
        long cpuReplayed = processCpuNanos();
        assertThat(replayedQuestions).isEqualTo(liveQuestions);
        assertThat(replayedInvitations).isEqualTo(liveInvitations);

        System.out.printf("concurrency: %d threads x %d operations = %d; %d succeeded (%d repeated submissions "
                        + "recorded once, %d compilations), %d refused as stale versions, %d refused as illegal "
                        + "transitions, 0 other exceptions; %d questions, %d invitations; %d events journaled "
                        + "(%d question, %d invitation); work %d ms (%d ms of CPU), replaying both journals %d ms "
                        + "(%d ms of CPU)%n",
                THREADS, OPERATIONS, operations, successes, duplicates, compilations, stale, illegal,
                liveQuestions.size(), liveInvitations.size(), events, questionEvents, invitationEvents,
                (worked - started) / 1_000_000, (cpuWorked - cpuStarted) / 1_000_000,
                (replayed - replayStart) / 1_000_000, (cpuReplayed - cpuReplayStart) / 1_000_000);
    }

    /** Non-blank lines: each is one event, else replaying the journal would fail. */
    private static long lines(Path file) throws java.io.IOException {
        try (var lines = java.nio.file.Files.lines(file)) {
            return lines.filter(line -> !line.isBlank()).count();
        }
    }

    /** CPU time of the whole test JVM, to tell the test's own cost from waiting on a shared machine. */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static Tally work(Shared s, SplittableRandom random) {
        Tally tally = new Tally();
        Versioned oldQuestion = null;
        Invitation oldInvitation = null;
        for (int op = 0; op < OPERATIONS; op++) {
            tally.operations++;
            int pick = random.nextInt(100);
            try {
                if (pick < 8) {
                    receive(s, random, tally);
                } else if (pick < 50) {
                    oldQuestion = moveQuestion(s, random, tally, oldQuestion);
                } else if (pick < 56) {
                    draftInvitation(s, random, tally);
                } else {
                    oldInvitation = moveInvitation(s, random, tally, oldInvitation);
                }
                tally.successes++;
            } catch (StaleVersionException e) {
                tally.stale++;
            } catch (IllegalTransitionException | InvitationTransitionException e) {
                tally.illegal++;
            } catch (RuntimeException | AssertionError e) {
                if (tally.unexpected.size() < 20) {
                    tally.unexpected.add(e.getClass().getName() + ": " + e.getMessage());
                }
                tally.successes++; // counted so that the totals still add up; the list above fails the test
            }
        }
        return tally;
    }

    /** A submission: usually new, sometimes one a thread sent lately (perhaps still in flight elsewhere). */
    private static void receive(Shared s, SplittableRandom random, Tally tally) {
        long last = s.messages().get();
        String message = random.nextInt(4) == 0 && last > 0
                ? "m-" + Math.max(0, last - 1 - random.nextInt(20))
                : "m-" + s.messages().getAndIncrement();
        Intake intake = s.questions().receive(submission(message, "Câu hỏi số " + message), act(CLERK, T0));
        QuestionId id = intake.question().id();
        QuestionId first = s.intake().putIfAbsent(message, id);
        if (first != null && !first.equals(id)) {
            throw new AssertionError(message + " recorded as " + first + " and " + id);
        }
        if (intake.duplicate()) {
            tally.duplicateIntakes++;
        } else {
            if (!s.created().add(message)) {
                throw new AssertionError(message + " recorded twice");
            }
            tally.done.add(new Done(id.value(), 1));
            s.hotQuestions().set(random.nextInt(HOT), id);
        }
    }

    /** A move of a hot question: mostly one its state allows, on the version just read; sometimes not. */
    private static Versioned moveQuestion(Shared s, SplittableRandom random, Tally tally, Versioned old) {
        int slot = random.nextInt(HOT);
        QuestionId id = s.hotQuestions().get(slot);
        Versioned current = id == null ? null : s.questions().get(id).orElseThrow();
        if (current == null || RETIRED.contains(current.status())) {
            receive(s, random, tally);
            return old;
        }
        boolean anyMove = random.nextInt(4) == 0;
        List<Transition> allowed = List.copyOf(current.status().allowed());
        Transition t = anyMove ? Transition.values()[random.nextInt(Transition.values().length)]
                : allowed.get(random.nextInt(allowed.size()));
        Versioned decidedOn = current;
        if (old != null && random.nextInt(10) == 0) {
            decidedOn = old;
        }
        Versioned partner = null;
        if (t == Transition.MERGE) {
            for (int i = 0; i < HOT && partner == null; i++) {
                QuestionId other = s.hotQuestions().get((slot + 1 + i) % HOT);
                if (other != null && !other.equals(decidedOn.id())) {
                    partner = s.questions().get(other).orElseThrow();
                }
            }
            if (partner == null) {
                t = Transition.WITHDRAW;
            }
        }
        if (random.nextInt(5) == 0) {
            Thread.yield();
        }
        QuestionCommand command = command(t, decidedOn, partner == null ? decidedOn : partner);
        try {
            Versioned result = s.questions().execute(command);
            if (command instanceof QuestionCommand.Compile compile) {
                tally.compilations++;
                tally.done.add(new Done(result.id().value(), 1));
                for (Versioned member : compile.members()) {
                    tally.done.add(new Done(member.id().value(), member.version() + 1));
                }
                s.hotQuestions().set(slot, result.id());
            } else {
                if (result.version() != decidedOn.version() + 1) {
                    throw new AssertionError(result.id() + " reached " + result.version() + " from "
                            + decidedOn.version());
                }
                tally.done.add(new Done(result.id().value(), result.version()));
            }
            return result;
        } catch (IllegalTransitionException e) {
            if (!anyMove && decidedOn == current && t != Transition.MERGE) {
                throw new AssertionError("an allowed move on the version read was refused: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** A new invitation, mostly to a person, sometimes to an organisation. */
    private static void draftInvitation(Shared s, SplittableRandom random, Tally tally) {
        long n = s.invitationIds().getAndIncrement();
        Addressee to = random.nextInt(10) == 0 ? Addressee.organisation("so-" + n, "Đại diện lãnh đạo")
                : Addressee.person("dai-bieu-" + n);
        Invitation drafted = s.invitations().draft(new InvitationDetails("gm-" + n, to, "hoi-truong",
                "dai-bieu-moi", REPLY_BY), SECRETARY, INVITATION_TIME);
        tally.done.add(new Done(drafted.id(), 1));
        s.hotInvitations().set(random.nextInt(HOT), drafted.id());
    }

    /** A move of a hot invitation: mostly one its state allows, on the version just read; sometimes not. */
    private static Invitation moveInvitation(Shared s, SplittableRandom random, Tally tally, Invitation old) {
        int slot = random.nextInt(HOT);
        String id = s.hotInvitations().get(slot);
        Invitation current = id == null ? null : s.invitations().get(id).orElseThrow();
        if (current == null || INVITATION_MOVES.get(current.status()).isEmpty()) {
            draftInvitation(s, random, tally);
            return old;
        }
        boolean anyMove = random.nextInt(4) == 0;
        List<InvitationAction> allowed = INVITATION_MOVES.get(current.status());
        InvitationAction action = anyMove ? InvitationAction.values()[random.nextInt(InvitationAction.values().length)]
                : allowed.get(random.nextInt(allowed.size()));
        Invitation decidedOn = old != null && random.nextInt(10) == 0 ? old : current;
        if (random.nextInt(5) == 0) {
            Thread.yield();
        }
        InvitationCommand command = invitationCommand(action, decidedOn, s.people());
        try {
            Invitation result = s.invitations().execute(command);
            if (result.version() != decidedOn.version() + 1) {
                throw new AssertionError(result.id() + " reached " + result.version() + " from "
                        + decidedOn.version());
            }
            tally.done.add(new Done(result.id(), result.version()));
            return result;
        } catch (InvitationTransitionException e) {
            if (!anyMove && decidedOn == current) {
                throw new AssertionError("an allowed move on the version read was refused: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** A command for {@code action}, with values that fit the invitation as it was read. */
    private static InvitationCommand invitationCommand(InvitationAction action, Invitation i, AtomicLong people) {
        String id = i.id();
        long v = i.version();
        InvitationState state = i.state();
        boolean toOrganisation = i.details().invitee().isEmpty();
        boolean awaitingReply = state instanceof InvitationState.Sent || state instanceof InvitationState.Unanswered;
        if (action == InvitationAction.SUBSTITUTE && toOrganisation && awaitingReply) {
            action = InvitationAction.CONFIRM; // an organisation names who comes; it has nobody to substitute yet
        }
        Instant at = INVITATION_TIME;
        return switch (action) {
            case SEND -> new InvitationCommand.Send(id, v, "Số: " + v + "/GM-UBND", SECRETARY, at);
            case CONFIRM -> new InvitationCommand.Confirm(id, v,
                    toOrganisation ? "nguoi-" + people.getAndIncrement() : null, SECRETARY, at);
            case DECLINE -> new InvitationCommand.Decline(id, v, "trùng lịch công tác", SECRETARY, at);
            case SUBSTITUTE -> new InvitationCommand.Substitute(id, v, "thay-" + people.getAndIncrement(),
                    "bận công tác", SECRETARY, at);
            case LAPSE -> new InvitationCommand.Lapse(id, v, REPLY_DEADLINE, SECRETARY, at);
            case CHECK_IN -> new InvitationCommand.CheckIn(id, v, "hoi-truong",
                    toOrganisation && state instanceof InvitationState.Unanswered
                            ? "nguoi-" + people.getAndIncrement() : null, RECEPTION, at);
            case MARK_ABSENT -> new InvitationCommand.MarkAbsent(id, v, RECEPTION, at);
        };
    }
}
