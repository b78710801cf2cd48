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
@Command(name = "next-year", mixinStandardHelpOptions = true,
        description = "Derive next year's plan from PLAN: new year, dates shifted by rule, number cleared, legal bases "
                + "kept, unsettled commitments carried over, units and agencies remapped. Writes the new plan file "
                + "and prints what changed and its check.")
final class NextYearCommand implements Callable<Integer> {

    @ParentCommand
    DialogueCommand parent;

    @Parameters(paramLabel = "PLAN", description = "This year's plan file.")
    Path plan;

    @Option(names = "--year", required = true, description = "The new plan's year.")
    int year;

    @Option(names = "--session-date", description = "The new session's day (YYYY-MM-DD); by default the same "
            + "weekday of the same week and month, or the same month.")
    LocalDate sessionDate;

    @Option(names = "--units", paramLabel = "MAPPING", description = "A mapping file: the new registry, old to new "
            + "unit and organisation ids, renames, venues and bridge points.")
    Path units;

    @Option(names = "--carry-over", paramLabel = "FILE", description = "A file of unsettled commitments of the "
            + "previous dialogue, taken up first.")
    Path carryOver;

    @Option(names = "--id", description = "The new plan's id; by default the old id with the year replaced.")
    String id;

    @Option(names = {"-o", "--output"}, description = "Where to write the new plan; by default next to PLAN, "
            + "named after the new id.")
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
        out.println((parent.locale().getLanguage().equals("vi") ? "Đã ghi: " : "Written: ") + target);
        CheckReport report = Checks.all(WorkingCalendar.vietnam()).check(PlanFiles.read(target));
        out.println(report.format(parent.locale()));
        out.flush();
        return report.hasErrors() ? DialogueCommand.FINDINGS : DialogueCommand.OK;
    }

}
