package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlanSchemaTest {

    private final JsonNode schema = JsonMapper.builder().build().readTree(PlanSchema.json());

    @Test
    void should_describe_every_block_of_the_plan_and_forbid_unknown_fields() {
        JsonNode defs = schema.get("$defs");
        assertThat(schema.get("$ref").asString()).isEqualTo("#/$defs/Plan");
        assertThat(defs.get("Plan").get("properties").has("implementation")).isTrue();
        assertThat(defs.get("Task").get("additionalProperties").asBoolean()).isFalse();
        assertThat(defs.get("Task").get("properties").get("deadline").get("properties").has("workingDays")).isTrue();
        assertThat(defs.get("Session").get("properties").get("month").get("pattern").asString()).contains("\\d{4}");
    }

    @Test
    void should_require_only_what_the_model_cannot_do_without() {
        JsonNode plan = schema.get("$defs").get("Plan");
        assertThat(plan.get("required")).extracting(JsonNode::asString).containsExactlyInAnyOrder("id", "identity");
        JsonNode identity = schema.get("$defs").get("DocumentIdentity");
        assertThat(identity.get("required")).extracting(JsonNode::asString).containsExactlyInAnyOrder("issuer", "type");
        assertThat(identity.get("properties").get("type").get("enum")).extracting(JsonNode::asString)
                .contains("KH", "GM", "CTr", "Công văn");
    }
}
