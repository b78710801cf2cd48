package vn.dialogue.question;

import vn.dialogue.conclusion.ConclusionEvent;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.json.JsonMapper;
import vn.dialogue.journal.JournalCodec;
import vn.dialogue.lifecycle.EventCodec;
import vn.dialogue.question.QuestionEvent.AnswerContributed;
import vn.dialogue.question.QuestionEvent.AnswerDrafted;
import vn.dialogue.question.QuestionEvent.AskerErased;
import vn.dialogue.question.QuestionEvent.AskerNotified;
import vn.dialogue.question.QuestionEvent.QuestionAccepted;
import vn.dialogue.question.QuestionEvent.QuestionAnsweredLive;
import vn.dialogue.question.QuestionEvent.QuestionClosed;
import vn.dialogue.question.QuestionEvent.QuestionDeferred;
import vn.dialogue.question.QuestionEvent.QuestionHandledLocally;
import vn.dialogue.question.QuestionEvent.QuestionReceived;
import vn.dialogue.question.QuestionEvent.QuestionRejected;
import vn.dialogue.question.QuestionEvent.QuestionResolvedInWriting;
import vn.dialogue.question.QuestionEvent.QuestionRouted;
import vn.dialogue.question.QuestionEvent.QuestionWithdrawn;
import vn.dialogue.question.QuestionEvent.QuestionsCompiled;

/**
 * The stored JSON of question and conclusion events, by Jackson data binding: each event's fields as one object
 * (the records' component names; absent optional values left out), and its type by a name in the past tense
 * ({@code "accepted"}, {@code "deferred"}) given once in the tables below.
 */
final class QuestionJson {

    static final JsonMapper MAPPER = JournalCodec.strictJsonMapper()
            .addModule(new SimpleModule("dialogue-question-journal")
                    .addSerializer(QuestionId.class, new QuestionIdSerializer())
                    .addDeserializer(QuestionId.class, new QuestionIdDeserializer()))
            .build();

    /** The question events, each named once: the store's type names. */
    static final EventCodec<QuestionEvent> QUESTION_EVENTS = EventCodec.of(MAPPER, types(
            QuestionReceived.class, "received",
            QuestionAccepted.class, "accepted",
            QuestionRejected.class, "rejected",
            QuestionsCompiled.class, "compiled",
            QuestionRouted.class, "routed",
            AnswerContributed.class, "contributed",
            AnswerDrafted.class, "drafted",
            QuestionAnsweredLive.class, "answered-live",
            QuestionDeferred.class, "deferred",
            AskerNotified.class, "asker-notified",
            QuestionResolvedInWriting.class, "resolved-in-writing",
            QuestionClosed.class, "closed",
            QuestionWithdrawn.class, "withdrawn",
            QuestionHandledLocally.class, "handled-locally",
            AskerErased.class, "asker-erased"));

    @SuppressWarnings("unchecked")
    private static <E> java.util.Map<String, Class<? extends E>> types(Object... classAndName) {
        java.util.Map<String, Class<? extends E>> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < classAndName.length; i += 2) {
            out.put((String) classAndName[i + 1], (Class<? extends E>) classAndName[i]);
        }
        return out;
    }

    private QuestionJson() {
    }

    /** A question id is written as its plain string. */
    static final class QuestionIdSerializer extends ValueSerializer<QuestionId> {
        @Override
        public void serialize(QuestionId value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.value());
        }
    }

    static final class QuestionIdDeserializer extends ValueDeserializer<QuestionId> {
        @Override
        public QuestionId deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (QuestionId) ctxt.handleUnexpectedToken(QuestionId.class, p);
            }
            return QuestionId.of(p.getString());
        }
    }

}
