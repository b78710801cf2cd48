package vn.dialogue.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.check.CheckReport;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.timeline.Timeline;
import vn.dialogue.export.Format;
import vn.dialogue.export.PlanDocument;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.planfile.YearlyFiles;
import vn.dialogue.timeline.TimelineRules;
import vn.dialogue.yearly.NextYear;

/**
 * The second example: the 2026 women's dialogue of the merged province, scripted from the 2024 Kon Tum plan under
 * the two-level local government (province and communes, no districts; merged province and departments). The plan
 * file is written by the tool, then read back and checked, and its document printed.
 */
public final class QuangNgai2026 {

    /** What the derivation produced. */
    public record Result(Plan plan, Path planFile, CheckReport report, List<String> notes, Path document) {
    }

    static final LocalDate SESSION_DAY = LocalDate.of(2026, 11, 20);

    private final Path previousPlan;
    private final Path mapping;
    private final Path carryOvers;
    private final Path out;
    private final PrintWriter log;

    public QuangNgai2026(Path previousPlan, Path mapping, Path carryOvers, Path out, PrintWriter log) {
        this.previousPlan = Objects.requireNonNull(previousPlan, "previousPlan");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.carryOvers = Objects.requireNonNull(carryOvers, "carryOvers");
        this.out = Objects.requireNonNull(out, "out");
        this.log = Objects.requireNonNull(log, "log");
    }

    public Result run() throws IOException {
        log.println("8. Kế hoạch năm 2026 / next year's plan, two-level local government");
        NextYear.Result derived = NextYear.into(2026)
                .sessionOn(SESSION_DAY)
                .remappedBy(YearlyFiles.readRemapping(mapping))
                .carryingOver(YearlyFiles.readCarryOvers(carryOvers).carryOvers())
                .withId("quang-ngai-2026-phu-nu")
                .from(PlanFiles.read(previousPlan));
        Files.createDirectories(out);
        Path file = out.resolve("quang-ngai-2026-phu-nu.yaml");
        PlanFiles.write(derived.plan(), file);
        Plan reread = PlanFiles.read(file);
        // what changed, for an official: the notes of the derivation (ids, in English) stay in the result
        int carried = YearlyFiles.readCarryOvers(carryOvers).carryOvers().size();
        log.println("   Số văn bản để trống, chờ cấp số khi ban hành; phiên đối thoại ngày "
                + ConsoleText.day(SESSION_DAY));
        log.println("   " + carried + " kiến nghị chưa giải quyết xong năm trước được đưa lên đầu chương trình");
        log.println("   Danh mục theo chính quyền địa phương hai cấp: " + reread.registry().units().size()
                + " đơn vị hành chính, " + reread.registry().organisations().size() + " cơ quan, tổ chức");
        ConsoleText.timeline(reread, Timeline.of(reread, WorkingCalendar.vietnam()))
                .forEach(l -> log.println("   " + l));
        CheckReport report = PlanChecker.standard().with(TimelineRules.all(WorkingCalendar.vietnam())).check(reread);
        ConsoleText.findings(report).forEach(l -> log.println("   " + l));
        Path document = out.resolve("ke-hoach-2026.docx");
        try (OutputStream o = Files.newOutputStream(document)) {
            PlanDocument.of(reread).withTimestamp(LocalDate.of(2026, 10, 1).atStartOfDay(KonTum2024.VIETNAM)
                    .toInstant()).render(Format.DOCX, o);
        }
        log.println("   " + out.relativize(file));
        log.println("   " + out.relativize(document));
        log.flush();
        return new Result(reread, file, report, derived.notes(), document);
    }
}
