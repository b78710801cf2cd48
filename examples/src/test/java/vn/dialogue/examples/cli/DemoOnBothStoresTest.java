package vn.dialogue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.postgres.PostgresExtension;
import vn.dialogue.postgres.PostgresServer;

/**
 * The example run twice, its logs once in journal files and once in PostgreSQL: {@code dialogue report} prints the
 * same figures from both, and the demo's own console says the same.
 */
@ExtendWith(PostgresExtension.class)
class DemoOnBothStoresTest {

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DialogueCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertThat(code).as("exit code of %s; errors:%n%s", String.join(" ", args), err).isZero();
        return out.toString();
    }

    @Test
    void should_print_the_same_report_from_the_journals_and_from_the_database(PostgresServer server,
            @TempDir Path dir) {
        String plan = "examples/plans/kon-tum-2024-phu-nu.yaml";
        Path files = dir.resolve("files");
        Path db = dir.resolve("db");
        String url = server.url();

        String fileDemo = run("demo", "--plan", plan, "--mapping", "examples/plans/mappings/kon-tum-2024-to-quang-ngai-2026.yaml",
                "--out", files.toString());
        String dbDemo = run("demo", "--plan", plan, "--mapping", "examples/plans/mappings/kon-tum-2024-to-quang-ngai-2026.yaml",
                "--out", db.toString(), "--store", url, "--dialogue", "kiem-thu");
        String fromFiles = run("report", "--plan", plan, "--journal", files.toString());
        String fromDb = run("report", "--plan", plan, "--store", url, "--dialogue", "kiem-thu");

        assertThat(fromFiles).contains("Ý kiến, kiến nghị tiếp nhận: 322").contains("Tỷ lệ trả lời bằng văn bản đúng hạn");
        assertThat(fromDb).isEqualTo(fromFiles);
        assertThat(db.resolve("nhat-ky-cau-hoi.jsonl")).doesNotExist();
        assertThat(files.resolve("nhat-ky-cau-hoi.jsonl")).exists();
        // the demo's console: the same figures, whichever store
        assertThat(dbDemo.substring(dbDemo.indexOf("6. "), dbDemo.indexOf("7. ")))
                .isEqualTo(fileDemo.substring(fileDemo.indexOf("6. "), fileDemo.indexOf("7. ")));
        // a second run on the database starts the dialogue anew: the same figures again
        run("demo", "--plan", plan, "--mapping", "examples/plans/mappings/kon-tum-2024-to-quang-ngai-2026.yaml",
                "--out", db.toString(), "--store", url, "--dialogue", "kiem-thu");
        assertThat(run("report", "--plan", plan, "--store", url, "--dialogue", "kiem-thu")).isEqualTo(fromFiles);
    }
}
