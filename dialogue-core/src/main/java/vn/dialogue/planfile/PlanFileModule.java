package vn.dialogue.planfile;

import java.util.stream.Collectors;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import vn.dialogue.deadline.DeadlineRule;
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
        addSerializer(DeadlineRule.class, new DeadlineRuleFormat.Serializer());
        addDeserializer(DeadlineRule.class, new DeadlineRuleFormat.Deserializer());
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
