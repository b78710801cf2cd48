package vn.dialogue.question;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;
import vn.dialogue.journal.JournalCodec;
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
 * The journal's JSON spelling of question and conclusion events: one compact object per line, with a
 * {@code "type"} naming the event in the past tense ({@code "accepted"}, {@code "deferred"}). Field names are
 * the records' component names; absent optional values are left out.
 */
final class QuestionJson {

    static final JsonMapper MAPPER = JournalCodec.strictJsonMapper()
            .addModule(new SimpleModule("dialogue-question-journal")
                    .addSerializer(QuestionId.class, new QuestionIdSerializer())
                    .addDeserializer(QuestionId.class, new QuestionIdDeserializer()))
            .addMixIn(QuestionEvent.class, Typed.class)
            .addMixIn(ConclusionEvent.class, Typed.class)
            .registerSubtypes(
                    new NamedType(QuestionReceived.class, "received"),
                    new NamedType(QuestionAccepted.class, "accepted"),
                    new NamedType(QuestionRejected.class, "rejected"),
                    new NamedType(QuestionsCompiled.class, "compiled"),
                    new NamedType(QuestionRouted.class, "routed"),
                    new NamedType(AnswerContributed.class, "contributed"),
                    new NamedType(AnswerDrafted.class, "drafted"),
                    new NamedType(QuestionAnsweredLive.class, "answered-live"),
                    new NamedType(QuestionDeferred.class, "deferred"),
                    new NamedType(AskerNotified.class, "asker-notified"),
                    new NamedType(QuestionResolvedInWriting.class, "resolved-in-writing"),
                    new NamedType(QuestionClosed.class, "closed"),
                    new NamedType(QuestionWithdrawn.class, "withdrawn"),
                    new NamedType(QuestionHandledLocally.class, "handled-locally"),
                    new NamedType(AskerErased.class, "asker-erased"),
                    new NamedType(ConclusionEvent.ConclusionsRecorded.class, "conclusions-recorded"),
                    new NamedType(ConclusionEvent.TaskAssigned.class, "task-assigned"),
                    new NamedType(ConclusionEvent.TaskReported.class, "task-reported"))
            .build();

    /** Jackson's data binding for every question event type: the reference spelling, and the fallback. */
    static final JournalCodec<QuestionEvent> JACKSON_QUESTION_EVENTS = JournalCodec.jackson(MAPPER,
            QuestionEvent.class);

    /**
     * The question journal's codec: the hand-written {@link QuestionEventCodec}, the same JSON as
     * {@link #JACKSON_QUESTION_EVENTS}, which it falls back on for event types it does not spell out.
     */
    static final JournalCodec<QuestionEvent> QUESTION_EVENTS = QuestionEventCodec.of(JACKSON_QUESTION_EVENTS);

    static final JournalCodec<ConclusionEvent> CONCLUSION_EVENTS = JournalCodec.jackson(MAPPER,
            ConclusionEvent.class);

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

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private interface Typed {
    }
}
