package vn.dialogue.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
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
 * {@code dialogue due}: what each agency owes at the end of a day (answers to prepare, written answers, notices to
 * askers, the chair's conclusion tasks) with the working days left or overdue, from journal files or a PostgreSQL
 * database, agencies by the plan's names. Reads the stores as {@code dialogue report} does.
 */
@Command(name = "due", mixinStandardHelpOptions = true)
final class DueCommand implements Callable<Integer> {

    /** How much of a question's wording a line shows. */
    private static final int SHOWN = 90;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ParentCommand
    DialogueCommand parent;

    @ArgGroup(exclusive = true, multiplicity = "1")
    ReportCommand.Source source;

    @Option(names = "--dialogue", defaultValue = "kon-tum-2024", paramLabel = "NAME", descriptionKey = "dialogue")
    String dialogue;

    @Option(names = "--plan", paramLabel = "PLAN", descriptionKey = "plan")
    Path plan;

    @Option(names = "--at", required = true, paramLabel = "DATE", descriptionKey = "at")
    LocalDate at;

    @Option(names = "--letters", paramLabel = "FILE", descriptionKey = "letters")
    Path letters;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Language language = parent.language();
        if (letters != null && !letters.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .matches(".*\\.(docx|pdf|html?)")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    language.say("error.lettersFormat", letters));
        }
        Plan thePlan = PlanFiles.read(plan != null ? plan
                : DemoCommand.shipped(DemoCommand.SAMPLE_PLAN, Files.createTempDirectory("dialogue-")));
        DialogueStores stores = source.journal != null ? DialogueStores.files(source.journal)
                : DatabaseStores.of(source.store, dialogue);
        Instant instant = at.atTime(17, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        List<Question> questions = QuestionRegistry.replay(stores.read(DialogueStores.QUESTIONS)).values().stream()
                .map(Versioned::question).toList();
        List<ConclusionTask> tasks;
        try (ConclusionRegister register = ConclusionRegister.builder(RolePolicy.defaults())
                .store(stores.read(DialogueStores.CONCLUSIONS)).open()) {
            tasks = register.tasks();
        }
        DueList due = DueList.at(instant, questions, tasks, WorkingCalendar.vietnam());
        PrintWriter out = parent.spec.commandLine().getOut();
        boolean en = language == Language.en;
        out.println(language.say("out.due.heading", DAY.format(at)));
        if (due.byAgency().isEmpty()) {
            out.println(language.say("out.due.none"));
        }
        due.byAgency().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey(java.util.Comparator.comparing(
                        (String id) -> thePlan.registry().organisationName(id),
                        vn.dialogue.participant.VietnameseCollation.textOrder())))
                .forEach(e -> {
                    List<DueWork> work = e.getValue();
                    out.println(language.say("out.due.agency", thePlan.registry().organisationName(e.getKey()),
                            work.size(), work.stream().filter(DueWork::overdue).count()));
                    for (DueWork w : work) {
                        out.println(language.say("out.due.item", en ? w.kind().label().en() : w.kind().label().vi(),
                                DAY.format(w.due()), standing(w, language), shown(w.text())));
                    }
                });
        if (letters != null) {
            if (due.byAgency().isEmpty()) {
                out.println(language.say("out.due.noLetters"));
            } else {
                if (letters.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(letters.toAbsolutePath().getParent());
                }
                try (var file = Files.newOutputStream(letters)) {
                    vn.dialogue.export.ReminderLetters.of(thePlan, due)
                            .withWording(vn.dialogue.export.wording.Wording.defaults(parent.locale()))
                            .render(vn.dialogue.export.Format.ofFile(letters), file);
                }
                out.println(language.say("out.written", letters));
            }
        }
        out.flush();
        return DialogueCommand.OK;
    }

    private static String standing(DueWork w, Language language) {
        if (w.overdue()) {
            return w.workingDaysOverdue() == 0 ? language.say("out.due.overdueNoWorkingDay")
                    : language.say("out.due.overdue", w.workingDaysOverdue());
        }
        return w.workingDaysLeft() == 0 ? language.say("out.due.today") : language.say("out.due.left",
                w.workingDaysLeft());
    }

    /** The wording on one line, cut at a word with an ellipsis when long (the store keeps it whole). */
    private static String shown(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= SHOWN) {
            return line;
        }
        int cut = line.lastIndexOf(' ', SHOWN);
        return line.substring(0, cut > SHOWN / 2 ? cut : SHOWN) + "…";
    }
}
