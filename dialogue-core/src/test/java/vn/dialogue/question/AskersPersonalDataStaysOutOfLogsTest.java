package vn.dialogue.question;

import vn.dialogue.conclusion.ConclusionRegister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dialogue.journal.Durability;
import vn.dialogue.journal.Journal;

/** Names, contacts and texts of askers appear in no log line, no toString and no error message. */
class AskersPersonalDataStaysOutOfLogsTest {

    private static final String TEXT = "Đề nghị tăng mức hỗ trợ bảo hiểm y tế cho phụ nữ dân tộc thiểu số.";

    @TempDir
    Path dir;

    @Test
    void should_log_ids_and_states_but_never_askers_or_texts_even_at_debug_level() throws Exception {
        // GIVEN every logger of the lifecycle at debug level, writing to a captured stream
        List<Logger> loggers = List.of(LoggerFactory.getLogger(QuestionRegistry.class),
                LoggerFactory.getLogger(ConclusionRegister.class), LoggerFactory.getLogger(Journal.class));
        List<Integer> levels = new ArrayList<>();
        Field level = loggers.get(0).getClass().getDeclaredField("currentLogLevel");
        level.setAccessible(true);
        for (Logger logger : loggers) {
            levels.add(level.getInt(logger));
            level.setInt(logger, 10);
        }
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            // WHEN a question goes through its whole lifecycle, with refusals and a crash-cut journal
            Path file = dir.resolve("q.jsonl");
            try (QuestionRegistry registry = QuestionRegistry.builder(ROLES).plan(PLAN)
                    .journal(file, Durability.BUFFERED).open()) {
                Versioned q = resolved(registry, "a");
                registry.receive(submission("a"), act(CLERK, T0));
                registry.execute(new QuestionCommand.Close(q.id(), q.version(), act(COMPILER, at(30, 9))));
                Versioned other = accepted(registry, "b");
                assertThatThrownBy(() -> registry.execute(new QuestionCommand.Route(other.id(), other.version(),
                        act(MODERATOR, T0), "so-ldtbxh", List.of(), SESSION_DAY))).isInstanceOf(ActionRefusedException.class);
                // an erasure, refused then done, logs ids only (the journal rewrite included)
                assertThatThrownBy(() -> registry.eraseAsker(other.id(), act(MODERATOR, T0)))
                        .isInstanceOf(ActionRefusedException.class);
                registry.eraseAsker(other.id(), act(COMPILER, T0));
            }
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 40));
            try (QuestionRegistry again = QuestionRegistry.builder(ROLES).journal(file, Durability.BUFFERED).open()) {
                assertThat(again.damagedTail()).isPresent();
            }
        } finally {
            System.setErr(original);
            for (int i = 0; i < loggers.size(); i++) {
                level.setInt(loggers.get(i), levels.get(i));
            }
        }
        // THEN the log names questions and actors, and nothing the asker gave
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("q-000001").contains("RESOLVED_IN_WRITING -> CLOSED").contains("damaged tail")
                .contains("q-000002: asker's personal data erased by comp-1");
        assertThat(log).doesNotContain(ASKER_NAME).doesNotContain(ASKER_PHONE).doesNotContain("Hội Phụ nữ xã")
                .doesNotContain("bảo hiểm y tế");
    }

    @Test
    void should_leave_personal_data_out_of_every_to_string() {
        QuestionRegistry registry = registry();
        List<Object> shown = new ArrayList<>();
        for (Versioned v : oneInEveryState(registry)) {
            shown.add(v);
            shown.add(v.question());
            shown.add(v.question().dossier());
        }
        Submission s = submission("x", TEXT);
        shown.add(s);
        shown.add(s.asker());
        shown.add(new Original(QuestionId.of("q-000001"), s));
        shown.add(new QuestionEvent.QuestionReceived(QuestionId.of("q-000001"), act(CLERK, T0), s));
        shown.add(new Intake(registry.get(QuestionId.of("q-000001")).orElseThrow(), true));
        for (Object o : shown) {
            assertThat(o.toString()).as(o.getClass().getSimpleName()).doesNotContain(ASKER_NAME)
                    .doesNotContain(ASKER_PHONE).doesNotContain("Hội Phụ nữ xã");
        }
        assertThat(s.toString()).doesNotContain(TEXT).contains("UNION_BRANCH:hlhpn-tinh#x");
    }

    @Test
    void should_leave_personal_data_out_of_error_messages() {
        QuestionRegistry registry = registry();
        Versioned q = received(registry, "a");
        List<Throwable> errors = new ArrayList<>();
        errors.add(catchThrowable(() -> registry.execute(new QuestionCommand.Accept(q.id(), 1, act(COMPILER, T0),
                List.of()))));
        errors.add(catchThrowable(() -> registry.execute(new QuestionCommand.Close(q.id(), 1, act(COMPILER, T0)))));
        errors.add(catchThrowable(() -> registry.execute(new QuestionCommand.Accept(q.id(), 5, act(MODERATOR, T0),
                List.of()))));
        for (Throwable e : errors) {
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).doesNotContain(ASKER_NAME).doesNotContain(ASKER_PHONE).contains(q.id().value());
        }
    }

    private static Throwable catchThrowable(Runnable r) {
        try {
            r.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
