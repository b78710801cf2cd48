package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dialogue.question.Fixtures.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.journal.Durability;
import vn.dialogue.journal.Journal;
import vn.dialogue.store.StaleVersionException;

class ConcurrentIntakeAndTransitionsLoseNothingTest {

    @TempDir
    Path dir;

    @Test
    void should_lose_no_submission_and_apply_each_decision_once_when_many_threads_work_at_once() throws Exception {
        // GIVEN a journaled registry and 4 intake threads receiving overlapping submissions (each id 4 times)
        Path file = dir.resolve("questions.jsonl");
        int threads = 4;
        int distinct = 3_000;
        AtomicInteger accepts = new AtomicInteger();
        AtomicInteger routes = new AtomicInteger();
        AtomicInteger compilations = new AtomicInteger();
        Map<QuestionId, Versioned> live;
        try (QuestionRegistry registry = QuestionRegistry.builder(ROLES).plan(PLAN)
                .journal(file, Durability.BUFFERED).open()) {
            ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * 97;
                futures.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < distinct; i++) {
                        int n = (i + offset) % distinct;
                        // WHEN each thread receives, then tries to accept and route what it received
                        Versioned q = registry.receive(submission("c-" + n, "Câu hỏi " + n), act(CLERK, T0))
                                .question();
                        try {
                            q = registry.execute(new QuestionCommand.Accept(q.id(), 1, act(MODERATOR, T0), List.of()));
                            accepts.incrementAndGet();
                            if (n % 3 == 0) {
                                registry.execute(new QuestionCommand.Route(q.id(), q.version(), act(COMPILER, T0),
                                        "so-ldtbxh", List.of(), LocalDate.of(2024, 11, 14)));
                                routes.incrementAndGet();
                            }
                        } catch (StaleVersionException | IllegalTransitionException lost) {
                            // another thread decided first: refused, not merged
                        }
                    }
                    return null;
                }));
            }
            // AND one thread compiles pairs of accepted questions meanwhile
            futures.add(pool.submit((Callable<Void>) () -> {
                start.await();
                for (int round = 0; round < 400; round++) {
                    List<Versioned> accepted = registry.snapshot().values().stream()
                            .filter(v -> v.status() == QuestionStatus.ACCEPTED
                                    && !v.question().dossier().isCompiled())
                            .limit(2).toList();
                    if (accepted.size() == 2) {
                        try {
                            registry.execute(new QuestionCommand.Compile(accepted, act(COMPILER, T0), "Chung",
                                    List.of()));
                            compilations.incrementAndGet();
                        } catch (StaleVersionException | IllegalTransitionException lost) {
                            // a member moved on meanwhile
                        }
                    }
                    Thread.onSpinWait();
                }
                return null;
            }));
            start.countDown();
            for (Future<?> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            live = registry.snapshot();
        }
        // THEN every distinct submission is one question, each accepted exactly once
        assertThat(live).hasSize(distinct + compilations.get());
        assertThat(accepts.get()).isEqualTo(distinct);
        Set<QuestionId> mergedSomewhere = new HashSet<>();
        int merged = 0;
        for (Versioned v : live.values()) {
            if (v.question() instanceof MergedQuestion m) {
                merged++;
                assertThat(live.get(m.into()).question().dossier().originals()).extracting(Original::question)
                        .contains(v.id());
            }
            if (v.question().dossier().isCompiled()) {
                for (Original o : v.question().dossier().originals()) {
                    assertThat(mergedSomewhere.add(o.question())).as("merged once: " + o.question()).isTrue();
                }
            }
        }
        assertThat(merged).isEqualTo(2 * compilations.get());
        assertThat(live.values().stream().filter(v -> v.status() == QuestionStatus.ROUTED).count())
                .isEqualTo(routes.get());
        // AND the journal holds exactly one event per change, and replays to the same state
        int events = QuestionRegistry.events(file).size();
        assertThat(events).isEqualTo(distinct + accepts.get() + routes.get() + compilations.get());
        assertThat(QuestionRegistry.replay(file)).isEqualTo(live);
    }
}
