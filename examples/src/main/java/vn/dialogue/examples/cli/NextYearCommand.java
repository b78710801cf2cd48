package vn.dialogue.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.check.CheckReport;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.planfile.YearlyFiles;
import vn.dialogue.yearly.NextYear;

/** {@code dialogue next-year PLAN --year 2026 ...}: derives next year's plan, writes it and checks it. */
@Command(name = "next-year", mixinStandardHelpOptions = true)
final class NextYearCommand implements Callable<Integer> {

    @ParentCommand
    DialogueCommand parent;

    @Parameters(paramLabel = "PLAN", descriptionKey = "plan")
    Path plan;

    @Option(names = "--year", required = true)
    int year;

    @Option(names = "--session-date")
    LocalDate sessionDate;

    @Option(names = "--units", paramLabel = "MAPPING")
    Path units;

    @Option(names = "--carry-over", paramLabel = "FILE")
    Path carryOver;

    @Option(names = "--id")
    String id;

    @Option(names = {"-o", "--output"})
    Path output;

    @Override
    public Integer call() throws Exception {
        NextYear derivation = NextYear.into(year);
        if (sessionDate != null) {
            derivation = derivation.sessionOn(sessionDate);
        }
        if (units != null) {
            derivation = derivation.remappedBy(YearlyFiles.readRemapping(units));
        }
        if (carryOver != null) {
            derivation = derivation.carryingOver(YearlyFiles.readCarryOvers(carryOver).carryOvers());
        }
        if (id != null) {
            derivation = derivation.withId(id);
        }
        NextYear.Result result = derivation.from(PlanFiles.read(plan));
        Plan next = result.plan();
        Path target = output != null ? output : plan.toAbsolutePath().getParent().resolve(next.id() + ".yaml");
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        PlanFiles.write(next, target);
        var out = parent.spec.commandLine().getOut();
        result.notes().forEach(n -> out.println("  " + n));
        out.println(parent.language().say("out.written", target));
        CheckReport report = Checks.all(WorkingCalendar.vietnam()).check(PlanFiles.read(target));
        out.println(report.format(parent.locale()));
        out.flush();
        return report.hasErrors() ? DialogueCommand.FINDINGS : DialogueCommand.OK;
    }

}
