package vn.dialogue.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.check.Finding;
import vn.dialogue.export.DocumentKind;
import vn.dialogue.export.DocumentSet;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.question.QuestionRegistry;

/**
 * The library used from a named module, as Surefire runs it here: on the module path, this module reading only
 * {@code vn.dialogue.core} and {@code vn.dialogue.export}.
 */
class ModularConsumerTest {

    @TempDir
    static Path dir;

    private static Path plan;
    private static ModularConsumer.Result result;

    @BeforeAll
    static void run() throws IOException {
        plan = Path.of(System.getProperty("dialogue.seedPlan"));
        result = ModularConsumer.run(plan, dir.resolve("nhat-ky-cau-hoi.jsonl"), dir.resolve("out"));
    }

    @Test
    void should_run_on_the_module_path_as_named_modules() {
        assertThat(ModularConsumer.class.getModule().getName()).isEqualTo("vn.dialogue.consumer");
        assertThat(Plan.class.getModule().getName()).isEqualTo("vn.dialogue.core");
        assertThat(DocumentSet.class.getModule().getName()).isEqualTo("vn.dialogue.export");
        assertThat(ModularConsumer.class.getModule().getDescriptor().requires())
                .extracting(r -> r.name())
                .contains("vn.dialogue.core", "vn.dialogue.export");
    }

    @Test
    void should_find_no_error_in_the_seed_plan() {
        System.out.println(result.report().format(Locale.forLanguageTag("vi")));
        assertThat(result.report().findings()).extracting(Finding::code).doesNotContain("RULE_FAILED");
        assertThat(result.report().hasErrors()).as(result.report().format(Locale.ENGLISH)).isFalse();
    }

    @Test
    void should_write_every_kind_of_document() throws IOException {
        Map<DocumentKind, Path> byKind = new EnumMap<>(DocumentKind.class);
        for (Path f : result.files()) {
            Optional<DocumentKind> kind = DocumentKind.ofFile(f.getFileName().toString());
            assertThat(kind).as(f.toString()).isPresent();
            byKind.putIfAbsent(kind.get(), f);
            assertThat(Files.size(f)).as(f.toString()).isGreaterThan(200);
        }
        for (DocumentKind kind : DocumentKind.values()) {
            System.out.printf("%-18s %-9s %s%n", kind, kind.audience(), byKind.get(kind) == null ? "-"
                    : byKind.get(kind).getFileName());
        }
        assertThat(byKind.keySet()).containsExactlyInAnyOrder(DocumentKind.values());
        for (Path f : result.files()) {
            String name = f.getFileName().toString();
            if (name.endsWith(".pdf")) {
                assertThat(head(f, 5)).isEqualTo("%PDF-");
            } else if (name.endsWith(".docx") || name.endsWith(".xlsx")) {
                assertThat(head(f, 2)).isEqualTo("PK");
            }
        }
    }

    @Test
    void should_replay_the_questions_from_the_journal_file() {
        assertThat(result.questions()).hasSize(3);
        try (QuestionRegistry again = ModularConsumer.openDesk(
                ModularConsumer.scheduled(PlanFiles.read(plan)), dir.resolve("nhat-ky-cau-hoi.jsonl"))) {
            assertThat(again.questions()).containsExactlyInAnyOrderElementsOf(result.questions());
        }
    }

    private static String head(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(n), java.nio.charset.StandardCharsets.US_ASCII);
        }
    }
}
