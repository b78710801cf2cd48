package vn.dialogue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.participant.InvitationRegistry;
import vn.dialogue.participant.InvitationStatus;
import vn.dialogue.planfile.YearlyFiles;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.QuestionStatus;

/** Runs the end-to-end example and checks what it printed and wrote. */
class KonTum2024Test {

    @TempDir
    static Path out;
    static KonTum2024.Result result;
    static String printed;

    @BeforeAll
    static void run() throws Exception {
        StringWriter text = new StringWriter();
        result = new KonTum2024(Path.of("examples/plans/kon-tum-2024-phu-nu.yaml"), out, new PrintWriter(text)).run();
        printed = text.toString();
    }

    @Test
    void should_check_the_plan_without_errors_and_print_the_timeline_in_order() {
        assertThat(result.report().errors()).isEmpty();
        assertThat(printed.indexOf("28/10/2024")).isLessThan(printed.indexOf("14/11/2024"));
        assertThat(printed.indexOf("19/11/2024")).isLessThan(printed.indexOf("22/11/2024  Phiên đối thoại"));
    }

    @Test
    void should_register_the_plans_delegates_and_their_replies() {
        // every invited delegate got one invitation; each deputy sent in someone's place is on the list too
        var substitutes = result.invitations().stream().filter(i -> i.details().invitee().isPresent())
                .map(i -> i.state().expectedAttendee().orElse(i.details().invitee().get()))
                .filter(a -> result.invitations().stream().noneMatch(i -> i.details().invitee().orElse("").equals(a)))
                .toList();
        assertThat(substitutes).isNotEmpty();
        assertThat(result.delegates().size()).isEqualTo(result.invitations().size() + substitutes.size());
        assertThat(substitutes).allSatisfy(id -> assertThat(result.delegates().find(id)).isPresent());
        assertThat(result.delegates().at("hoi-truong-ngoc-linh").stream()
                .filter(d -> !substitutes.contains(d.id()))).hasSize(250);
        assertThat(result.invitations()).extracting(i -> i.status()).contains(InvitationStatus.ATTENDED,
                InvitationStatus.DECLINED, InvitationStatus.UNANSWERED, InvitationStatus.ABSENT);
        // every move was journaled: replaying the journal gives the same invitations, versions included
        var replayed = InvitationRegistry.replay(out.resolve("nhat-ky-giay-moi.jsonl"));
        assertThat(replayed).hasSize(result.invitations().size());
        assertThat(result.invitations()).allSatisfy(i -> assertThat(replayed.get(i.id())).isEqualTo(i));
    }

    @Test
    void should_take_every_submission_through_its_lifecycle_and_journal_it() throws Exception {
        var report = result.questions();
        assertThat(report.count(QuestionStatus.REJECTED)).isPositive();
        assertThat(report.count(QuestionStatus.MERGED)).isPositive();
        assertThat(report.answeredLive()).isPositive();
        assertThat(report.deferred()).isPositive();
        assertThat(report.deferredLate()).isEqualTo(1);
        // replaying the journal gives every question back in its final state
        var replayed = QuestionRegistry.replay(out.resolve("nhat-ky-cau-hoi.jsonl"));
        assertThat(replayed.values()).extracting(v -> v.status()).filteredOn(s -> s == QuestionStatus.REJECTED)
                .hasSize(report.count(QuestionStatus.REJECTED));
    }

    @Test
    void should_hand_what_is_unsettled_to_next_year() {
        assertThat(result.carryOvers()).isNotEmpty();
        assertThat(YearlyFiles.readCarryOvers(result.carryOverFile()).carryOvers())
                .isEqualTo(result.carryOvers());
    }

    @Test
    void should_write_the_documents() throws Exception {
        for (String name : new String[] {"ke-hoach.docx", "ke-hoach.pdf", "ke-hoach.html", "chuong-trinh.pdf",
                "giay-moi.docx", "lich.ics", "danh-sach-dai-bieu.xlsx", "cong-van-chuyen-y-kien.docx",
                "so-do-cho-ngoi.pdf", "bang-ten.pdf", "tong-hop-y-kien.docx", "tong-hop-y-kien.xlsx",
                "kich-ban-dieu-hanh.docx", "thong-bao-nguoi-hoi.pdf", "thong-bao-ket-luan.docx", "hoi-dap.html"}) {
            assertThat(out.resolve(name)).as(name).isNotEmptyFile();
        }
        assertThat(Files.readString(out.resolve("ke-hoach.html"))).contains("KẾ HOẠCH")
                .contains("Bình đẳng giới và những vấn đề cần quan tâm đối với phụ nữ và trẻ em");
        assertThat(result.written()).allSatisfy(p -> assertThat(p.toAbsolutePath()).startsWith(out.toAbsolutePath()));
        // the public page names no asker who did not consent to publication
        String page = Files.readString(out.resolve("hoi-dap.html"));
        var replayed = QuestionRegistry.replay(out.resolve("nhat-ky-cau-hoi.jsonl"));
        var askers = replayed.values().stream().flatMap(v -> v.question().dossier().askers().stream()).toList();
        var published = askers.stream().filter(a -> a.consentToPublish()).map(a -> a.name()).toList();
        // generated names repeat; a name also borne by a consenting asker may rightly appear
        var hidden = askers.stream().filter(a -> !a.consentToPublish() && !published.contains(a.name())).toList();
        assertThat(hidden).isNotEmpty();
        assertThat(hidden).allSatisfy(a -> {
            assertThat(page).doesNotContain(a.name());
            if (a.contact() != null) {
                assertThat(page).doesNotContain(a.contact());
            }
        });
    }

    @Test
    void should_speak_to_an_official_with_labels_names_and_dates_never_codes_or_ids() throws Exception {
        // the example's console, the 2026 step included
        StringWriter next = new StringWriter();
        new QuangNgai2026(Path.of("examples/plans/kon-tum-2024-phu-nu.yaml"),
                Path.of("examples/plans/mappings/kon-tum-2024-to-quang-ngai-2026.yaml"), result.carryOverFile(),
                Files.createTempDirectory(out.getParent(), "next"), new PrintWriter(next)).run();
        String all = printed + next;
        String[] lines = all.replace(out.toString(), "OUT").split("\n");
        for (String printedLine : lines) {
            // a file written: its name is what the official opens
            String line = printedLine.replaceAll("\\S+\\.(docx|pdf|html|xlsx|ics|jsonl|yaml|txt|svg)\\b", "FILE");
            // no enum constant (REJECTED, UNION_BRANCH, TASK_DEADLINE...), no Java map, no ISO date, no id
            assertThat(line).as(printedLine).doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]+\\b")
                    .doesNotContainPattern("\\b(ERROR|WARNING|INFO|REJECTED|ACCEPTED)\\b")
                    .doesNotContainPattern("\\{[\\w-]+=").doesNotContainPattern("\\b20\\d\\d-\\d\\d-\\d\\d\\b")
                    .doesNotContainPattern("\\b[a-z]+(-[a-z0-9]+){2,}\\b").doesNotContain("->");
        }
        // step 8 opens in Vietnamese like the others, and its lines are Vietnamese
        assertThat(next.toString()).startsWith("8. Kế hoạch năm 2026 / ")
                .contains("phiên đối thoại ngày 20/11/2026").contains("lỗi, ").doesNotContain("carried over")
                .doesNotContain("number cleared").doesNotContain("registry replaced");
        assertThat(printed).contains("Hội trường Ngọc Linh 250").contains("hạn chuẩn bị trả lời 14/11/2024");
    }

    @Test
    void should_print_the_same_on_every_run() throws Exception {
        StringWriter again = new StringWriter();
        Path second = Files.createTempDirectory(out.getParent(), "again");
        new KonTum2024(Path.of("examples/plans/kon-tum-2024-phu-nu.yaml"), second, new PrintWriter(again)).run();
        assertThat(again.toString().replace(second.toString(), "OUT")).isEqualTo(printed.replace(out.toString(), "OUT"));
        assertThat(Files.readAllBytes(second.resolve("ke-hoach.docx")))
                .isEqualTo(Files.readAllBytes(out.resolve("ke-hoach.docx")));
    }

    @Test
    void should_script_the_2026_plan_of_the_merged_province_from_the_2024_one() throws Exception {
        StringWriter text = new StringWriter();
        QuangNgai2026.Result next = new QuangNgai2026(Path.of("examples/plans/kon-tum-2024-phu-nu.yaml"),
                Path.of("examples/plans/mappings/kon-tum-2024-to-quang-ngai-2026.yaml"), result.carryOverFile(), out,
                new PrintWriter(text)).run();
        assertThat(next.report().errors()).isEmpty();
        assertThat(next.plan().registry().levels()).hasSize(2);
        assertThat(next.plan().agenda()).hasSizeGreaterThanOrEqualTo(result.carryOvers().size());
        assertThat(next.plan().agenda().subList(0, result.carryOvers().size()))
                .allSatisfy(a -> assertThat(a.carriedOver()).isNotNull());
        assertThat(Files.readString(next.planFile())).contains("Sở Nội vụ").doesNotContain("Sở Lao động");
        assertThat(next.document()).isNotEmptyFile();
    }
}
