package vn.dialogue.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.export.delegates.DelegateSpreadsheets;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.participant.DelegateImport;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.SampleDelegates;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.planfile.PlanSchema;
import vn.dialogue.planfile.YearlyFiles;
import vn.dialogue.yearly.NextYear;

/**
 * The parts of the API that read their own resources or reflect on records, each used once from a named module:
 * what the class path forgives and the module path does not.
 */
class ModulePathApiTest {

    private static final Path PLANS = Path.of(System.getProperty("dialogue.seedPlan")).getParent();

    @TempDir
    Path dir;

    @Test
    void should_write_and_read_back_a_plan_file_in_yaml_and_json() {
        Plan plan = PlanFiles.read(PLANS.resolve("kon-tum-2024-phu-nu.yaml"));
        for (String name : new String[] {"ke-hoach.yaml", "ke-hoach.json"}) {
            PlanFiles.write(plan, dir.resolve(name));
            assertThat(PlanFiles.read(dir.resolve(name))).as(name).isEqualTo(plan);
        }
    }

    @Test
    void should_generate_the_plan_files_json_schema() {
        String schema = PlanSchema.json();
        assertThat(schema).contains("\"$schema\"").contains("\"identity\"").contains("\"sessions\"");
    }

    @Test
    void should_know_the_days_off_shipped_with_the_library() {
        WorkingCalendar calendar = WorkingCalendar.vietnam();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 2))).as("Quốc khánh").isFalse();
        assertThat(calendar.notices()).isNotEmpty();
    }

    @Test
    void should_script_next_years_plan_from_the_mapping_file() {
        Plan plan = PlanFiles.read(PLANS.resolve("kon-tum-2024-phu-nu.yaml"));
        NextYear.Result next = NextYear.into(2026).sessionOn(LocalDate.of(2026, 11, 20))
                .remappedBy(YearlyFiles.readRemapping(PLANS.resolve("mappings/kon-tum-2024-to-quang-ngai-2026.yaml")))
                .from(plan);
        assertThat(next.plan().identity().subject()).contains("2026");
    }

    @Test
    void should_read_back_the_delegate_workbook_it_wrote() throws IOException {
        Plan plan = ModularConsumer.scheduled(PlanFiles.read(PLANS.resolve("kon-tum-2024-phu-nu.yaml")));
        DelegateList delegates = SampleDelegates.forPlan(plan, 2024);
        Path book = dir.resolve("dai-bieu.xlsx");
        Files.write(book, DelegateSpreadsheets.toXlsx(plan, delegates));
        DelegateImport back = DelegateSpreadsheets.read(plan, book);
        assertThat(back.errors()).isEmpty();
        assertThat(back.delegates().size()).isEqualTo(delegates.size());
    }

    @Test
    void should_override_the_fixed_words_from_a_provinces_file() throws IOException {
        Path file = dir.resolve("tinh.yaml");
        Files.writeString(file, "header:\n  motto: Độc lập - Tự do - Hạnh phúc!\n", StandardCharsets.UTF_8);
        assertThat(Wording.vietnamese().overriddenBy(file).text("header.motto"))
                .isEqualTo("Độc lập - Tự do - Hạnh phúc!");
    }
}
