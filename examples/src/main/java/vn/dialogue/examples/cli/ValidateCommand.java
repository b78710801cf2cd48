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
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Read a plan file (YAML or JSON), check it and print the findings. "
                + "Exit code 0: no ERROR; 1: ERROR findings; 2: the file cannot be read.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    DialogueCommand parent;

    @Parameters(paramLabel = "PLAN", description = "The plan file (.yaml, .yml or .json).")
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
