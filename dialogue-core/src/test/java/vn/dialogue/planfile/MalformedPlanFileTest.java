package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.Plan;

class MalformedPlanFileTest {

    private static final String MINIMAL = MinimalPlanFile.YAML;

    private static PlanFileException fail(String yaml) {
        return catchThrowableOfType(PlanFileException.class, () -> PlanFiles.read("plan.yaml", yaml, Format.YAML));
    }

    @Test
    void should_read_a_minimal_draft() {
        Plan plan = PlanFiles.read("plan.yaml", MINIMAL, Format.YAML);
        assertThat(plan.identity().subject()).isEqualTo("Đối thoại");
        assertThat(plan.tasks()).isEmpty();
    }

    @Test
    void should_name_line_column_and_field_of_an_unknown_field() {
        PlanFileException e = fail(MINIMAL.replace("  symbol: KH-UBND\n", "  symbol: KH-UBND\n  numbr: 5\n"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("plan.yaml");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.path()).isEqualTo("identity.numbr");
            assertThat(p.message()).contains("unknown field 'numbr'").contains("number");
        });
        assertThat(e.getMessage()).startsWith("1 lỗi trong tệp plan.yaml / 1 problem in plan.yaml:")
                .contains("plan.yaml:6:3: identity.numbr: không có trường 'numbr' ở đây; các trường có thể dùng: ")
                .contains(" / unknown field 'numbr'; expected one of: ");
    }

    @Test
    void should_list_every_problem_at_once() {
        String yaml = MINIMAL + """
                status: SIGNED
                sessions:
                  - id: s1
                    date: 2024-02-31
                legalBases:
                  - type: Văn bản
                    number: 1/X
                    colour: red
                """;
        PlanFileException e = fail(yaml);
        assertThat(e.problems()).extracting(Problem::path)
                .contains("status", "sessions[0].date", "legalBases[0].colour");
        assertThat(e.problems()).filteredOn(p -> p.path().equals("status")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("SIGNED").contains("DRAFT, ISSUED"));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void should_name_a_missing_required_field() {
        PlanFileException e = fail(MINIMAL.replace("  issuer: ubnd\n", ""));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("identity.issuer");
            assertThat(p.text().en()).isEqualTo("required field 'issuer' is missing");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void should_report_broken_invariants_of_several_objects() {
        String yaml = MINIMAL + """
                sessions:
                  - id: s1
                  - id: bad id
                    month: 2024-11
                """;
        PlanFileException e = fail(yaml);
        assertThat(e.problems()).extracting(Problem::path).containsExactly("sessions[0]", "sessions[1]");
        assertThat(e.problems().get(0).message()).contains("give a date or an expected month");
        assertThat(e.problems().get(1).message()).contains("'bad id' is not a valid id");
    }

    @Test
    void should_report_a_wrong_type() {
        PlanFileException e = fail(MINIMAL + "purposes: just one line\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("purposes");
            assertThat(p.message()).contains("expected list");
        });
    }

    @Test
    void should_report_a_bad_deadline_and_document_type() {
        String yaml = MINIMAL.replace("type: KH", "type: XYZ") + """
                implementation:
                  parts:
                    - title: Phân công
                      assignments:
                        - owners: [ubnd]
                          tasks:
                            - id: t1
                              text: làm
                              deadline: {before: 29/10/2024}
                """;
        PlanFileException e = fail(yaml);
        assertThat(e.problems()).extracting(Problem::path)
                .containsExactly("identity.type", "implementation.parts[0].assignments[0].tasks[0].deadline");
        assertThat(e.problems().get(0).message()).contains("unknown document type").contains("KH");
        assertThat(e.problems().get(1).message()).contains("2024-10-29");
    }

    @Test
    void should_report_a_syntax_error_with_its_line() {
        PlanFileException e = fail(MINIMAL + "theme: [unclosed\n");
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.line()).isGreaterThanOrEqualTo(8));
    }

    @Test
    void should_reject_duplicate_keys() {
        PlanFileException e = fail(MINIMAL + "theme: a\ntheme: b\n");
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).containsIgnoringCase("duplicate"));
    }

    @Test
    void should_reject_empty_and_non_utf8_files() {
        assertThat(fail("   \n").problems()).singleElement()
                .satisfies(p -> assertThat(p.text().en()).isEqualTo("the file is empty"));
        byte[] latin1 = MINIMAL.replace("Đối thoại", "café").getBytes(StandardCharsets.ISO_8859_1);
        PlanFileException e = catchThrowableOfType(PlanFileException.class,
                () -> PlanFiles.read("plan.yaml", latin1, Format.YAML));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not UTF-8"));
    }

    @Test
    void should_skip_a_byte_order_mark_and_compose_decomposed_text() {
        String nfd = Normalizer.normalize(MINIMAL + "theme: Bình đẳng giới\n", Normalizer.Form.NFD);
        Plan plan = PlanFiles.read("plan.yaml", ("\uFEFF" + nfd).getBytes(StandardCharsets.UTF_8), Format.YAML);
        assertThat(plan.theme()).isEqualTo("Bình đẳng giới");
        assertThat(Normalizer.isNormalized(plan.identity().subject(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void should_turn_pointers_into_field_paths() {
        assertThat(PlanFiles.fieldPath("/implementation/parts/1/assignments/0/tasks/2/deadline"))
                .isEqualTo("implementation.parts[1].assignments[0].tasks[2].deadline");
        assertThat(PlanFiles.fieldPath("")).isEmpty();
    }

    @Test
    void should_reject_a_string_over_the_limit() {
        String big = "x".repeat(PlanFiles.MAX_STRING_CHARS + 1);
        PlanFileException e = fail(MINIMAL + "theme: " + big + "\n");
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.getMessage()).contains("plan.yaml");
    }
}
