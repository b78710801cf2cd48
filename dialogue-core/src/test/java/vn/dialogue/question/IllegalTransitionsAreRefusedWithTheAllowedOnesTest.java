package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every transition a state does not allow is refused, naming the state, the attempt and the allowed ones. */
class IllegalTransitionsAreRefusedWithTheAllowedOnesTest {

    private static final Map<Transition, QuestionStatus> LEADS_TO = new EnumMap<>(Map.ofEntries(
            Map.entry(Transition.ACCEPT, QuestionStatus.ACCEPTED),
            Map.entry(Transition.REJECT, QuestionStatus.REJECTED),
            Map.entry(Transition.MERGE, QuestionStatus.MERGED),
            Map.entry(Transition.ROUTE, QuestionStatus.ROUTED),
            Map.entry(Transition.DRAFT, QuestionStatus.ANSWER_DRAFTED),
            Map.entry(Transition.ANSWER_LIVE, QuestionStatus.ANSWERED_LIVE),
            Map.entry(Transition.DEFER, QuestionStatus.DEFERRED),
            Map.entry(Transition.RESOLVE_IN_WRITING, QuestionStatus.RESOLVED_IN_WRITING),
            Map.entry(Transition.CLOSE, QuestionStatus.CLOSED),
            Map.entry(Transition.WITHDRAW, QuestionStatus.WITHDRAWN),
            Map.entry(Transition.HANDLE_LOCALLY, QuestionStatus.HANDLED_LOCALLY)));

    @Test
    void should_refuse_every_transition_a_state_does_not_allow_and_change_nothing() {
        // GIVEN a question in every state, and an accepted partner for compilations
        QuestionRegistry registry = registry();
        Versioned partner = accepted(registry, "partner");
        int refused = 0;
        int expected = 0;
        for (Versioned q : oneInEveryState(registry)) {
            expected += Transition.values().length - q.status().allowed().size();
            for (Transition t : Transition.values()) {
                if (q.status().allowed().contains(t)) {
                    continue;
                }
                QuestionCommand command = command(t, registry.get(q.id()).orElseThrow(),
                        registry.get(partner.id()).orElseThrow());
                Map<QuestionId, Versioned> before = registry.snapshot();
                // WHEN the transition is asked THEN it is refused naming state, attempt and allowed ones
                assertThatThrownBy(() -> registry.execute(command))
                        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                            assertThat(e.question()).isEqualTo(q.id());
                            assertThat(e.from()).isEqualTo(q.status());
                            assertThat(e.attempted()).isEqualTo(t);
                            assertThat(e.allowed()).isEqualTo(q.status().allowed());
                            assertThat(e.getMessage()).contains(q.status().name()).contains(t.name());
                            q.status().allowed().forEach(a -> assertThat(e.getMessage()).contains(a.name()));
                        });
                // AND nothing changed
                assertThat(registry.snapshot()).isEqualTo(before);
                refused++;
            }
        }
        assertThat(refused).isEqualTo(expected).isGreaterThan(100);
    }

    @Test
    void should_carry_out_every_transition_a_state_allows() {
        // GIVEN, for each state and each transition it allows, a fresh question in that state
        QuestionRegistry registry = registry();
        int done = 0;
        for (QuestionStatus status : QuestionStatus.values()) {
            for (Transition t : status.allowed()) {
                String name = status.name().toLowerCase() + "-" + t.name().toLowerCase();
                Versioned q = inState(status, registry, name);
                Versioned partner = accepted(registry, name + "-partner");
                // WHEN the transition is asked by an actor allowed to
                Versioned result = registry.execute(command(t, q, partner));
                // THEN the question moves where the transition leads (or stays, for contributions and notices)
                Versioned now = registry.get(q.id()).orElseThrow();
                QuestionStatus target = LEADS_TO.getOrDefault(t, status);
                assertThat(now.status()).as(status + " " + t).isEqualTo(target);
                assertThat(now.version()).isEqualTo(q.version() + 1);
                if (t == Transition.MERGE) {
                    assertThat(result.status()).isEqualTo(QuestionStatus.ACCEPTED);
                    assertThat(result.question().dossier().isCompiled()).isTrue();
                } else {
                    assertThat(result).isEqualTo(now);
                }
                done++;
            }
        }
        assertThat(done).isEqualTo(java.util.Arrays.stream(QuestionStatus.values())
                .mapToInt(s -> s.allowed().size()).sum());
    }

    @Test
    void final_states_allow_nothing() {
        assertThat(QuestionStatus.REJECTED.isFinal()).isTrue();
        assertThat(QuestionStatus.CLOSED.isFinal()).isTrue();
        assertThat(QuestionStatus.WITHDRAWN.isFinal()).isTrue();
        assertThat(QuestionStatus.DEFERRED.isFinal()).isFalse();
        IllegalTransitionException e = new IllegalTransitionException(QuestionId.of("q-000009"),
                QuestionStatus.CLOSED, Transition.ACCEPT);
        assertThat(e).isInstanceOf(IllegalStateException.class);
        assertThat(e.getMessage()).contains("q-000009").contains("CLOSED").contains("ACCEPT").contains("final");
    }
}
