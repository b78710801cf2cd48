package vn.dialogue.planfile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import vn.dialogue.deadline.CivilCodePeriod;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.DependentDeadline;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.deadline.PeriodUnit;
import vn.dialogue.deadline.StatutoryDeadline;

/**
 * How a deadline rule is written in a plan file:
 * <pre>{@code
 * deadline: {before: 2024-10-29}                      # fixed: due by the end of 28/10/2024
 * deadline: {byEndOf: 2024-10-29}                     # fixed: due by the end of 29/10/2024
 * deadline: {workingDays: 5, before: session}         # offset: 5 working days before the (first) session
 * deadline: {days: 3, after: task:tong-hop-y-kien}    # offset: 3 calendar days after that task's deadline
 * deadline: {within: {workingDays: 10}, from: receipt, law: "Luật Tiếp công dân 2013, Điều 28"}
 *                                                     # statutory period, counted as the Civil Code says
 * deadline: {before: 2024-11-15, follows: [tong-hop-y-kien-phu-nu]}
 *                                                     # any of the above, after the listed tasks
 * }</pre>
 * A milestone is {@code session}, {@code session:<id>}, {@code task:<id>}, {@code receipt} or
 * {@code receipt:<id>}; in {@code follows} a bare id names a task. Period units: {@code days},
 * {@code workingDays}, {@code weeks}, {@code months}, {@code years}.
 */
final class DeadlineRuleFormat {

    private static final Map<String, PeriodUnit> UNITS = Map.of("days", PeriodUnit.DAYS,
            "workingDays", PeriodUnit.WORKING_DAYS, "weeks", PeriodUnit.WEEKS, "months", PeriodUnit.MONTHS,
            "years", PeriodUnit.YEARS);
    private static final String FORMS = "write {before: YYYY-MM-DD}, {byEndOf: YYYY-MM-DD}, "
            + "{workingDays|days: N, before|after: <milestone>} or {within: {<unit>: N}, from: <milestone>, law: \"...\"}, "
            + "optionally with follows: [<task id>, ...]";

    private DeadlineRuleFormat() {
    }

    private static String key(PeriodUnit unit) {
        return UNITS.entrySet().stream().filter(e -> e.getValue() == unit).findFirst().orElseThrow().getKey();
    }

    static final class Serializer extends ValueSerializer<DeadlineRule> {
        @Override
        public void serialize(DeadlineRule value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            DeadlineRule rule = value instanceof DependentDeadline dependent ? dependent.rule() : value;
            if (rule instanceof FixedDeadline fixed) {
                gen.writeName(fixed.meaning() == FixedDeadline.Meaning.BEFORE ? "before" : "byEndOf");
                gen.writeString(fixed.date().toString());
            } else if (rule instanceof OffsetDeadline offset) {
                gen.writeName(key(offset.unit()));
                gen.writeNumber(offset.amount());
                gen.writeName(offset.direction() == OffsetDeadline.Direction.BEFORE ? "before" : "after");
                gen.writeString(offset.from().toString());
            } else if (rule instanceof StatutoryDeadline statutory) {
                gen.writeName("within");
                gen.writeStartObject();
                gen.writeName(key(statutory.period().unit()));
                gen.writeNumber(statutory.period().amount());
                gen.writeEndObject();
                gen.writeName("from");
                gen.writeString(statutory.from().toString());
                gen.writeName("law");
                gen.writeString(statutory.law());
            }
            if (value instanceof DependentDeadline dependent) {
                gen.writeName("follows");
                gen.writeStartArray();
                for (MilestoneRef ref : dependent.follows()) {
                    gen.writeString(ref.kind() == MilestoneRef.Kind.TASK ? ref.id() : ref.toString());
                }
                gen.writeEndArray();
            }
            gen.writeEndObject();
        }
    }

    static final class Deserializer extends ValueDeserializer<DeadlineRule> {
        @Override
        public @Nullable DeadlineRule deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (DeadlineRule) ctxt.handleUnexpectedToken(DeadlineRule.class, p);
            }
            JsonNode node = ctxt.readTree(p);
            try {
                return read(node);
            } catch (IllegalArgumentException e) {
                return (DeadlineRule) ctxt.handleWeirdStringValue(DeadlineRule.class, node.toString(), e.getMessage());
            }
        }

        private static DeadlineRule read(JsonNode node) {
            Set<String> keys = new LinkedHashSet<>(node.propertyNames());
            List<MilestoneRef> follows = follows(node.get("follows"));
            keys.remove("follows");
            DeadlineRule rule;
            if (keys.contains("within")) {
                expectOnly(keys, Set.of("within", "from", "law"));
                rule = new StatutoryDeadline(milestone(node, "from"), period(node.get("within")), text(node, "law"));
            } else if (keys.contains("days") || keys.contains("workingDays")) {
                if (keys.contains("days") && keys.contains("workingDays")) {
                    throw new IllegalArgumentException("give days or workingDays, not both");
                }
                String unitKey = keys.contains("days") ? "days" : "workingDays";
                if (keys.contains("before") == keys.contains("after")) {
                    throw new IllegalArgumentException("an offset needs exactly one of before: or after: <milestone>");
                }
                String directionKey = keys.contains("before") ? "before" : "after";
                expectOnly(keys, Set.of(unitKey, directionKey));
                rule = new OffsetDeadline(milestone(node, directionKey), integer(node, unitKey), UNITS.get(unitKey),
                        directionKey.equals("before") ? OffsetDeadline.Direction.BEFORE : OffsetDeadline.Direction.AFTER);
            } else if (keys.size() == 1 && (keys.contains("before") || keys.contains("byEndOf"))) {
                String k = keys.iterator().next();
                LocalDate date = date(node, k);
                rule = k.equals("before") ? FixedDeadline.before(date) : FixedDeadline.byEndOf(date);
            } else {
                throw new IllegalArgumentException(FORMS);
            }
            return follows.isEmpty() ? rule : new DependentDeadline(rule, follows);
        }

        private static void expectOnly(Set<String> keys, Set<String> allowed) {
            for (String k : keys) {
                if (!allowed.contains(k)) {
                    throw new IllegalArgumentException("unexpected '" + k + "' here; " + FORMS);
                }
            }
        }

        private static String text(JsonNode node, String key) {
            JsonNode v = node.get(key);
            if (v == null || !v.isString() || v.asString().isBlank()) {
                throw new IllegalArgumentException("'" + key + "' must be given as text");
            }
            return v.asString();
        }

        private static int integer(JsonNode node, String key) {
            JsonNode v = node.get(key);
            if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new IllegalArgumentException("'" + key + "' must be a whole number");
            }
            return v.asInt();
        }

        private static LocalDate date(JsonNode node, String key) {
            String t = text(node, key);
            try {
                return LocalDate.parse(t.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + t + "' is not a date: write it as 2024-10-29");
            }
        }

        private static MilestoneRef milestone(JsonNode node, String key) {
            return MilestoneRef.parse(text(node, key));
        }

        private static CivilCodePeriod period(JsonNode within) {
            if (within == null || !within.isObject() || within.size() != 1) {
                throw new IllegalArgumentException("within: takes one unit and amount, e.g. {workingDays: 10}; units: "
                        + UNITS.keySet());
            }
            String unit = within.propertyNames().iterator().next();
            if (!UNITS.containsKey(unit)) {
                throw new IllegalArgumentException("unknown unit '" + unit + "'; units: " + UNITS.keySet());
            }
            return new CivilCodePeriod(integer(within, unit), UNITS.get(unit));
        }

        private static List<MilestoneRef> follows(@Nullable JsonNode node) {
            if (node == null || node.isNull()) {
                return List.of();
            }
            List<JsonNode> items = new ArrayList<>();
            if (node.isArray()) {
                node.forEach(items::add);
            } else {
                items.add(node);
            }
            List<MilestoneRef> out = new ArrayList<>();
            for (JsonNode item : items) {
                if (!item.isString() || item.asString().isBlank()) {
                    throw new IllegalArgumentException("follows: lists task ids or milestones as text");
                }
                String t = item.asString().strip();
                out.add(t.contains(":") || t.equals("session") || t.equals("receipt") ? MilestoneRef.parse(t)
                        : MilestoneRef.task(t));
            }
            return out;
        }
    }
}
