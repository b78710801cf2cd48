package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.Plan;

/** The shipped plans of other provinces, audiences and levels read, write and read again; Kon Tum's is unchanged. */
class GeneralPlanFilesTest {

    private static Path plans() {
        return SeedPlans.konTum2024().getParent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"quang-ngai-2026-thanh-nien.yaml", "lang-son-2026-nong-dan.yaml",
            "xa-an-phu-2026-nhan-dan.yaml", "kon-tum-2024-phu-nu.yaml"})
    void should_read_write_and_read_again_to_an_equal_plan(String file) {
        Plan plan = PlanFiles.read(plans().resolve(file));

        String yaml = PlanFiles.write(plan, Format.YAML);
        assertThat(PlanFiles.read(file, yaml, Format.YAML)).isEqualTo(plan);
        assertThat(PlanFiles.read(file.replace(".yaml", ".json"), PlanFiles.write(plan, Format.JSON), Format.JSON))
                .isEqualTo(plan);
    }

    @Test
    void should_read_the_new_elements_of_the_joint_farmers_plan() {
        Plan plan = PlanFiles.read(plans().resolve("lang-son-2026-nong-dan.yaml"));

        assertThat(plan.identity().issuers()).containsExactly("ubnd-tinh", "hoi-nong-dan-tinh");
        assertThat(plan.coSignatures()).singleElement().satisfies(s -> assertThat(s.signer()).contains("Lương"));
        assertThat(plan.sessions()).extracting(s -> s.title()).containsExactly("Hội nghị đối thoại",
                "Hội thảo liên kết tiêu thụ nông sản");
        assertThat(plan.agendaOf("hoi-thao")).hasSize(3);
        assertThat(plan.bridgePoints()).hasSize(4);
        assertThat(plan.attendance().get(1).totalOver(plan.bridgePoints().size()).orElseThrow().exactly())
                .isEqualTo(80);
        assertThat(plan.delegateGroups().stream().flatMap(g -> g.members().stream()))
                .anyMatch(m -> m.role() == DelegateRole.CO_CHAIR);
        assertThat(plan.questions().takenUp().max()).isEqualTo(15);
    }

    @Test
    void should_read_kon_tum_with_none_of_the_new_elements() {
        Plan plan = PlanFiles.read(plans().resolve("kon-tum-2024-phu-nu.yaml"));

        assertThat(plan.identity().coIssuers()).isEmpty();
        assertThat(plan.coSignatures()).isEmpty();
        assertThat(plan.questions()).isNull();
        assertThat(plan.grassroots()).isNull();
        assertThat(plan.bridgePoints()).isEqualTo(plan.format().bridgePoints());
        assertThat(Stream.of(PlanFiles.write(plan, Format.YAML).split("\n")))
                .noneMatch(l -> l.contains("coIssuers") || l.contains("expectedEach") || l.contains("until"));
    }
}
