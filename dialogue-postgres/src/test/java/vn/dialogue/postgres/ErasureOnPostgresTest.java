package vn.dialogue.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.dialogue.actor.Actor;
import vn.dialogue.question.Act;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Channel;
import vn.dialogue.question.QuestionCommand;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.Submission;
import vn.dialogue.question.SubmissionKind;
import vn.dialogue.question.Versioned;
import vn.dialogue.store.StoredEvent;

/** An asker erased on request, on PostgreSQL: the erasure event and the scrubbing land in one transaction. */
@ExtendWith(PostgresExtension.class)
class ErasureOnPostgresTest {

    private static final Actor CLERK = Actor.of("tn-1", "Cán bộ tiếp nhận", RolePolicy.INTAKE, "hlhpn");
    private static final Actor MODERATOR = Actor.of("kd-1", "Cán bộ kiểm duyệt", RolePolicy.MODERATOR, "hlhpn");
    private static final Actor COMPILER = Actor.of("th-1", "Chuyên viên tổng hợp", RolePolicy.COMPILER, "so-ldtbxh");

    @Test
    void should_keep_no_trace_of_the_asker_in_the_database_and_replay_the_same_states(PostgresServer server) {
        PostgresEventStore.Builder stores = PostgresEventStore.builder(server.pool(2)).schema(server.freshSchema());
        Submission s = new Submission("m-1", SubmissionKind.QUESTION, "Đề nghị hỗ trợ vốn vay", List.of(),
                new Asker("Y Hoa Niê", "Chi hội thôn 3", null, "0905 123 456", false), Channel.webPortal("cong-ttdt"),
                DeskWorkload.AT, null, List.of());
        List<StoredEvent> rows = new ArrayList<>();
        var live = new java.util.LinkedHashMap<vn.dialogue.question.QuestionId, Versioned>();
        try (QuestionRegistry desk = QuestionRegistry.builder(RolePolicy.defaults()).store(stores.open("e/q")).open()) {
            Versioned q = desk.receive(s, Act.of(CLERK, DeskWorkload.AT)).question();
            q = desk.execute(new QuestionCommand.Accept(q.id(), q.version(), Act.of(MODERATOR, DeskWorkload.AT),
                    List.of("chinh-sach")));
            Versioned erased = desk.eraseAsker(q.id(), Act.of(COMPILER, DeskWorkload.AT, "yêu cầu ngày 25/11"));
            assertThat(erased.version()).isEqualTo(q.version() + 1);
            desk.store().readAfter(0, 100, rows::add);
            live.putAll(desk.snapshot());
        }
        assertThat(rows).extracting(StoredEvent::type).containsExactly("received", "accepted", "asker-erased");
        assertThat(rows).allSatisfy(r -> assertThat(r.data()).doesNotContain("Y Hoa Niê").doesNotContain("0905")
                .doesNotContain("Chi hội thôn 3"));
        try (QuestionRegistry again = QuestionRegistry.builder(RolePolicy.defaults()).store(stores.open("e/q"))
                .open()) {
            assertThat(again.snapshot()).isEqualTo(live);
        }
    }
}
