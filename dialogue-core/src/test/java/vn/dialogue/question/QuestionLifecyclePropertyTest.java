package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dialogue.question.Fixtures.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import vn.dialogue.actor.Actor;
import vn.dialogue.journal.Durability;
import vn.dialogue.store.StaleVersionException;

/**
 * Random sequences of valid and invalid commands (wrong state, wrong actor, stale version, bad values): a refused
 * command changes nothing, and replaying the journal always gives exactly the live state.
 */
class QuestionLifecyclePropertyTest {

    private static final List<Actor> EVERYONE = List.of(CLERK, MODERATOR, COMPILER, LDTBXH, BHXH, YTE, SECRETARIAT,
            DAK_HA, NOBODY);

    /** One step: what to do, to which question, by whom, how stale, and a free choice. */
    record Step(int kind, int target, int actor, boolean stale, int pick) {
    }

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 14),
                Arbitraries.integers().between(0, 1_000), Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 5).map(i -> i == 0), Arbitraries.integers().between(0, 1_000))
                .as(Step::new);
        return step.list().ofMinSize(30).ofMaxSize(150);
    }

    @Property(tries = 60)
    void replaying_the_journal_gives_the_live_state_whatever_was_refused(@ForAll("scripts") List<Step> script)
            throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target"), "lifecycle-");
        Path file = dir.resolve("questions.jsonl");
        try {
            Map<QuestionId, Versioned> live;
            int applied = 0;
            try (QuestionRegistry registry = QuestionRegistry.builder(ROLES).plan(PLAN)
                    .journal(file, Durability.BUFFERED).open()) {
                for (int i = 0; i < script.size(); i++) {
                    Map<QuestionId, Versioned> before = registry.snapshot();
                    try {
                        apply(registry, script.get(i), T0.plusSeconds(600L * i));
                        applied++;
                        Statistics.label("outcome").collect("applied");
                    } catch (IllegalTransitionException | ActionRefusedException | StaleVersionException
                             | IllegalArgumentException | NoSuchElementException refused) {
                        assertThat(registry.snapshot()).as("refused: " + refused.getMessage()).isEqualTo(before);
                        Statistics.label("outcome").collect(refused.getClass().getSimpleName());
                    }
                }
                live = registry.snapshot();
            }
            live.values().forEach(v -> Statistics.label("states reached").collect(v.status()));
            assertThat(QuestionRegistry.replay(file)).isEqualTo(live);
            try (QuestionRegistry reopened = QuestionRegistry.builder(ROLES).plan(PLAN)
                    .journal(file, Durability.BUFFERED).open()) {
                assertThat(reopened.snapshot()).isEqualTo(live);
            }
            assertThat(applied).isLessThanOrEqualTo(script.size());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void apply(QuestionRegistry registry, Step step, Instant at) {
        List<Question> questions = registry.questions();
        if (step.kind() >= Transition.values().length || questions.isEmpty()) {
            String id = "m-" + (step.pick() % 40);
            Actor actor = step.actor() < 8 ? CLERK : EVERYONE.get(step.actor() % EVERYONE.size());
            registry.receive(submission(id, "Câu hỏi số " + (step.pick() % 40) + " về chính sách."), act(actor, at));
            return;
        }
        Versioned q = registry.get(questions.get(step.target() % questions.size()).id()).orElseThrow();
        // mostly a move the state allows (so questions travel far), sometimes any move at all
        List<Transition> allowed = List.copyOf(q.status().allowed());
        Transition t = step.pick() % 4 != 0 && !allowed.isEmpty() ? allowed.get(step.kind() % allowed.size())
                : Transition.values()[step.kind()];
        long version = step.stale() ? (q.version() > 1 ? q.version() - 1 : q.version() + 1) : q.version();
        Actor actor = step.actor() < 6 ? rightActor(t) : EVERYONE.get(step.actor() % EVERYONE.size());
        LocalDate day = DialogueTime.dayOf(at);
        QuestionId id = q.id();
        QuestionCommand command = switch (t) {
            case ACCEPT -> new QuestionCommand.Accept(id, version, act(actor, at, "fits"),
                    step.pick() % 7 == 0 ? List.of("khong-co") : List.of());
            case REJECT -> new QuestionCommand.Reject(id, version, act(actor, at, step.pick() % 5 == 0 ? "" : "no"),
                    RejectionReason.values()[step.pick() % RejectionReason.values().length]);
            case MERGE -> {
                Versioned partner = registry.get(questions.get((step.target() + 1 + step.pick())
                        % questions.size()).id()).orElseThrow();
                yield new QuestionCommand.Compile(List.of(new Versioned(q.question(), version), partner),
                        act(actor, at), "Câu hỏi tổng hợp " + step.pick(), List.of());
            }
            case ROUTE -> new QuestionCommand.Route(id, version, act(actor, at),
                    step.pick() % 2 == 0 ? "so-ldtbxh" : "bhxh-tinh",
                    step.pick() % 3 == 0 ? List.of() : List.of("so-yte"), day.plusDays(step.pick() % 20));
            case CONTRIBUTE -> new QuestionCommand.Contribute(id, version, act(actor, at), "Góp ý " + step.pick());
            case DRAFT -> new QuestionCommand.DraftAnswer(id, version, act(actor, at), "Dự thảo " + step.pick());
            case ANSWER_LIVE -> new QuestionCommand.AnswerLive(id, version, act(actor, at), SESSION,
                    step.pick() % 2 == 0 ? "so-ldtbxh" : "so-yte", null, "Trả lời " + step.pick());
            case DEFER -> new QuestionCommand.Defer(id, version, act(actor, at, "needs study"), SESSION,
                    step.pick() % 2 == 0 ? "bhxh-tinh" : "so-ldtbxh", null,
                    day.plusDays(step.pick() % 11 == 0 ? -1 : 10), day.plusDays(3));
            case NOTIFY_ASKER -> {
                List<Original> originals = q.question().dossier().originals();
                QuestionId original = step.pick() % 6 == 0 ? QuestionId.of("q-999999")
                        : originals.get(step.pick() % originals.size()).question();
                yield new QuestionCommand.NotifyAsker(id, version, act(actor, at), original, "thư " + step.pick());
            }
            case RESOLVE_IN_WRITING -> new QuestionCommand.ResolveInWriting(id, version, act(actor, at), null,
                    "CV " + step.pick(), "Trả lời " + step.pick());
            case CLOSE -> new QuestionCommand.Close(id, version, act(actor, at));
            case WITHDRAW -> new QuestionCommand.Withdraw(id, version, act(actor, at, "asker withdrew"));
            case HANDLE_LOCALLY -> new QuestionCommand.HandleLocally(id, version, act(actor, at), "dak-ha",
                    "Báo cáo " + step.pick());
        };
        registry.execute(command);
    }

    private static Actor rightActor(Transition t) {
        return switch (t) {
            case ACCEPT, REJECT -> MODERATOR;
            case MERGE, ROUTE, CLOSE -> COMPILER;
            case CONTRIBUTE -> YTE;
            case DRAFT -> LDTBXH;
            case ANSWER_LIVE, DEFER -> SECRETARIAT;
            case NOTIFY_ASKER -> COMPILER;
            case RESOLVE_IN_WRITING -> BHXH;
            case WITHDRAW -> CLERK;
            case HANDLE_LOCALLY -> DAK_HA;
        };
    }
}
