package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.journal.Durability;
import vn.dialogue.journal.Journal;
import vn.dialogue.question.QuestionEvent.AskerErased;

/**
 * Luật 91/2025/QH15: a host erases an asker's personal data on request. The asker becomes a pseudonym in every
 * state and in the journal file; the question, its answer and the history stay, and replay agrees.
 */
class HostErasesAnAskersPersonalDataOnRequestTest {

    private static final String ORGANISATION = "Hội Phụ nữ xã";

    @TempDir
    Path dir;

    private QuestionRegistry open(Path file) {
        return QuestionRegistry.builder(ROLES).plan(PLAN).journal(file, Durability.BUFFERED).open();
    }

    private static String text(Path file) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static void assertNoTraceOfTheAsker(Path file) throws Exception {
        String journal = text(file);
        assertThat(journal).doesNotContain(ASKER_NAME).doesNotContain(ASKER_PHONE).doesNotContain(ORGANISATION);
    }

    @Test
    void should_replace_the_asker_by_a_pseudonym_and_scrub_the_journal_when_erased_after_the_answer()
            throws Exception {
        // GIVEN a question answered live, journaled with its asker's name, organisation and phone
        Path file = dir.resolve("q.jsonl");
        try (QuestionRegistry registry = open(file)) {
            Versioned answered = answeredLive(registry, "a");
            registry.flush();
            assertThat(text(file)).contains(ASKER_NAME).contains(ASKER_PHONE);
            int linesBefore = QuestionRegistry.events(file).size();

            // WHEN the host erases the asker
            Versioned after = registry.eraseAsker(answered.id(), act(COMPILER, at(25, 9), "yêu cầu ngày 25/11"));

            // THEN the state is the same, one version on, with a pseudonymous asker in the same unit
            assertThat(after.status()).isEqualTo(QuestionStatus.ANSWERED_LIVE);
            assertThat(after.version()).isEqualTo(answered.version() + 1);
            Asker asker = after.question().dossier().askers().get(0);
            assertThat(asker).isEqualTo(Asker.pseudonym(answered.id(), "dak-ha"));
            assertThat(asker.name()).isEqualTo("Người hỏi ẩn danh " + answered.id().value());
            assertThat(asker.organisation()).isNull();
            assertThat(asker.contact()).isNull();
            assertThat(asker.consentToPublish()).isFalse();
            assertThat(((AnsweredLiveQuestion) after.question()).answer())
                    .isEqualTo(((AnsweredLiveQuestion) answered.question()).answer());
            assertThat(after.question().dossier().wording()).isEqualTo(answered.question().dossier().wording());
            // AND the journal keeps every event, plus the erasure, with no trace of the asker
            assertNoTraceOfTheAsker(file);
            List<QuestionEvent> events = QuestionRegistry.events(file);
            assertThat(events).hasSize(linesBefore + 1);
            assertThat(events.get(events.size() - 1)).isInstanceOf(AskerErased.class);
            assertThat(QuestionRegistry.replay(file)).isEqualTo(registry.snapshot());
            // AND the registry keeps journaling into the rewritten file
            Versioned closed = registry.execute(new QuestionCommand.Close(after.id(), after.version(),
                    act(COMPILER, at(26, 9))));
            assertThat(closed.status()).isEqualTo(QuestionStatus.CLOSED);
            registry.flush();
            assertThat(QuestionRegistry.replay(file)).isEqualTo(registry.snapshot());
        }
        // AND a restart reads the same states
        Map<QuestionId, Versioned> replayed = QuestionRegistry.replay(file);
        try (QuestionRegistry reopened = open(file)) {
            assertThat(reopened.snapshot()).isEqualTo(replayed);
        }
    }

    @Test
    void should_keep_the_deferral_and_the_notices_when_erased_after_deferral() throws Exception {
        // GIVEN a deferred question whose asker was told
        Path file = dir.resolve("q.jsonl");
        try (QuestionRegistry registry = open(file)) {
            Versioned q = deferred(registry, "a");
            q = registry.execute(new QuestionCommand.NotifyAsker(q.id(), q.version(), act(COMPILER, at(22, 9)),
                    q.id(), "thư số 12"));
            DeferredQuestion before = (DeferredQuestion) q.question();

            // WHEN the host erases the asker
            Versioned after = registry.eraseAsker(q.id(), act(COMPILER, at(23, 9)));

            // THEN the deferral and the notice stay, and the written answer can still follow
            DeferredQuestion erased = (DeferredQuestion) after.question();
            assertThat(erased.deferral()).isEqualTo(before.deferral());
            assertThat(erased.notices()).isEqualTo(before.notices());
            Versioned resolved = registry.execute(new QuestionCommand.ResolveInWriting(after.id(), after.version(),
                    act(BHXH, at(29, 10)), null, "Công văn số 123/BHXH-CĐ", "Đã rà soát và hỗ trợ."));
            assertThat(resolved.question().dossier().askers().get(0).isPseudonymOf(q.id())).isTrue();
            registry.flush();
            assertNoTraceOfTheAsker(file);
            assertThat(QuestionRegistry.replay(file)).isEqualTo(registry.snapshot());
        }
    }

    @Test
    void should_erase_the_member_in_the_compiled_question_too_when_erased_in_a_merged_group() throws Exception {
        // GIVEN two accepted questions by different askers, compiled into one and answered
        Path file = dir.resolve("q.jsonl");
        try (QuestionRegistry registry = open(file)) {
            Asker other = new Asker("Trần Thị Mỹ Dung", null, "kon-tum", "my.dung@example.vn", true);
            Versioned a = accepted(registry, "a");
            Versioned b = registry.receive(submission("b").withAsker(other), act(CLERK, T0)).question();
            b = registry.execute(new QuestionCommand.Accept(b.id(), b.version(), act(MODERATOR, T0, "fits"),
                    List.of()));
            Versioned compiled = registry.execute(new QuestionCommand.Compile(List.of(a, b), act(COMPILER, T0),
                    "Chính sách bảo hiểm y tế cho phụ nữ", List.of("chinh-sach")));
            compiled = registry.execute(new QuestionCommand.AnswerLive(compiled.id(), compiled.version(),
                    act(SECRETARIAT, AT_SESSION), SESSION, "so-ldtbxh", null, "Sở đã trả lời."));

            // WHEN the host erases the first member's asker
            Versioned member = registry.eraseAsker(a.id(), act(COMPILER, at(25, 9)));

            // THEN the member and the compiled question carry the pseudonym, the other asker is untouched
            assertThat(member.status()).isEqualTo(QuestionStatus.MERGED);
            Versioned compiledAfter = registry.get(compiled.id()).orElseThrow();
            assertThat(compiledAfter.version()).isEqualTo(compiled.version() + 1);
            assertThat(compiledAfter.question().dossier().askers())
                    .containsExactly(Asker.pseudonym(a.id(), "dak-ha"), other);
            assertThat(compiledAfter.question().dossier().wording()).isEqualTo("Chính sách bảo hiểm y tế cho phụ nữ");
            assertThat(registry.get(b.id()).orElseThrow().question().dossier().askers()).containsExactly(other);
            assertNoTraceOfTheAsker(file);
            assertThat(text(file)).contains("Trần Thị Mỹ Dung").contains("my.dung@example.vn");
            assertThat(QuestionRegistry.replay(file)).isEqualTo(registry.snapshot());
            // AND a compiled question has no asker of its own to erase
            QuestionId compiledId = compiled.id();
            assertThatThrownBy(() -> registry.eraseAsker(compiledId, act(COMPILER, at(25, 9))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("compiled question").hasMessageContaining(a.id().value());
        }
    }

    @Test
    void should_change_nothing_and_journal_nothing_when_erased_twice() throws Exception {
        // GIVEN an asker already erased
        Path file = dir.resolve("q.jsonl");
        try (QuestionRegistry registry = open(file)) {
            Versioned q = resolved(registry, "a");
            Versioned first = registry.eraseAsker(q.id(), act(COMPILER, at(30, 9)));
            byte[] journal = Files.readAllBytes(file);

            // WHEN the same request is made again
            Versioned second = registry.eraseAsker(q.id(), act(COMPILER, at(30, 10)));

            // THEN nothing changes, not even the version, and nothing is journaled
            assertThat(second).isEqualTo(first);
            registry.flush();
            assertThat(Files.readAllBytes(file)).isEqualTo(journal);
        }
    }

    @Test
    void should_refuse_with_no_such_question_when_the_id_is_unknown() throws Exception {
        Path file = dir.resolve("q.jsonl");
        try (QuestionRegistry registry = open(file)) {
            // GIVEN one question
            answeredLive(registry, "a");
            registry.flush();
            byte[] journal = Files.readAllBytes(file);
            Map<QuestionId, Versioned> before = registry.snapshot();

            // WHEN an unknown question's asker is erased THEN it is refused and nothing changes
            assertThatThrownBy(() -> registry.eraseAsker(QuestionId.of("q-999999"), act(COMPILER, at(25, 9))))
                    .isInstanceOf(NoSuchElementException.class).hasMessageContaining("q-999999");
            registry.flush();
            assertThat(registry.snapshot()).isEqualTo(before);
            assertThat(Files.readAllBytes(file)).isEqualTo(journal);
        }
    }

    @Test
    void should_refuse_the_actor_when_their_role_may_not_erase() throws Exception {
        Path file = dir.resolve("q.jsonl");
        try (QuestionRegistry registry = open(file)) {
            // GIVEN an answered question
            Versioned q = answeredLive(registry, "a");
            registry.flush();
            byte[] journal = Files.readAllBytes(file);

            // WHEN a moderator (not allowed by default) or a guest tries to erase the asker
            for (var actor : List.of(MODERATOR, NOBODY)) {
                assertThatThrownBy(() -> registry.eraseAsker(q.id(), act(actor, at(25, 9))))
                        .isInstanceOf(ActionRefusedException.class)
                        .hasMessageContaining(q.id().value());
            }

            // THEN nothing changes: the asker is still known, the journal unchanged
            assertThat(registry.get(q.id()).orElseThrow()).isEqualTo(q);
            registry.flush();
            assertThat(Files.readAllBytes(file)).isEqualTo(journal);
        }
        // AND a plan's roles may give the erasure to another role
        RolePolicy policy = ROLES.with(Action.ERASE_ASKER, RolePolicy.MODERATOR);
        try (QuestionRegistry registry = QuestionRegistry.builder(policy).plan(PLAN)
                .journal(dir.resolve("q2.jsonl"), Durability.BUFFERED).open()) {
            Versioned q = registry.receive(submission("a"), act(CLERK, T0)).question();
            assertThat(registry.eraseAsker(q.id(), act(MODERATOR, T0)).question().dossier().askers().get(0)
                    .isPseudonymOf(q.id())).isTrue();
        }
    }

    @Test
    void should_finish_the_rewrite_on_open_when_a_crash_came_between_the_erasure_and_the_rewrite()
            throws Exception {
        // GIVEN a journal as a crash would leave it: the erasure event appended, the reception line not scrubbed
        Path file = dir.resolve("q.jsonl");
        Path erasedFile = dir.resolve("erased.jsonl");
        Map<QuestionId, Versioned> expected;
        QuestionId id;
        try (QuestionRegistry registry = open(file)) {
            id = answeredLive(registry, "a").id();
            registry.flush();
        }
        Files.copy(file, erasedFile);
        try (QuestionRegistry registry = open(erasedFile)) {
            registry.eraseAsker(id, act(COMPILER, at(25, 9)));
            expected = registry.snapshot();
        }
        List<String> lines = Files.readAllLines(erasedFile, StandardCharsets.UTF_8);
        Files.writeString(file, lines.get(lines.size() - 1) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(text(file)).contains(ASKER_NAME).contains("asker-erased");

        // WHEN the registry opens it
        try (QuestionRegistry reopened = open(file)) {
            // THEN the states are the erased ones, and the file no longer holds the asker
            assertThat(reopened.snapshot()).isEqualTo(expected);
        }
        assertNoTraceOfTheAsker(file);
        assertThat(QuestionRegistry.replay(file)).isEqualTo(expected);
    }

    @Test
    void should_erase_in_memory_too_when_the_registry_has_no_journal() {
        // GIVEN a registry without a journal
        try (QuestionRegistry registry = registry()) {
            Versioned q = routed(registry, "a");
            // WHEN the asker is erased THEN the state carries the pseudonym and routing is kept
            Versioned after = registry.eraseAsker(q.id(), act(COMPILER, T0.plusSeconds(600)));
            assertThat(after.question().dossier().askers()).containsExactly(Asker.pseudonym(q.id(), "dak-ha"));
            assertThat(((RoutedQuestion) after.question()).routing())
                    .isEqualTo(((RoutedQuestion) q.question()).routing());
            // AND the recorded submission is still found by its channel and message id
            assertThat(registry.find(submission("a"))).contains(after);
        }
    }

    @Test
    void should_name_the_erasure_without_personal_data_in_the_event() {
        AskerErased event = new AskerErased(QuestionId.of("q-000001"), act(COMPILER, T0));
        assertThat(event.affected()).containsExactly(QuestionId.of("q-000001"));
        assertThatThrownBy(() -> new AskerErased(null, act(COMPILER, T0))).isInstanceOf(NullPointerException.class);
    }
}
