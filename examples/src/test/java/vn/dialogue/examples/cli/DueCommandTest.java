package vn.dialogue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.conclusion.ConclusionRegister;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.due.DueList;
import vn.dialogue.due.DueWork;
import vn.dialogue.examples.DialogueStores;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.Versioned;

/**
 * {@code dialogue due} on the journals the demo wrote: each agency, by its name, with as many items and overdue
 * items as the store holds at that day.
 */
class DueCommandTest {

    private static final String PLAN = "examples/plans/kon-tum-2024-phu-nu.yaml";

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DialogueCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertThat(code).as("exit code of %s; errors:%n%s", String.join(" ", args), err).isZero();
        return out.toString();
    }

    @Test
    void should_print_each_agencys_due_and_overdue_work_as_the_store_holds_it(@TempDir Path dir) throws Exception {
        // GIVEN the journals of the demo
        run("demo", "--plan", PLAN, "--mapping", "examples/plans/mappings/kon-tum-2024-to-quang-ngai-2026.yaml",
                "--out", dir.toString());
        Plan plan = PlanFiles.read(Path.of(PLAN));
        LocalDate day = LocalDate.of(2024, 12, 13);
        // WHEN due is asked three weeks after the session (22/11/2024)
        Path letters = dir.resolve("cong-van-don-doc.docx");
        String printed = run("due", "--plan", PLAN, "--journal", dir.toString(), "--at", day.toString(),
                "--letters", letters.toString());
        String english = run("--lang", "en", "due", "--plan", PLAN, "--journal", dir.toString(), "--at",
                day.toString());
        // THEN it prints, per agency by name, the count of items and overdue items the store gives at that day
        DueList expected = fromStore(dir, day);
        assertThat(expected.all()).isNotEmpty();
        assertThat(printed).startsWith("Việc đến hạn và quá hạn của các cơ quan, tính đến hết ngày "
                + String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear()));
        expected.byAgency().forEach((agency, work) -> {
            String name = plan.registry().organisationName(agency);
            assertThat(name).isNotEqualTo(agency);
            assertThat(printed).contains(name + ": " + work.size() + " việc ("
                    + work.stream().filter(DueWork::overdue).count() + " quá hạn)");
            assertThat(printed).doesNotContain(agency + ":");
        });
        assertThat(printed.lines().filter(l -> l.startsWith("  - ")).count()).isEqualTo(expected.all().size());
        DueWork first = expected.all().get(0);
        assertThat(printed).contains(first.kind().label().vi());
        // and the reminder letters: one per agency, by its name, its work in the table
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(letters))) {
            List<String> to = doc.getParagraphs().stream().map(p -> p.getText())
                    .filter(t -> t.startsWith("Kính gửi: ")).toList();
            assertThat(to).containsExactlyInAnyOrderElementsOf(expected.byAgency().keySet().stream()
                    .map(a -> "Kính gửi: " + plan.registry().organisationName(a) + ".").toList());
            long rows = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("STT")
                    && t.getRow(0).getTableCells().size() == 5 && t.getRow(0).getCell(4).getText().equals("Tình trạng"))
                    .mapToLong(t -> t.getRows().size() - 1).sum();
            assertThat(rows).isEqualTo(expected.all().size());
        }
        assertThat(printed).contains("Đã ghi: " + letters);
        StringWriter err = new StringWriter();
        assertThat(DialogueCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("due", "--plan", PLAN, "--journal", dir.toString(), "--at", day.toString(), "--letters",
                        dir.resolve("thu.txt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("tên tệp phải kết thúc bằng .docx, .pdf hoặc .html");
        assertThat(english).startsWith("Work due and overdue by agency").doesNotContain("quá hạn)");
    }

    private static DueList fromStore(Path dir, LocalDate day) {
        DialogueStores stores = DialogueStores.files(dir);
        List<Question> questions = QuestionRegistry.replay(stores.read(DialogueStores.QUESTIONS)).values().stream()
                .map(Versioned::question).toList();
        List<ConclusionTask> tasks;
        try (ConclusionRegister register = ConclusionRegister.builder(RolePolicy.defaults())
                .store(stores.read(DialogueStores.CONCLUSIONS)).open()) {
            tasks = register.tasks();
        }
        Instant at = day.atTime(17, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        return DueList.at(at, questions, tasks, WorkingCalendar.vietnam());
    }
}
