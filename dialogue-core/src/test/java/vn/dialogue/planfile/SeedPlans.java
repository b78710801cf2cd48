package vn.dialogue.planfile;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.dialogue.plan.Plan;

/** Finds and loads the seed plan file of the examples module, from any module's test. */
public final class SeedPlans {

    private SeedPlans() {
    }

    /** The path of examples/plans/kon-tum-2024-phu-nu.yaml, found by walking up from the working folder. */
    public static Path konTum2024() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("examples/plans/kon-tum-2024-phu-nu.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("examples/plans/kon-tum-2024-phu-nu.yaml not found above "
                + Path.of("").toAbsolutePath());
    }

    public static Plan loadKonTum2024() {
        return PlanFiles.read(konTum2024());
    }
}
