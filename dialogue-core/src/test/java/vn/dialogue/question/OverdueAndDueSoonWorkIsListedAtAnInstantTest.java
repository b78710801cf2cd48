package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class OverdueAndDueSoonWorkIsListedAtAnInstantTest {

    @Test
    void should_count_a_deadline_day_to_midnight_in_vietnam() {
        // GIVEN a question routed with its answer due on 14 November
        QuestionRegistry registry = registry();
        Versioned q = routed(registry, "a");
        // WHEN it is 23:59 on 14 November in Vietnam THEN it is due today, not overdue
        Instant lastMinute = Instant.parse("2024-11-14T16:59:00Z");
        assertThat(registry.overdue(lastMinute)).isEmpty();
        assertThat(registry.dueSoon(lastMinute, 0)).singleElement().satisfies(item -> {
            assertThat(item.question()).isEqualTo(q.id());
            assertThat(item.duty()).isEqualTo(DueItem.Duty.PREPARE_ANSWER);
            assertThat(item.agency()).isEqualTo("so-ldtbxh");
            assertThat(item.due()).isEqualTo(LocalDate.of(2024, 11, 14));
        });
        // WHEN it is 00:00 on 15 November in Vietnam (still 14 November in UTC) THEN it is overdue
        Instant midnight = Instant.parse("2024-11-14T17:00:00Z");
        assertThat(registry.overdue(midnight)).extracting(DueItem::question).containsExactly(q.id());
        assertThat(registry.dueSoon(midnight, 3)).isEmpty();
    }

    @Test
    void should_owe_nothing_once_the_work_is_done() {
        QuestionRegistry registry = registry();
        drafted(registry, "drafted");
        resolved(registry, "resolved");
        answeredLive(registry, "live");
        assertThat(registry.overdue(Instant.parse("2025-06-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void should_list_due_soon_work_in_due_order_and_within_the_window_only() {
        QuestionRegistry registry = registry();
        Versioned late = accepted(registry, "late");
        registry.execute(new QuestionCommand.Route(late.id(), late.version(), act(COMPILER, T0), "so-yte", List.of(),
                LocalDate.of(2024, 11, 20)));
        Versioned early = routed(registry, "early");
        List<DueItem> soon = registry.dueSoon(Instant.parse("2024-11-12T02:00:00Z"), 8);
        assertThat(soon).extracting(DueItem::question).containsExactly(early.id(), late.id());
        assertThat(registry.dueSoon(Instant.parse("2024-11-12T02:00:00Z"), 3)).extracting(DueItem::question)
                .containsExactly(early.id());
        assertThatThrownBy(() -> registry.dueSoon(T0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
