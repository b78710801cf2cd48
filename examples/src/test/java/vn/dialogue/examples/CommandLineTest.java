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
        assertThat(out.toString()).contains("0 LỖI").contains("TASK_DEADLINE_MAY_FOLLOW_SESSION");
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
        assertThat(err.toString()).contains("1 lỗi trong tệp").contains("broken.yaml:3:1: colour: không có trường 'colour' ở đây")
                .doesNotContain("at vn.dialogue");
        assertThat(run("validate", dir.resolve("missing.yaml").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Không tìm thấy tệp: " + dir.resolve("missing.yaml"))
                .doesNotContain("cannot read");
    }

    @Test
    void validate_should_say_what_is_wrong_in_english_when_asked(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("broken.yaml");
        Files.writeString(plan, "id: x\nidentity: {issuer: a, type: KH}\ncolour: red\n");
        assertThat(run("--lang", "en", "validate", plan.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("1 problem in").contains("broken.yaml:3:1: colour: unknown field");
        assertThat(run("validate", dir.resolve("missing.yaml").toString(), "--lang=en")).isEqualTo(2);
        assertThat(err.toString()).contains("File not found: " + dir.resolve("missing.yaml"));
    }

    @Test
    void validate_should_place_a_tab_and_an_unclosed_quote_at_their_lines(@TempDir Path dir) throws Exception {
        // GIVEN the seed plan with line 11 indented by a tab, and with a quote left open on line 14
        java.util.List<String> lines = Files.readAllLines(Path.of(SEED));
        java.util.List<String> tab = new java.util.ArrayList<>(lines);
        tab.set(10, tab.get(10).replace("  symbol:", "\tsymbol:"));
        Path tabbed = dir.resolve("tab.yaml");
        Files.write(tabbed, tab);
        java.util.List<String> quote = new java.util.ArrayList<>(lines);
        quote.set(13, quote.get(13).replace("subject: ", "subject: \""));
        Path quoted = dir.resolve("quote.yaml");
        Files.write(quoted, quote);
        // WHEN each is validated THEN the problem stands at its line, in plain words, without parser jargon
        assertThat(run("validate", tabbed.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("tab.yaml:11:1: identity: dòng này có ký tự tab")
                .doesNotContain("while parsing", "while scanning");
        assertThat(run("validate", quoted.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("quote.yaml:14:12: identity.subject: dấu ngoặc kép (\") mở ở đây")
                .doesNotContain("130:20");
    }

    @Test
    void demo_should_write_its_documents_from_the_sample_plan_shipped_inside_the_jar(@TempDir Path dir)
            throws Exception {
        // GIVEN no --plan: the sample comes from the classpath, not from the working folder
        assertThat(run("demo", "--out", dir.toString())).isEqualTo(0);
        assertThat(dir.resolve("ke-hoach.pdf")).isRegularFile();
        assertThat(out.toString()).contains("Bình đẳng giới và những vấn đề cần quan tâm")
                .contains("Kế hoạch mẫu kèm trong chương trình đã được chép vào " + dir.resolve("mau"));
        assertThat(dir.resolve("mau/kon-tum-2024-phu-nu.yaml")).hasSameTextualContentAs(Path.of(SEED));
        assertThat(dir.resolve("mau/kon-tum-2024-to-quang-ngai-2026.yaml")).isRegularFile();
        assertThat(dir.resolve("quang-ngai-2026-phu-nu.yaml")).isRegularFile();
    }

    @Test
    void demo_should_use_the_plan_given_with_plan(@TempDir Path dir) {
        assertThat(run("demo", "--plan", SEED, "--out", dir.toString(), "--lang", "en")).isEqualTo(0);
        assertThat(dir.resolve("mau/kon-tum-2024-phu-nu.yaml")).doesNotExist();
        assertThat(out.toString()).doesNotContain("sample plan shipped");
    }

    @Test
    void help_should_list_the_commands_in_vietnamese_by_default() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString()).contains("Cách dùng: dialogue").contains("Các lệnh:").contains("validate")
                .contains("demo").contains("Đọc một tệp kế hoạch").contains("Ngôn ngữ của hướng dẫn")
                .contains("In hướng dẫn này rồi thoát.").contains("In hướng dẫn của một lệnh.")
                .doesNotContain("Usage:", "Commands:", "Display help");
    }

    @Test
    void help_should_be_in_english_with_lang_en() {
        assertThat(run("--lang", "en", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("Usage: dialogue").contains("Commands:")
                .contains("Read a plan file (YAML or JSON)").contains("Show this help message and exit.")
                .doesNotContain("Cách dùng");
    }

    @Test
    void a_commands_help_should_follow_the_language_wherever_lang_stands() {
        assertThat(run("validate", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("Cách dùng: dialogue validate").contains("Tệp kế hoạch (.yaml, .yml")
                .contains("Mã thoát");
        out.getBuffer().setLength(0);
        assertThat(run("export", "--help", "--lang", "en")).isEqualTo(0);
        assertThat(out.toString()).contains("Usage: dialogue export").contains("Folder for the documents.")
                .contains("Comma-separated: docx, pdf, html, ics");
        out.getBuffer().setLength(0);
        assertThat(run("help", "calendar")).isEqualTo(0);
        assertThat(out.toString()).contains("In các ngày lễ").contains("Năm, ví dụ 2026.");
        out.getBuffer().setLength(0);
        assertThat(run("demo", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("Thư mục ghi văn bản (mặc định: out).");
    }

    @Test
    void no_arguments_should_print_the_help_and_exit_2() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("Chưa chọn lệnh nào.").contains("Cách dùng: dialogue")
                .contains("Các lệnh:");
        err.getBuffer().setLength(0);
        assertThat(run("--lang", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("No command given.").contains("Usage: dialogue");
    }

    @Test
    void an_unknown_language_should_be_refused_with_exit_2() {
        assertThat(run("--lang", "fr", "validate", SEED)).isEqualTo(2);
        assertThat(err.toString()).contains("Ngôn ngữ không được hỗ trợ: 'fr'. Chỉ có vi (tiếng Việt) hoặc en");
        assertThat(out.toString()).isEmpty();
        assertThat(run("validate", SEED, "--lang=EN")).as("case does not matter").isEqualTo(0);
    }

    @Test
    void a_wrong_command_line_should_be_explained_in_the_users_language() {
        assertThat(run("validate", SEED, "--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("Không hiểu tham số: --colour").contains("dialogue validate --help");
        err.getBuffer().setLength(0);
        assertThat(run("--lang", "en", "validate")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: PLAN");
        err.getBuffer().setLength(0);
        assertThat(run("calendar", "abc")).isEqualTo(2);
        assertThat(err.toString()).contains("Giá trị 'abc' không hợp lệ cho YEAR");
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
        // Vietnamese weekdays by default; the decided Tết days, the swapped Saturdays, the provisional periods
        assertThat(out.toString()).contains("T3 17/02/2026").contains("T2 16/02/2026").contains("T3 24/11/2026")
                .doesNotContain("Tue ").contains("Ngày nghỉ hằng tuần phải đi làm (làm bù):")
                .contains("T7 10/01/2026  Làm bù cho thứ Sáu 2/1/2026").contains("T7 22/08/2026  Làm bù cho thứ Hai 31/8/2026")
                .contains("* Giỗ Tổ Hùng Vương năm 2026: Chính phủ chưa quyết định")
                .contains("* Ngày Văn hóa Việt Nam 24/11 năm 2026: Chính phủ chưa quyết định")
                .doesNotContain("* Tết Âm lịch năm 2026")
                .contains("11/2026: 20 (tạm tính)").contains("  02/2026: 15\n");
        assertThat(run("calendar", "2026")).isEqualTo(0);
        assertThat(run("--lang", "en", "calendar", "2025")).isEqualTo(0);
        assertThat(out.toString()).contains("Tue 28/01/2025").contains("Every holiday period of 2025 is decided")
                .contains("Sat 26/04/2025  Làm bù cho thứ Sáu 2/5/2025");
        assertThat(run("calendar", "1700")).isEqualTo(2);
        assertThat(err.toString()).contains("Năm 1700 nằm ngoài khoảng");
        assertThat(run("calendar", "1700", "--lang", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("The year 1700 is outside");
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
        assertThat(out.toString()).contains("0 LỖI").contains("Đã ghi: " + target);
    }
}
