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
import vn.dialogue.conclusion.ConclusionRegister;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.QuestionReport;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.Versioned;

/**
 * {@code dialogue report}: the post-dialogue figures of a dialogue's logs, from journal files or a PostgreSQL
 * database, with the plan's names.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    DialogueCommand parent;

    static final class Source {
        @Option(names = "--journal", paramLabel = "DIR", descriptionKey = "journal")
        Path journal;

        @Option(names = "--store", paramLabel = "URL", descriptionKey = "store")
        String store;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--dialogue", defaultValue = "kon-tum-2024", paramLabel = "NAME", descriptionKey = "dialogue")
    String dialogue;

    @Option(names = "--plan", paramLabel = "PLAN", descriptionKey = "plan")
    Path plan;

    @Option(names = "--at", paramLabel = "DATE", descriptionKey = "at")
    LocalDate at;

    @Override
    public Integer call() throws java.io.IOException {
        Plan thePlan = PlanFiles.read(plan != null ? plan
                : DemoCommand.shipped(DemoCommand.SAMPLE_PLAN, java.nio.file.Files.createTempDirectory("dialogue-")));
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
