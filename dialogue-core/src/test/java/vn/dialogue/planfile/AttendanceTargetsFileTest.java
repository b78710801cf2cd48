package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.CompositionTarget;
import vn.dialogue.plan.CompositionTarget.Trait;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.VenueAttendance;

/** Composition targets and a precedence order are stated in the plan file and survive a round trip. */
class AttendanceTargetsFileTest {

    @Test
    void should_read_targets_and_precedence_written_in_a_plan_file() throws java.io.IOException {
        // GIVEN the seed plan's YAML with a target and a precedence under the provincial attendance
        String seed = java.nio.file.Files.readString(SeedPlans.konTum2024());
        assertThat(seed).contains("    expected: {about: 250}\n");
        String yaml = seed.replace("    expected: {about: 250}\n",
                "    expected: {about: 250}\n"
                        + "    targets:\n"
                        + "      - id: phu-nu-dtts\n"
                        + "        text: Ít nhất 30% phụ nữ là người dân tộc thiểu số\n"
                        + "        group: phu-nu-doi-thoai\n"
                        + "        traits: [WOMAN, ETHNIC_MINORITY]\n"
                        + "        atLeastPercent: 30\n"
                        + "    precedence: [tinh-uy, hdnd-tinh, ubmttq-tinh]\n");
        // WHEN
        Plan plan = PlanFiles.read("targets.yaml", yaml, Format.YAML);
        // THEN
        VenueAttendance hall = plan.attendance().get(0);
        assertThat(hall.targets()).singleElement().satisfies(t -> {
            assertThat(t.group()).isEqualTo("phu-nu-doi-thoai");
            assertThat(t.traits()).containsExactly(Trait.WOMAN, Trait.ETHNIC_MINORITY);
            assertThat(t.atLeastPercent()).isEqualTo(30);
        });
        assertThat(hall.precedence()).containsExactly("tinh-uy", "hdnd-tinh", "ubmttq-tinh");
    }

    @Test
    void should_round_trip_targets_and_precedence() {
        Plan seed = SeedPlans.loadKonTum2024();
        List<VenueAttendance> attendance = new ArrayList<>(seed.attendance());
        attendance.set(0, attendance.get(0).withTargets(List.of(CompositionTarget.atLeast("nu", 180, Trait.WOMAN)))
                .withPrecedence(List.of("tinh-uy", "hdnd-tinh")));
        Plan plan = seed.toBuilder().attendance(attendance).build();
        for (Format format : Format.values()) {
            assertThat(PlanFiles.read("again", PlanFiles.write(plan, format), format)).isEqualTo(plan);
        }
    }
}
