package vn.dialogue.question;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import vn.dialogue.intake.SubmissionRowError;
import vn.dialogue.intake.SubmissionTable;
import vn.dialogue.internal.Keys;
import vn.dialogue.text.Bilingual;

/** What a question's state says of its routing and deferral, a session's record, ids and row errors at the edges. */
class OutcomesSessionRecordsAndIdsAtTheEdgesTest {

    @Test
    void should_tell_the_routing_and_deferral_of_a_question_when_it_moved_on_or_was_withdrawn() {
        try (QuestionRegistry registry = registry()) {
            Versioned routed = routed(registry, "m-1");
            Versioned drafted = drafted(registry, "m-2");
            Versioned deferred = deferred(registry, "m-3");
            Versioned routedThenWithdrawn = registry.execute(command(Transition.WITHDRAW, routed(registry, "m-4"),
                    null));
            Versioned deferredThenWithdrawn = registry.execute(command(Transition.WITHDRAW, deferred(registry, "m-5"),
                    null));
            // THEN the routing is known while routed, drafted, and after a withdrawal from routed
            for (Versioned v : List.of(routed, drafted, routedThenWithdrawn)) {
                assertThat(Outcomes.routing(v.question())).as(v.status().toString()).get()
                        .extracting(Routing::lead).isEqualTo("so-ldtbxh");
            }
            assertThat(Outcomes.routing(received(registry, "m-6").question())).isEmpty();
            // AND the deferral after a withdrawal from deferred
            assertThat(Outcomes.deferral(deferredThenWithdrawn.question())).get()
                    .isEqualTo(Outcomes.deferral(deferred.question()).orElseThrow());
            assertThat(Outcomes.deferral(routedThenWithdrawn.question())).isEmpty();
            assertThat(Outcomes.fromFloor(routed.question())).isFalse();
        }
    }

    @Test
    void should_record_a_session_in_time_order_and_count_only_its_live_answers_and_deferrals() {
        try (QuestionRegistry registry = registry()) {
            // GIVEN a question from the floor answered live after a deferral from a union branch
            Submission floor = new Submission("floor-1", SubmissionKind.QUESTION, "Xin hỏi về học bổng?", List.of(),
                    asker("dak-to"), Channel.floor("hoi-truong"), AT_SESSION, null, List.of());
            Versioned q = registry.receive(floor, act(SECRETARIAT, AT_SESSION)).question();
            q = registry.execute(new QuestionCommand.Accept(q.id(), q.version(), act(MODERATOR, AT_SESSION),
                    List.of("chinh-sach")));
            Versioned deferred = deferred(registry, "m-1");
            registry.execute(new QuestionCommand.AnswerLive(q.id(), q.version(),
                    act(SECRETARIAT, AT_SESSION.plusSeconds(600)), SESSION, "so-ldtbxh", null, "Đã trả lời."));
            // WHEN the session is recorded
            SessionRecord record = SessionRecord.of(SESSION, registry.questions());
            // THEN the deferral (earlier) comes first, and each count counts its own outcome
            assertThat(record.entries()).extracting(SessionRecord.Entry::question)
                    .containsExactly(deferred.id(), q.id());
            assertThat(record.answeredLive()).isEqualTo(1);
            assertThat(record.deferred()).isEqualTo(1);
            assertThat(record.fromFloor()).isEqualTo(1);
        }
    }

    @Test
    void should_number_ids_and_read_their_numbers_at_the_edges() {
        assertThat(QuestionId.numbered(1).value()).isEqualTo("q-000001");
        assertThat(QuestionId.numbered(1234567).value()).isEqualTo("q-1234567");
        assertThat(QuestionId.numbered(42).number()).isEqualTo(42);
        assertThat(QuestionId.of("q-9").number()).isEqualTo(9);
        assertThat(QuestionId.of("q-0").number()).isZero();
        assertThat(QuestionId.of("q-00x").number()).isZero();
        assertThat(QuestionId.of("q-1.").number()).isZero();
        assertThat(QuestionId.of("q-1_").number()).isZero();
        assertThat(QuestionId.of("a-12").number()).isZero();
        assertThat(QuestionId.of("q-" + Long.MAX_VALUE).number()).isZero();
        assertThat(QuestionId.of("q-922337203685477580").number()).isEqualTo(922337203685477580L);
    }

    @Test
    void should_accept_ids_of_1_to_128_characters_and_refuse_longer_ones() {
        assertThat(Keys.require("a", "id")).isEqualTo("a");
        assertThat(Keys.require("a".repeat(128), "id")).hasSize(128);
        assertThat(Keys.valid("a")).isTrue();
        assertThat(Keys.valid("a".repeat(128))).isTrue();
        assertThat(Keys.valid("a".repeat(129))).isFalse();
        assertThat(Keys.valid("")).isFalse();
        assertThatThrownBy(() -> Keys.require("a".repeat(129), "id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 128 characters");
    }

    @Test
    void should_repeat_values_up_to_80_characters_and_say_table_or_row_in_either_language() {
        Bilingual message = Bilingual.of("Sai.", "Wrong.");
        String v80 = "x".repeat(SubmissionRowError.MAX_VALUE);
        assertThat(new SubmissionRowError(3, "Nội dung", v80, message).value()).isEqualTo(v80);
        assertThat(new SubmissionRowError(3, "Nội dung", v80 + "y", message).value()).isEqualTo(v80 + "…");
        SubmissionRowError table = new SubmissionRowError(0, null, null, message);
        assertThat(table.format(Locale.ENGLISH)).isEqualTo("table: Wrong.");
        assertThat(table.format(Locale.forLanguageTag("vi"))).isEqualTo("bảng: Sai.");
        SubmissionRowError cell = new SubmissionRowError(7, "Ngày nhận", "31/02/2024", message);
        assertThat(cell.format(Locale.forLanguageTag("vi"))).isEqualTo("dòng 7, cột 'Ngày nhận' ('31/02/2024'): Sai.");
        assertThat(cell.format(Locale.ENGLISH)).isEqualTo("row 7, column 'Ngày nhận' ('31/02/2024'): Wrong.");
        assertThat(cell.toString()).isEqualTo("SubmissionRowError[row 7, column 'Ngày nhận': Wrong.]");
        assertThat(table.toString()).isEqualTo("SubmissionRowError[row 0: Wrong.]");
    }
}
