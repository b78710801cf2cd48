package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

class PlanSchemaTest {

    /** The committed schema, beside the project's root POM; the shipped plans point at it. */
    static final Path COMMITTED = SeedPlans.konTum2024().getParent().getParent().getParent()
            .resolve("schema/plan.schema.json");

    private static final String GENERATED = PlanSchema.json() + "\n";
    private final JsonNode schema = JsonMapper.builder().build().readTree(GENERATED);
    private static final Schema VALIDATOR = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(GENERATED);

    @Test
    void should_describe_every_block_of_the_plan_and_forbid_unknown_fields() {
        JsonNode defs = schema.get("$defs");
        assertThat(schema.get("$ref").asString()).isEqualTo("#/$defs/Plan");
        assertThat(defs.get("Plan").get("properties").has("implementation")).isTrue();
        assertThat(defs.get("Task").get("additionalProperties").asBoolean()).isFalse();
        assertThat(defs.get("Task").get("properties").get("deadline").get("oneOf").toString())
                .contains("workingDays");
        assertThat(defs.get("Session").get("properties").get("month").get("pattern").asString()).contains("\\d{4}");
    }

    @Test
    void should_require_only_what_the_model_cannot_do_without() {
        JsonNode plan = schema.get("$defs").get("Plan");
        assertThat(plan.get("required")).extracting(JsonNode::asString).containsExactlyInAnyOrder("id", "identity");
        JsonNode identity = schema.get("$defs").get("DocumentIdentity");
        assertThat(identity.get("required")).extracting(JsonNode::asString).containsExactlyInAnyOrder("issuer", "type");
        assertThat(identity.get("properties").get("type").toString()).contains("\"KH\"", "\"GM\"", "\"CTr\"",
                "\"Công văn\"");
    }

    @Test
    void should_give_every_property_a_description_in_vietnamese_and_english_and_an_example_or_a_default() {
        // GIVEN every property of every block of the schema
        List<String> missing = new ArrayList<>();
        schema.get("$defs").properties().forEach(def -> {
            JsonNode properties = def.getValue().get("properties");
            if (properties == null) {
                return;
            }
            assertThat(def.getValue().has("description")).as(def.getKey() + " has a description").isTrue();
            properties.properties().forEach(p -> {
                String name = def.getKey() + "." + p.getKey();
                String description = p.getValue().path("description").asString("");
                // THEN each has its two descriptions: Vietnamese, a blank line, English
                if (!description.contains("\n\n") || description.startsWith("\n") || description.endsWith("\n")) {
                    missing.add(name + " (description)");
                }
                boolean block = p.getValue().has("$ref") || "array".equals(p.getValue().path("type").asString(""))
                        || "object".equals(p.getValue().path("type").asString(""));
                // AND each value a person types has an example or a default
                if (!block && !p.getValue().has("examples") && !p.getValue().has("default")
                        && !p.getValue().toString().contains("\"enum\"")) {
                    missing.add(name + " (example)");
                }
            });
        });
        assertThat(missing).isEmpty();
        assertThat(schema.toString()).contains("Mã của kế hoạch").contains("The plan's id")
                .contains("\"default\":\"DRAFT\"");
    }

    @Test
    void should_match_the_committed_schema_and_rewrite_it_when_stale() throws Exception {
        // GIVEN the schema generated from the model WHEN compared with schema/plan.schema.json
        String committed = Files.isRegularFile(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!committed.equals(GENERATED)) {
            // the file is regenerated so that a second run passes and the change shows in the diff
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, GENERATED, StandardCharsets.UTF_8);
        }
        // THEN they are the same (a stale committed schema fails once, rewritten)
        assertThat(committed).as("schema/plan.schema.json was stale and has been regenerated: commit it")
                .isEqualTo(GENERATED);
    }

    @Test
    void should_be_named_on_the_first_line_of_the_shipped_plan_which_still_reads() throws Exception {
        Path plan = SeedPlans.konTum2024();
        String first = Files.readAllLines(plan).get(0);
        assertThat(first).isEqualTo("# yaml-language-server: $schema=../../schema/plan.schema.json");
        assertThat(plan.getParent().resolve("../../schema/plan.schema.json").normalize()).isEqualTo(COMMITTED);
        assertThat(PlanFiles.read(plan).id()).isEqualTo("kon-tum-2024-phu-nu");
    }

    // ---- the schema and the reader agree ----

    /** A plan file and whether it is good; both the reader and the schema must say the same. */
    record Case(String name, String yaml, boolean good) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String MINIMAL = MinimalPlanFile.YAML;

    private static String withDeadline(String deadline) {
        return MINIMAL + """
                implementation:
                  parts:
                    - title: Phân công
                      assignments:
                        - owners: [ubnd]
                          tasks:
                            - id: t1
                              text: Tổng hợp
                              deadline: %s
                """.formatted(deadline);
    }

    private static String withAttendance(String expected) {
        return MINIMAL + """
                attendance:
                  - venue: hoi-truong
                    expected: %s
                """.formatted(expected);
    }

    static List<Case> cases() throws Exception {
        String seed = Files.readString(SeedPlans.konTum2024());
        return List.of(
                new Case("the seed plan", seed, true),
                new Case("the minimal plan", MINIMAL, true),
                new Case("about as digits in quotes", withAttendance("{about: \"250\"}"), true),
                new Case("about as a number", withAttendance("{about: 250}"), true),
                new Case("a range", withAttendance("{min: 200, max: 300}"), true),
                new Case("status in lower case", MINIMAL + "status: draft\n", true),
                new Case("status Issued", MINIMAL + "status: Issued\n", true),
                new Case("part of day in lower case", MINIMAL + "sessions: [{id: s, month: 2024-11, partOfDay: morning}]\n", true),
                new Case("a year as issue date", MINIMAL.replace("issueDate: 2024-10", "issueDate: 2024"), true),
                new Case("a whole issue date", MINIMAL.replace("issueDate: 2024-10", "issueDate: 2024-10-05"), true),
                new Case("an offset deadline", withDeadline("{workingDays: 5, before: session}"), true),
                new Case("a fixed deadline", withDeadline("{before: 2024-10-29}"), true),
                new Case("an end-of-day deadline", withDeadline("{byEndOf: 2024-11-14, follows: [t0]}"), true),
                new Case("a statutory deadline",
                        withDeadline("{within: {workingDays: 10}, from: receipt, law: \"Luật Tiếp công dân\"}"), true),
                new Case("a deadline after a task", withDeadline("{days: 3, after: \"task:t0\"}"), true),
                new Case("a month as session", MINIMAL + "sessions: [{id: s, month: 2024-11}]\n", true),

                new Case("a negative headcount", withAttendance("{exactly: -5}"), false),
                new Case("a negative about in quotes", withAttendance("{about: \"-5\"}"), false),
                new Case("two headcount forms", withAttendance("{exactly: 5, about: 6}"), false),
                new Case("no headcount form", withAttendance("{}"), false),
                new Case("two deadline kinds at once", withDeadline("{before: 2024-10-29, byEndOf: 2024-10-30}"),
                        false),
                new Case("days and working days", withDeadline("{days: 5, workingDays: 5, before: session}"), false),
                new Case("working days without a milestone", withDeadline("{workingDays: 5}"), false),
                new Case("before and after at once", withDeadline("{days: 2, before: session, after: receipt}"),
                        false),
                new Case("a date as milestone", withDeadline("{days: 2, before: 2024-10-01}"), false),
                new Case("a statutory deadline without its law", withDeadline("{within: {days: 10}, from: receipt}"),
                        false),
                new Case("working days in quotes", withDeadline("{workingDays: \"5\", before: session}"), false),
                new Case("month 13 in the issue date", MINIMAL.replace("issueDate: 2024-10", "issueDate: 2024-13"),
                        false),
                new Case("month 13 of a session", MINIMAL + "sessions: [{id: s, month: 2024-13}]\n", false),
                new Case("day 32 of a session", MINIMAL + "sessions: [{id: s, date: 2024-11-32}]\n", false),
                new Case("an hour 25", MINIMAL + "sessions: [{id: s, month: 2024-11, start: \"25:00\"}]\n", false),
                new Case("a session without day or month", MINIMAL + "sessions: [{id: s}]\n", false),
                new Case("an unknown status", MINIMAL + "status: signed\n", false),
                new Case("an unknown document type", MINIMAL.replace("type: KH", "type: XYZ"), false),
                new Case("an unknown field", MINIMAL + "colour: red\n", false),
                new Case("a missing id", MINIMAL.replace("id: p\n", ""), false),
                new Case("a list for a text", MINIMAL + "theme: [a, b]\n", false),
                new Case("a document number 0", MINIMAL.replace("  symbol:", "  number: 0\n  symbol:"), false),
                new Case("a percentage above 100", MINIMAL + """
                        attendance:
                          - venue: hoi-truong
                            targets: [{id: x, text: y, atLeastPercent: 101}]
                        """, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_accept_what_the_reader_reads_and_refuse_what_it_refuses(Case c) {
        // GIVEN a plan file WHEN the reader reads it and the schema validates it
        boolean read;
        String why;
        try {
            PlanFiles.read("plan.yaml", c.yaml(), Format.YAML);
            read = true;
            why = "read";
        } catch (PlanFileException e) {
            read = false;
            why = e.getMessage();
        }
        JsonNode tree = YAMLMapper.builder().build().readTree(c.yaml());
        List<Error> errors = VALIDATOR.validate(tree);
        // THEN both say what the case says
        assertThat(read).as("the reader on " + c + ": " + why).isEqualTo(c.good());
        assertThat(errors.isEmpty()).as("the schema on " + c + ": " + errors).isEqualTo(c.good());
    }

    @Test
    void should_write_choices_that_match_any_case() {
        assertThat("Draft").matches(PlanSchema.caseInsensitive(List.of("DRAFT", "ISSUED")));
        assertThat("công VĂN").matches(PlanSchema.caseInsensitive(List.of("Công văn")));
        assertThat("KH-1").matches(PlanSchema.caseInsensitive(List.of("KH-1")));
        assertThat("draftx").doesNotMatch(PlanSchema.caseInsensitive(List.of("DRAFT")));
    }
}
