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
    void next_year_and_calendar_should_refuse_a_sparse_3_gb_file_in_one_line(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        assertThat(DialogueCommand.run(new String[] {"next-year", SEED, "--year", "2026", "--units", big.toString(),
                "-o", dir.resolve("next.yaml").toString()}, new PrintWriter(out), new PrintWriter(err))).isEqualTo(2);
        assertThat(DialogueCommand.run(new String[] {"calendar", "2026", "--notices", big.toString()},
                new PrintWriter(out), new PrintWriter(err))).isEqualTo(2);
        assertThat(err.toString()).contains("big.yaml: tệp quá lớn (3221225472 byte, tối đa 16777216) / the file is too large")
                .doesNotContain("at vn.dialogue").doesNotContain("Exception")
                .doesNotContain("OutOfMemoryError");
        assertThat(err.toString().lines().count()).isEqualTo(3); // plan-file problem header + line, notice line
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
        assertThat(dir.resolve("ke-hoach.pdf")).isRegularFile();
        assertThat(out.toString()).contains("Bình đẳng giới và những vấn đề cần quan tâm");
    }

    @Test
    void help_should_list_the_commands() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString()).contains("validate").contains("demo");
    }

    @Test
    void timeline_should_print_the_seed_deadlines_in_order() {
        assertThat(run("timeline", SEED)).isEqualTo(0);
        String text = out.toString();
        assertThat(text.indexOf("28/10/2024")).isNotNegative().isLessThan(text.indexOf("14/11/2024"));
        assertThat(text.indexOf("14/11/2024")).isLessThan(text.indexOf("19/11/2024"));
    }

    @Test
    void calendar_should_print_the_days_off_of_a_year() {
        assertThat(run("calendar", "2026")).isEqualTo(0);
        assertThat(out.toString()).contains("Tue 17/02/2026").contains("Mon 16/02/2026").contains("24/11/2026");
        assertThat(run("calendar", "1700")).isEqualTo(2);
        assertThat(err.toString()).contains("outside");
    }

    @Test
    void schema_should_write_a_json_schema(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.schema.json");
        assertThat(run("schema", "-o", file.toString())).isEqualTo(0);
        assertThat(Files.readString(file)).contains("\"$schema\"").contains("\"Task\"");
    }

    @Test
    void export_should_write_the_plan_documents(@TempDir Path dir) {
        assertThat(run("export", SEED, "--out", dir.toString(), "--format", "docx,pdf,ics")).isEqualTo(0);
        assertThat(dir.resolve("ke-hoach.docx")).isNotEmptyFile();
        assertThat(dir.resolve("ke-hoach.pdf")).isNotEmptyFile();
        assertThat(dir.resolve("chuong-trinh.pdf")).isNotEmptyFile();
        assertThat(dir.resolve("lich.ics")).content().contains("BEGIN:VCALENDAR");
        assertThat(dir.resolve("ke-hoach.html")).doesNotExist();
    }

    @Test
    void next_year_should_write_a_2026_plan_that_passes_its_checks(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("quang-ngai-2026-phu-nu.yaml");
        int code = run("next-year", SEED, "--year", "2026", "--session-date", "2026-11-20", "--units",
                "examples/plans/mappings/kon-tum-2024-to-quang-ngai-2026.yaml", "--id", "quang-ngai-2026-phu-nu",
                "-o", target.toString());
        assertThat(code).as(out + "\n" + err).isEqualTo(0);
        assertThat(Files.readString(target)).contains("id: quang-ngai-2026-phu-nu").contains("Sở Nội vụ")
                .contains("date: 2026-11-20");
        assertThat(out.toString()).contains("0 ERROR");
    }
}
