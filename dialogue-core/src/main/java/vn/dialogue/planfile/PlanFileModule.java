package vn.dialogue.planfile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.IssueDate;

/** The plan file's own spellings of values that are not plain records. */
final class PlanFileModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    PlanFileModule() {
        super("dialogue-plan-file");
        addSerializer(IssueDate.class, new IssueDateSerializer());
        addDeserializer(IssueDate.class, new IssueDateDeserializer());
        addSerializer(DocumentType.class, new DocumentTypeSerializer());
        addDeserializer(DocumentType.class, new DocumentTypeDeserializer());
        addSerializer(DeadlineRule.class, new DeadlineRuleSerializer());
        addDeserializer(DeadlineRule.class, new DeadlineRuleDeserializer());
    }

    static final class IssueDateSerializer extends ValueSerializer<IssueDate> {
        @Override
        public void serialize(IssueDate value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.toString());
        }
    }

    static final class IssueDateDeserializer extends ValueDeserializer<IssueDate> {
        @Override
        public IssueDate deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = scalar(p, ctxt, IssueDate.class);
            if (text == null) {
                return null;
            }
            try {
                return IssueDate.parse(text);
            } catch (IllegalArgumentException e) {
                return (IssueDate) ctxt.handleWeirdStringValue(IssueDate.class, text, e.getMessage());
            }
        }
    }

    static final class DocumentTypeSerializer extends ValueSerializer<DocumentType> {
        @Override
        public void serialize(DocumentType value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.isLetter() ? value.name() : value.abbreviation());
        }
    }

    static final class DocumentTypeDeserializer extends ValueDeserializer<DocumentType> {
        @Override
        public DocumentType deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = scalar(p, ctxt, DocumentType.class);
            if (text == null) {
                return null;
            }
            return DocumentType.ofAbbreviation(text)
                    .or(() -> DocumentType.known().stream().filter(t -> t.name().equalsIgnoreCase(text.strip()))
                            .findFirst())
                    .orElseGet(() -> (DocumentType) ctxt.handleWeirdStringValue(DocumentType.class, text,
                            "unknown document type; known: " + DocumentType.known().stream()
                                    .map(t -> t.isLetter() ? t.name() : t.abbreviation())
                                    .collect(Collectors.joining(", "))));
        }
    }

    static final class DeadlineRuleSerializer extends ValueSerializer<DeadlineRule> {
        @Override
        public void serialize(DeadlineRule value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            if (value instanceof FixedDeadline fixed) {
                gen.writeName(fixed.meaning() == FixedDeadline.Meaning.BEFORE ? "before" : "byEndOf");
                gen.writeString(fixed.date().toString());
            }
            gen.writeEndObject();
        }
    }

    static final class DeadlineRuleDeserializer extends ValueDeserializer<DeadlineRule> {
        @Override
        public DeadlineRule deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (DeadlineRule) ctxt.handleUnexpectedToken(DeadlineRule.class, p);
            }
            JsonNode node = ctxt.readTree(p);
            Map<String, JsonNode> fields = node.properties().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            if (fields.size() == 1 && (fields.containsKey("before") || fields.containsKey("byEndOf"))) {
                Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
                Map.Entry<String, JsonNode> only = it.next();
                String text = only.getValue().asString();
                try {
                    LocalDate date = LocalDate.parse(text.strip());
                    return only.getKey().equals("before") ? FixedDeadline.before(date) : FixedDeadline.byEndOf(date);
                } catch (DateTimeParseException e) {
                    return (DeadlineRule) ctxt.handleWeirdStringValue(LocalDate.class, text,
                            "not a date: write it as 2024-10-29");
                }
            }
            return (DeadlineRule) ctxt.handleWeirdStringValue(DeadlineRule.class, node.toString(),
                    "a deadline is {before: YYYY-MM-DD} or {byEndOf: YYYY-MM-DD}");
        }
    }

    private static String scalar(JsonParser p, DeserializationContext ctxt, Class<?> type) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!p.currentToken().isScalarValue()) {
            return (String) ctxt.handleUnexpectedToken(type, p);
        }
        return p.getString();
    }
}
