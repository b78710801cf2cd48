package vn.dialogue.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.Format;
import vn.dialogue.planfile.PlanFiles;

/** The seed plan file (examples/plans/kon-tum-2024-phu-nu.yaml), packed into the benchmarks jar. */
final class Seed {

    static final String NAME = "kon-tum-2024-phu-nu.yaml";

    private Seed() {
    }

    /** The file's bytes, read from the class path. */
    static byte[] planBytes() {
        try (InputStream in = Seed.class.getClassLoader().getResourceAsStream("plans/" + NAME)) {
            if (in == null) {
                throw new IllegalStateException("plans/" + NAME + " is not on the class path; build with "
                        + "mvn -pl benchmarks -am package");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed plan, read. */
    static Plan plan() {
        return PlanFiles.read(NAME, planBytes(), Format.YAML);
    }
}
