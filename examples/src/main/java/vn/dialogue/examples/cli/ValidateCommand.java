package vn.dialogue.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.dialogue.check.CheckReport;
import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.PlanFiles;

/** {@code dialogue validate PLAN}: reads and checks a plan; exit 0 without ERROR findings, 1 with, 2 if unreadable. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    DialogueCommand parent;

    @Parameters(paramLabel = "PLAN", descriptionKey = "plan")
    Path plan;

    @Override
    public Integer call() {
        Plan read = PlanFiles.read(plan);
        CheckReport report = Checks.all(WorkingCalendar.vietnam()).check(read);
        parent.spec.commandLine().getOut().println(report.format(parent.locale()));
        parent.spec.commandLine().getOut().flush();
        return report.hasErrors() ? DialogueCommand.FINDINGS : DialogueCommand.OK;
    }
}
