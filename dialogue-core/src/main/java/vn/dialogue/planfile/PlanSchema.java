package vn.dialogue.planfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;

/**
 * A JSON Schema (draft 2020-12) of the plan file, generated from the model by the victools JSON Schema generator,
 * so that an editor (VS Code with its YAML extension, IntelliJ) completes, explains and checks plan files as
 * officials type. Every record of the model becomes a definition, every field a property with a description in
 * Vietnamese and English, examples and, where the reader assumes one, a default (from
 * {@code plan-schema.properties} beside this class).
 *
 * <p>The schema accepts what {@link PlanFiles} reads and refuses what it refuses, as far as a schema can say it:
 * a field is required when the model cannot do without it (not {@code @Nullable}, not a list, not an enum or a
 * block with a default); choices are case-insensitive; a whole number may be written as digits in quotes; counts
 * carry the model's bounds; dates, months and times their calendar ranges; a deadline is exactly one of its forms.
 * What only a constructor can see (a range whose minimum is above its maximum, 30 February) is left to the reader.
 * The Jakarta constraints of the model are completeness rules of the checks, not of the reader (a draft may leave a
 * subject empty), so they are deliberately not turned into schema keywords.
 *
 * <p>Thread-safe.
 */
public final class PlanSchema {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String ID = "https://dialogue.vn/schema/plan.json";
    private static final Properties HELP = help();

    /** Lower (and upper) bounds the model's constructors enforce on whole numbers, by Type.field. */
    private static final Map<String, int[]> BOUNDS = Map.of(
            "Headcount.exactly", new int[] {0}, "Headcount.about", new int[] {0}, "Headcount.min", new int[] {0},
            "Headcount.max", new int[] {0}, "AgendaItem.minutes", new int[] {1}, "DocumentIdentity.number",
            new int[] {1}, "CompositionTarget.atLeast", new int[] {0}, "CompositionTarget.atLeastPercent",
            new int[] {0, 100}, "Venue.capacity", new int[] {0}, "AdministrativeLevel.rank", new int[] {1});

    private PlanSchema() {
    }

    /**
     * The schema of a plan file, as indented JSON.
     *
     * @return the schema of a plan file, as indented JSON
     */
    public static String json() {
        return json(Plan.class, "Kế hoạch đối thoại (dialogue plan file)");
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
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(JsonMapper.builder().build(),
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.DEFINITION_FOR_MAIN_SCHEMA,
                        Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                        Option.PLAIN_DEFINITION_KEYS)
                .without(Option.ADDITIONAL_FIXED_TYPES, Option.FLATTENED_ENUMS);
        config.forTypesInGeneral()
                .withCustomDefinitionProvider(PlanSchema::custom)
                .withTypeAttributeOverride(PlanSchema::typeHelp)
                .withDefinitionNamingStrategy(new com.github.victools.jsonschema.generator.naming
                        .DefaultSchemaDefinitionNamingStrategy() {
                    @Override
                    public String getDefinitionNameForKey(com.github.victools.jsonschema.generator.impl
                            .DefinitionKey key, SchemaGenerationContext context) {
                        return key.getType().getErasedType().getSimpleName();
                    }
                });
        config.forFields()
                .withCustomDefinitionProvider(PlanSchema::bounded)
                .withIgnoreCheck(f -> f.isFakeContainerItemScope() ? false : component(f) == null)
                .withRequiredCheck(PlanSchema::required)
                .withInstanceAttributeOverride((node, field, context) -> fieldHelp(node, field));
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(root);
        ObjectNode ordered = F.objectNode();
        ordered.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        ordered.put("$id", ID);
        ordered.put("title", title);
        schema.properties().forEach(e -> {
            if (!e.getKey().equals("$schema")) {
                ordered.set(e.getKey(), e.getValue());
            }
        });
        return ordered;
    }

    /** The record component behind a field; null for a static or synthetic field, which the file never holds. */
    private static @Nullable RecordComponent component(FieldScope field) {
        Field f = field.getRawMember();
        Class<?> owner = f.getDeclaringClass();
        if (!owner.isRecord()) {
            return null;
        }
        return Arrays.stream(owner.getRecordComponents()).filter(c -> c.getName().equals(f.getName())).findFirst()
                .orElse(null);
    }

    private static boolean required(FieldScope field) {
        RecordComponent c = component(field);
        if (c == null || c.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
            return false;
        }
        Class<?> raw = c.getType();
        if (raw.isPrimitive() || raw.isEnum() || List.class.isAssignableFrom(raw)
                || Map.class.isAssignableFrom(raw)) {
            return false;
        }
        // a block with an empty() factory defaults to it when left out
        return Arrays.stream(raw.getMethods()).noneMatch(m -> m.getName().equals("empty")
                && java.lang.reflect.Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0);
    }

    /** The values that are not plain records, spelled as the reader reads them ({@link PlanFileModule}). */
    private static @Nullable CustomDefinition custom(ResolvedType type, SchemaGenerationContext context) {
        Class<?> raw = type.getErasedType();
        ObjectNode node = F.objectNode();
        if (raw == String.class) {
            // a YAML scalar the editor reads as a number or true/false is text to the reader all the same
            node.set("type", F.arrayNode().add("string").add("number").add("boolean"));
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            wholeNumber(node, null); // bounded per field in fieldHelp
        } else if (raw == LocalDate.class) {
            node.put("type", "string").put("pattern", "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$")
                    .put("format", "date");
        } else if (raw == YearMonth.class) {
            node.put("type", "string").put("pattern", "^\\d{4}-(0[1-9]|1[0-2])$");
        } else if (raw == LocalTime.class) {
            node.put("type", "string").put("pattern", "^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$");
        } else if (raw == IssueDate.class) {
            node.set("anyOf", F.arrayNode()
                    .add(F.objectNode().put("type", "string")
                            .put("pattern", "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"))
                    .add(F.objectNode().put("type", "integer").put("minimum", 1000).put("maximum", 9999)));
        } else if (raw == DocumentType.class) {
            List<String> names = DocumentType.known().stream().map(t -> t.isLetter() ? t.name() : t.abbreviation())
                    .toList();
            List<String> spelled = DocumentType.known().stream().map(DocumentType::name).toList();
            node.set("anyOf", F.arrayNode().add(enumOf(names)).add(F.objectNode().put("type", "string")
                    .put("pattern", caseInsensitive(spelled))));
        } else if (raw == DeadlineRule.class) {
            node = DeadlineSchema.of();
        } else if (raw.isEnum()) {
            List<String> names = Arrays.stream(raw.getEnumConstants()).map(Object::toString).toList();
            // the reader takes a choice in any case (draft, Draft, DRAFT); the editor completes the upper case
            node.set("anyOf", F.arrayNode().add(enumOf(names)).add(F.objectNode().put("type", "string")
                    .put("pattern", caseInsensitive(names))));
        } else {
            return null;
        }
        return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                CustomDefinition.AttributeInclusion.YES);
    }

    private static ObjectNode enumOf(List<String> values) {
        ArrayNode array = F.arrayNode();
        values.forEach(array::add);
        return F.objectNode().set("enum", array);
    }

    /** "^(?:[Dd][Rr][Aa][Ff][Tt]|...)$": the patterns of JSON Schema (ECMA 262) have no case-insensitive flag. */
    static String caseInsensitive(List<String> values) {
        StringBuilder s = new StringBuilder("^(?:");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                s.append('|');
            }
            for (int cp : values.get(i).codePoints().toArray()) {
                String c = new String(Character.toChars(cp));
                String lower = c.toLowerCase(java.util.Locale.ROOT);
                String upper = c.toUpperCase(java.util.Locale.ROOT);
                if (!lower.equals(upper) && lower.length() == 1 && upper.length() == 1) {
                    s.append('[').append(upper).append(lower).append(']');
                } else {
                    s.append("\\^$.|?*+()[]{}/-".contains(c) ? "\\" + c : c);
                }
            }
        }
        return s.append(")$").toString();
    }

    /** The description of a block, from the help table. */
    private static void typeHelp(ObjectNode node, TypeScope scope, SchemaGenerationContext context) {
        Class<?> raw = scope.getType().getErasedType();
        if (raw.isRecord() && node.has("properties")) {
            // unknown fields are errors to the reader
            node.put("additionalProperties", false);
            if (raw == vn.dialogue.plan.Headcount.class) {
                // exactly one form: exactly, about, or a range
                node.set("oneOf", F.arrayNode()
                        .add(F.objectNode().set("required", F.arrayNode().add("exactly")))
                        .add(F.objectNode().set("required", F.arrayNode().add("about")))
                        .add(F.objectNode().set("anyOf", F.arrayNode()
                                .add(F.objectNode().set("required", F.arrayNode().add("min")))
                                .add(F.objectNode().set("required", F.arrayNode().add("max"))))));
            } else if (raw == vn.dialogue.plan.Session.class) {
                // a day, or the month expected while there is none
                node.set("anyOf", F.arrayNode()
                        .add(F.objectNode().set("required", F.arrayNode().add("date")))
                        .add(F.objectNode().set("required", F.arrayNode().add("month"))));
            }
            String vi = HELP.getProperty(raw.getSimpleName());
            String en = HELP.getProperty(raw.getSimpleName() + ".en");
            if (vi != null && en != null) {
                node.put("description", vi + "\n\n" + en);
            }
        }
    }

    /** A field's description, examples, default and bounds. */
    private static void fieldHelp(ObjectNode node, FieldScope field) {
        if (field.isFakeContainerItemScope()) {
            return;
        }
        RecordComponent c = component(field);
        if (c == null) {
            return;
        }
        String key = c.getDeclaringRecord().getSimpleName() + "." + c.getName();
        Class<?> raw = c.getType();
        String vi = HELP.getProperty(key);
        String en = HELP.getProperty(key + ".en");
        if (vi != null && en != null) {
            node.put("description", vi + "\n\n" + en);
        }
        String example = HELP.getProperty(key + ".example");
        if (example != null) {
            node.set("examples", F.arrayNode().add(value(example, raw)));
        }
        String byDefault = HELP.getProperty(key + ".default");
        if (byDefault != null) {
            node.set("default", value(byDefault, raw));
        }
    }

    /** A whole number with the bounds its constructor enforces, in place of the plain one. */
    private static com.github.victools.jsonschema.generator.@Nullable CustomPropertyDefinition bounded(
            FieldScope field, SchemaGenerationContext context) {
        if (field.isFakeContainerItemScope()) {
            return null;
        }
        RecordComponent c = component(field);
        if (c == null) {
            return null;
        }
        int[] bounds = BOUNDS.get(c.getDeclaringRecord().getSimpleName() + "." + c.getName());
        if (bounds == null) {
            return null;
        }
        ObjectNode node = F.objectNode();
        wholeNumber(node, bounds);
        return new com.github.victools.jsonschema.generator.CustomPropertyDefinition(node,
                CustomDefinition.AttributeInclusion.YES);
    }

    /**
     * A whole number as the reader takes it: a number, or digits in quotes ({@code about: "250"}), within the
     * model's bounds.
     */
    private static void wholeNumber(ObjectNode node, int @Nullable [] bounds) {
        ObjectNode number = F.objectNode().put("type", "integer");
        String digits = "^-?\\d+$";
        if (bounds != null) {
            number.put("minimum", bounds[0]);
            digits = bounds[0] >= 1 ? "^0*[1-9]\\d*$" : "^\\d+$";
            if (bounds.length > 1) {
                number.put("maximum", bounds[1]);
                digits = "^(?:0*(?:100|[1-9]?\\d))$";
            }
        }
        node.set("anyOf", F.arrayNode().add(number).add(F.objectNode().put("type", "string").put("pattern", digits)));
    }

    private static JsonNode value(String text, Class<?> type) {
        if (text.startsWith("[") || text.startsWith("{")) {
            return PlanFiles.mapper(Format.JSON).readTree(text);
        }
        if (type == Integer.class || type == int.class) {
            return F.numberNode(Integer.parseInt(text));
        }
        if (type == Boolean.class || type == boolean.class) {
            return F.booleanNode(Boolean.parseBoolean(text));
        }
        return F.stringNode(text);
    }

    /** The help table, read as UTF-8. */
    private static Properties help() {
        Properties p = new Properties();
        try (InputStream in = PlanSchema.class.getResourceAsStream("plan-schema.properties")) {
            if (in == null) {
                throw new IllegalStateException("plan-schema.properties is missing beside PlanSchema");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The help table's entries, for the test that every field has both descriptions. */
    static Properties helpTable() {
        return HELP;
    }
}
