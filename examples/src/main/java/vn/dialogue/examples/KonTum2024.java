package vn.dialogue.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import vn.dialogue.check.CheckReport;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlannedTask;
import vn.dialogue.planfile.Format;
import vn.dialogue.planfile.PlanFiles;

/**
 * The end-to-end example: the 2024 dialogue between the Chairman of the Kon Tum People's Committee and women,
 * from its plan file to every document in {@code out/}.
 *
 * <p>Each step prints what it did, so a person can follow the dialogue as it runs.
 */
public final class KonTum2024 {

    /** What a run produced. */
    public record Result(Plan plan, CheckReport report, List<Path> written) {
    }

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Path planFile;
    private final Path out;
    private final PrintWriter log;

    public KonTum2024(Path planFile, Path out, PrintWriter log) {
        this.planFile = Objects.requireNonNull(planFile, "planFile");
        this.out = Objects.requireNonNull(out, "out");
        this.log = Objects.requireNonNull(log, "log");
    }

    public Result run() throws IOException {
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();

        step("1. Đọc kế hoạch / reading the plan: " + planFile);
        Plan plan = PlanFiles.read(planFile);
        log.println("   " + plan.identity().type().name() + " " + plan.identity().numberAndSymbol() + " - "
                + plan.identity().subject());
        log.println("   Chủ đề: " + plan.theme());

        step("2. Kiểm tra kế hoạch / checking the plan");
        CheckReport report = PlanChecker.standard().check(plan);
        report.format(VI).lines().forEach(line -> log.println("   " + line));

        step("3. Nhiệm vụ và thời hạn / tasks and deadlines");
        for (PlannedTask t : plan.tasks()) {
            if (t.task().deadline() != null) {
                log.println("   " + t.id() + " (" + String.join(", ", t.owners()) + "): "
                        + t.task().deadline().describe().vi());
            }
        }

        step("4. Ghi tệp / writing files to " + out);
        written.add(write(out.resolve("ke-hoach.json"), PlanFiles.write(plan, Format.JSON)));
        written.add(write(out.resolve("ket-qua-kiem-tra.txt"), report.format(VI) + "\n"));
        written.forEach(p -> log.println("   " + p));
        log.flush();
        return new Result(plan, report, List.copyOf(written));
    }

    private void step(String title) {
        log.println(title);
        log.flush();
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
        return file;
    }

    public static void main(String[] args) throws IOException {
        Path plan = Path.of(args.length > 0 ? args[0] : "examples/plans/kon-tum-2024-phu-nu.yaml");
        Path out = Path.of(args.length > 1 ? args[1] : "out");
        new KonTum2024(plan, out, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8)).run();
    }
}
