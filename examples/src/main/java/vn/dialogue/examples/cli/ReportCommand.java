package vn.dialogue.examples.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dialogue.examples.DialogueStores;
import vn.dialogue.examples.ResultsFigures;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.question.ConclusionRegister;
import vn.dialogue.question.ConclusionTask;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.QuestionReport;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.Versioned;

/**
 * {@code dialogue report}: the post-dialogue figures of a dialogue's logs, from journal files or a PostgreSQL
 * database, with the plan's names.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "In số liệu sau đối thoại (theo tình trạng, chủ đề, cơ quan, kênh, địa bàn; trả lời trực tiếp, "
                + "hẹn trả lời, bằng văn bản; tỷ lệ đúng hạn theo cơ quan) từ nhật ký hoặc cơ sở dữ liệu. / Print the "
                + "post-dialogue figures from the journals or the database.")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    DialogueCommand parent;

    static final class Source {
        @Option(names = "--journal", paramLabel = "DIR",
                description = "Thư mục chứa các tệp nhật ký (nhat-ky-cau-hoi.jsonl, nhat-ky-ket-luan.jsonl). / The "
                        + "folder of the journal files.")
        Path journal;

        @Option(names = "--store", paramLabel = "URL",
                description = "Địa chỉ JDBC của cơ sở dữ liệu PostgreSQL. / The PostgreSQL database's JDBC URL.")
        String store;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--dialogue", defaultValue = "kon-tum-2024", paramLabel = "NAME",
            description = "Tên cuộc đối thoại trong cơ sở dữ liệu (mặc định: ${DEFAULT-VALUE}). / The dialogue's name "
                    + "in the database.")
    String dialogue;

    @Option(names = "--plan", defaultValue = "examples/plans/kon-tum-2024-phu-nu.yaml", paramLabel = "PLAN",
            description = "Kế hoạch, để in tên cơ quan, địa bàn, chủ đề (mặc định: ${DEFAULT-VALUE}). / The plan, "
                    + "for the names of agencies, units and topics.")
    Path plan;

    @Option(names = "--at", paramLabel = "DATE",
            description = "Số liệu tính đến hết ngày này (YYYY-MM-DD; mặc định: 31/12 của năm kế hoạch). / Figures "
                    + "as of the end of this day.")
    LocalDate at;

    @Override
    public Integer call() {
        Plan thePlan = PlanFiles.read(plan);
        DialogueStores stores = source.journal != null ? DialogueStores.files(source.journal)
                : DatabaseStores.of(source.store, dialogue);
        LocalDate day = at != null ? at : LocalDate.of(thePlan.year(), 12, 31);
        Instant instant = day.atTime(17, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        List<vn.dialogue.question.Question> questions = QuestionRegistry.replay(stores.read(DialogueStores.QUESTIONS))
                .values().stream().map(Versioned::question).toList();
        List<ConclusionTask> tasks;
        try (ConclusionRegister register = ConclusionRegister.builder(RolePolicy.defaults())
                .store(stores.read(DialogueStores.CONCLUSIONS)).open()) {
            tasks = register.tasks();
        }
        var out = parent.spec.commandLine().getOut();
        ResultsFigures.lines(QuestionReport.of(questions, instant), tasks, thePlan, parent.locale())
                .forEach(out::println);
        out.flush();
        return DialogueCommand.OK;
    }
}
