package vn.dialogue.planfile;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;

/**
 * A JSON Schema (draft 2020-12) of the plan file, generated from the model itself, so that an editor (VS Code with
 * its YAML extension, IntelliJ) completes and checks plan files as officials type. Every record of the model becomes
 * a definition; a field is required when the model cannot do without it (not {@code @Nullable}, not a list, not an
 * enum or block with a default). Thread-safe.
 */
public final class PlanSchema {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String ID = "https://dialogue.vn/schema/plan.json";

    private PlanSchema() {
    }

    /**
     * The schema of a plan file, as indented JSON.
     *
     * @return the schema of a plan file, as indented JSON
     */
    public static String json() {
        return PlanFiles.writeValue(schema(Plan.class, "Kế hoạch đối thoại (dialogue plan file)"), Format.JSON);
    }

    /**
     * The schema of any file of the plan family (a plan, a unit mapping, a carry-over list), as indented JSON.
     *
     * @param root the record type of the file's root
     * @param title the schema's title
     * @return the schema of any file of the plan family (a plan, a unit mapping, a carry-over list), as indented JSON
     */
    public static String json(Class<? extends Record> root, String title) {
        return PlanFiles.writeValue(schema(root, title), Format.JSON);
    }

    private static ObjectNode schema(Class<?> root, String title) {
        ObjectNode defs = F.objectNode();
        ObjectNode schema = F.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", ID);
        schema.put("title", title);
        schema.put("$ref", "#/$defs/" + root.getSimpleName());
        type(root, defs);
        schema.set("$defs", defs);
        return schema;
    }

    private static ObjectNode type(Type type, ObjectNode defs) {
        Class<?> raw = raw(type);
        ObjectNode node = F.objectNode();
        if (raw == String.class) {
            return node.put("type", "string");
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return node.put("type", "integer");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return node.put("type", "boolean");
        }
        if (raw == LocalDate.class) {
            return node.put("type", "string").put("format", "date").put("description", "YYYY-MM-DD");
        }
        if (raw == YearMonth.class) {
            return node.put("type", "string").put("pattern", "^\\d{4}-\\d{2}$").put("description", "YYYY-MM");
        }
        if (raw == LocalTime.class) {
            return node.put("type", "string").put("pattern", "^\\d{2}:\\d{2}(:\\d{2})?$").put("description", "HH:MM");
        }
        if (raw == IssueDate.class) {
            return node.put("type", "string").put("pattern", "^\\d{4}(-\\d{2}(-\\d{2})?)?$")
                    .put("description", "2024, 2024-10 or 2024-10-05: a draft may leave the day out");
        }
        if (raw == DocumentType.class) {
            ArrayNode values = node.putArray("enum");
            DocumentType.known().forEach(t -> values.add(t.isLetter() ? t.name() : t.abbreviation()));
            return node.put("description", "Document type (Nghị định 30/2020, Phụ lục III)");
        }
        if (raw == DeadlineRule.class) {
            return deadline(node);
        }
        if (raw.isEnum()) {
            ArrayNode values = node.putArray("enum");
            Arrays.stream(raw.getEnumConstants()).forEach(c -> values.add(c.toString()));
            return node;
        }
        if (List.class.isAssignableFrom(raw)) {
            node.put("type", "array");
            node.set("items", type(((ParameterizedType) type).getActualTypeArguments()[0], defs));
            return node;
        }
        if (Map.class.isAssignableFrom(raw)) {
            node.put("type", "object");
            node.set("additionalProperties", type(((ParameterizedType) type).getActualTypeArguments()[1], defs));
            return node;
        }
        if (raw.isRecord()) {
            if (!defs.has(raw.getSimpleName())) {
                ObjectNode def = F.objectNode();
                defs.set(raw.getSimpleName(), def);
                def.put("type", "object");
                def.put("additionalProperties", false);
                ObjectNode properties = def.putObject("properties");
                ArrayNode required = F.arrayNode();
                for (RecordComponent c : raw.getRecordComponents()) {
                    properties.set(c.getName(), type(c.getGenericType(), defs));
                    if (required(c)) {
                        required.add(c.getName());
                    }
                }
                if (!required.isEmpty()) {
                    def.set("required", required);
                }
            }
            return node.put("$ref", "#/$defs/" + raw.getSimpleName());
        }
        return node;
    }

    private static ObjectNode deadline(ObjectNode node) {
        node.put("type", "object").put("additionalProperties", false).put("description",
                "{before: YYYY-MM-DD} (due by end of the day before), {byEndOf: YYYY-MM-DD}, "
                        + "{workingDays|days: N, before|after: session|task:<id>|receipt}, "
                        + "{within: {workingDays: 10}, from: receipt, law: \"...\"}; optionally follows: [task ids]");
        ObjectNode p = node.putObject("properties");
        p.putObject("before").put("type", "string");
        p.putObject("byEndOf").put("type", "string").put("format", "date");
        p.putObject("after").put("type", "string");
        p.putObject("days").put("type", "integer").put("minimum", 0);
        p.putObject("workingDays").put("type", "integer").put("minimum", 0);
        ObjectNode within = p.putObject("within").put("type", "object").put("minProperties", 1)
                .put("maxProperties", 1);
        ObjectNode units = within.putObject("properties");
        for (String unit : List.of("days", "workingDays", "weeks", "months", "years")) {
            units.putObject(unit).put("type", "integer").put("minimum", 0);
        }
        within.put("additionalProperties", false);
        p.putObject("from").put("type", "string");
        p.putObject("law").put("type", "string");
        p.putObject("follows").put("type", "array").putObject("items").put("type", "string");
        return node;
    }

    private static boolean required(RecordComponent c) {
        if (c.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
            return false;
        }
        Class<?> raw = raw(c.getGenericType());
        if (raw.isPrimitive() || raw.isEnum() || List.class.isAssignableFrom(raw)
                || Map.class.isAssignableFrom(raw)) {
            return false;
        }
        // a block with an empty() factory defaults to it when left out
        return Arrays.stream(raw.getMethods()).noneMatch(m -> m.getName().equals("empty")
                && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
