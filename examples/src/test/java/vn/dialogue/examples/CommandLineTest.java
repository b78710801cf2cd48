package vn.dialogue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.examples.cli.DialogueCommand;

class CommandLineTest {

    private static final String SEED = "examples/plans/kon-tum-2024-phu-nu.yaml";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return DialogueCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void validate_should_print_findings_and_exit_0_for_the_seed_plan() {
        assertThat(run("validate", SEED)).isEqualTo(0);
        assertThat(out.toString()).contains("0 ERROR").contains("TASK_DEADLINE_MAY_FOLLOW_SESSION");
    }

    @Test
    void validate_should_exit_1_when_the_plan_has_errors(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("bad.yaml");
        Files.writeString(plan, Files.readString(Path.of(SEED)).replace("issuer: ubnd-tinh", "issuer: ubnd-khong-co"));
        assertThat(run("validate", plan.toString(), "--lang", "en")).isEqualTo(1);
        assertThat(out.toString()).contains("ERROR ORGANISATION_UNKNOWN identity.issuer");
    }

    @Test
    void validate_should_exit_2_with_a_clear_message_for_an_unreadable_file(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("broken.yaml");
        Files.writeString(plan, "id: x\nidentity: {issuer: a, type: KH}\ncolour: red\n");
        assertThat(run("validate", plan.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("broken.yaml:3:1: colour: unknown field 'colour'")
                .doesNotContain("at vn.dialogue");
        assertThat(run("validate", dir.resolve("missing.yaml").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.yaml");
    }

    @Test
    void demo_should_write_its_documents(@TempDir Path dir) {
        assertThat(run("demo", "--out", dir.toString())).isEqualTo(0);
        assertThat(dir.resolve("ke-hoach.json")).isRegularFile();
        assertThat(out.toString()).contains("Bình đẳng giới và những vấn đề cần quan tâm");
    }

    @Test
    void help_should_list_the_commands() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString()).contains("validate").contains("demo");
    }
}
