package vn.dialogue.export.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.PlanFiles;

/** Loads examples/plans/kon-tum-2024-phu-nu.yaml with the plan file reader of core. */
public final class SeedPlan {

    private SeedPlan() {
    }

    /** The seed plan file, found by walking up from the working folder. */
    public static Path file() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("examples/plans/kon-tum-2024-phu-nu.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("examples/plans/kon-tum-2024-phu-nu.yaml not found above " + Path.of("").toAbsolutePath());
    }

    /** The seed plan, a draft of October 2024. */
    public static Plan konTum2024() {
        return PlanFiles.read(file());
    }
}
