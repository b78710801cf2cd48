package vn.dialogue.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.timeline.Timeline;

/**
 * {@code dialogue timeline PLAN}: every milestone of the plan in order, with its weekday, rule and
 * last day, and the holiday periods not yet decided that a day depends on.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true)
final class TimelineCommand implements Callable<Integer> {

    @ParentCommand
    DialogueCommand parent;

    @Parameters(paramLabel = "PLAN", descriptionKey = "plan")
    Path plan;

    @picocli.CommandLine.Option(names = "--chart", paramLabel = "FILE",
            description = "Vẽ biểu đồ mốc thời gian vào FILE (.svg, .pdf, .docx hoặc .html) / draw the milestone chart "
                    + "into FILE (.svg, .pdf, .docx or .html)")
    @org.jspecify.annotations.Nullable Path chart;

    @Override
    public Integer call() {
        Timeline timeline = Timeline.of(PlanFiles.read(plan), WorkingCalendar.vietnam());
        var out = parent.spec.commandLine().getOut();
        out.print(timeline.format(parent.locale()));
        boolean vi = "vi".equals(parent.locale().getLanguage());
        var provisional = timeline.provisionalPeriods();
        if (!provisional.isEmpty()) {
            out.println(vi ? "Tạm tính, xem lại khi Chính phủ quyết định lịch nghỉ:" : "Provisional, to check again when the "
                    + "Government decides the days off:");
            provisional.forEach(p -> out.println("  * " + p.describe().in(parent.locale())));
        }
        timeline.findings().forEach(f -> out.println(f.format(parent.locale())));
        if (chart != null) {
            try {
                MilestoneCharts.write(timeline, parent.locale(), chart);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + chart + ": " + e.getMessage(), e);
            }
            out.println((vi ? "Đã vẽ biểu đồ mốc thời gian: " : "Milestone chart written: ") + chart);
        }
        out.flush();
        return timeline.findings().stream().anyMatch(f -> f.severity() == vn.dialogue.check.Severity.ERROR)
                ? DialogueCommand.FINDINGS : DialogueCommand.OK;
    }
}
