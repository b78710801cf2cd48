package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import vn.dialogue.store.StaleVersionException;

class StaleVersionIsRefusedNotMergedTest {

    @Test
    void should_refuse_the_second_of_two_decisions_made_on_the_same_version() {
        // GIVEN two compilers looking at the same accepted question, version 2
        QuestionRegistry registry = registry();
        Versioned seen = accepted(registry, "a");
        // WHEN the first routes it
        Versioned first = registry.execute(new QuestionCommand.Route(seen.id(), seen.version(), act(COMPILER, T0),
                "so-ldtbxh", List.of(), LocalDate.of(2024, 11, 14)));
        // THEN the second, decided on version 2, is refused and the first routing stands
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Route(seen.id(), seen.version(),
                act(COMPILER, T0), "so-yte", List.of(), LocalDate.of(2024, 11, 14))))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.expected()).isEqualTo(2);
                    assertThat(e.actual()).isEqualTo(3);
                    assertThat(e.subject()).contains(seen.id().value());
                });
        assertThat(registry.get(seen.id())).contains(first);
        assertThat(((RoutedQuestion) first.question()).routing().lead()).isEqualTo("so-ldtbxh");
    }

    @Test
    void should_say_so_when_a_question_does_not_exist() {
        QuestionRegistry registry = registry();
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Close(QuestionId.of("q-000404"), 1,
                act(COMPILER, T0)))).isInstanceOf(NoSuchElementException.class).hasMessageContaining("q-000404");
        assertThat(registry.get(QuestionId.of("q-000404"))).isEmpty();
    }

    @Test
    void should_refuse_a_command_naming_no_version() {
        assertThatThrownBy(() -> new QuestionCommand.Close(QuestionId.of("q-000001"), 0, act(COMPILER, T0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
    }
}
