package vn.dialogue.question;

import java.io.IOException;
import java.io.OutputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import vn.dialogue.actor.Actor;
import vn.dialogue.journal.JournalCodec;
import vn.dialogue.question.QuestionEvent.AnswerContributed;
import vn.dialogue.question.QuestionEvent.AnswerDrafted;
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
 * The question journal's codec, written by hand on Jackson's streaming generator and parser: the same JSON as
 * {@link QuestionJson#MAPPER} writes (same properties, same order, absent values left out), several times faster
 * than data binding in both directions.
 *
 * <p><b>Fallback.</b> An event type this codec does not spell out (one added to {@link QuestionEvent} later) is
 * written and read by the Jackson codec, so a new event type needs only its name in {@link QuestionJson}. Reading
 * takes the fast path only for lines in the exact form this codec and Jackson write ({@code "type"} first,
 * instants as {@code 2024-10-20T02:00:00Z}, dates as {@code 2024-10-20}, every property of the right JSON kind,
 * none twice, none unknown); any other line, including a damaged one, is handed whole to the Jackson codec, which
 * reads what it can and names what is wrong. So this codec reads exactly the lines the Jackson codec reads, to
 * the same events, and fails on the others with the Jackson codec's message.
 *
 * <p><b>Repeated values.</b> Reading keeps the last actors and the short values (ids, reasons) it met, per
 * thread, and hands out the same instance when the same value comes again: replaying a journal keeps one copy of
 * each moderator instead of one per event. Writing keeps the encoded JSON of the last actors it wrote.
 *
 * <p>Thread-safe: per-thread generators and caches, nothing shared that changes.
 */
final class QuestionEventCodec implements JournalCodec<QuestionEvent> {

    /** The event types written and read here, by their journal names. */
    static final Set<String> TYPES = Set.of("received", "accepted", "rejected", "compiled", "routed", "contributed",
            "drafted", "answered-live", "deferred", "asker-notified", "resolved-in-writing", "closed", "withdrawn",
            "handled-locally");

    private static final SerializedString TYPE = name("type");
    private static final SerializedString QUESTION = name("question");
    private static final SerializedString ACT = name("act");
    private static final SerializedString ACTOR = name("actor");
    private static final SerializedString ID = name("id");
    private static final SerializedString NAME = name("name");
    private static final SerializedString ROLE = name("role");
    private static final SerializedString ORGANISATION = name("organisation");
    private static final SerializedString AT = name("at");
    private static final SerializedString REASON = name("reason");
    private static final SerializedString SUBMISSION = name("submission");
    private static final SerializedString MESSAGE_ID = name("messageId");
    private static final SerializedString KIND = name("kind");
    private static final SerializedString TEXT = name("text");
    private static final SerializedString TOPICS = name("topics");
    private static final SerializedString ASKER = name("asker");
    private static final SerializedString UNIT = name("unit");
    private static final SerializedString CONTACT = name("contact");
    private static final SerializedString CONSENT = name("consentToPublish");
    private static final SerializedString CHANNEL = name("channel");
    private static final SerializedString SOURCE = name("source");
    private static final SerializedString LEVEL = name("level");
    private static final SerializedString RECEIVED_AT = name("receivedAt");
    private static final SerializedString FORWARDED_BY = name("forwardedBy");
    private static final SerializedString ATTACHMENTS = name("attachments");
    private static final SerializedString REFERENCE = name("reference");
    private static final SerializedString TITLE = name("title");
    private static final SerializedString MEMBERS = name("members");
    private static final SerializedString WORDING = name("wording");
    private static final SerializedString LEAD = name("lead");
    private static final SerializedString CO_AGENCIES = name("coAgencies");
    private static final SerializedString ANSWER_DUE = name("answerDue");
    private static final SerializedString AGENCY = name("agency");
    private static final SerializedString SESSION = name("session");
    private static final SerializedString OFFICIAL = name("official");
    private static final SerializedString SUMMARY = name("summary");
    private static final SerializedString PROMISED_BY = name("promisedBy");
    private static final SerializedString NOTICE_DUE = name("noticeDue");
    private static final SerializedString ORIGINAL = name("original");
    private static final SerializedString MEANS = name("means");
    private static final SerializedString DOCUMENT = name("document");
    private static final SerializedString AUTHORITY = name("authority");
    private static final SerializedString REPORT = name("report");

    private static final SubmissionKind[] SUBMISSION_KINDS = SubmissionKind.values();
    private static final ChannelKind[] CHANNEL_KINDS = ChannelKind.values();
    private static final RejectionReason[] REJECTION_REASONS = RejectionReason.values();

    private final JsonFactory factory;
    private final JournalCodec<QuestionEvent> fallback;
    private final Set<String> handled;
    private final ThreadLocal<Writer> writers;
    private final ThreadLocal<Reader> readers = ThreadLocal.withInitial(Reader::new);

    /**
     * A codec writing and reading the types in {@code handled} by hand, and every other one with
     * {@code fallback}.
     */
    QuestionEventCodec(JournalCodec<QuestionEvent> fallback, Set<String> handled) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.handled = Set.copyOf(handled);
        if (!TYPES.containsAll(this.handled)) {
            throw new IllegalArgumentException("no hand-written spelling for " + this.handled + " beyond " + TYPES);
        }
        // one generator per thread writes one root value after another: no separator between them
        this.factory = JsonFactory.builder().rootValueSeparator((String) null)
                .recyclerPool(JsonRecyclerPools.threadLocalPool()).build();
        this.writers = ThreadLocal.withInitial(() -> new Writer(factory));
    }

    /** The codec of every event type this class spells out, with the Jackson codec for the others. */
    static QuestionEventCodec of(JournalCodec<QuestionEvent> fallback) {
        return new QuestionEventCodec(fallback, TYPES);
    }

    private static SerializedString name(String value) {
        return new SerializedString(value);
    }

    // ---------------------------------------------------------------------------------------------------------
    // writing

    @Override
    public void write(QuestionEvent event, OutputStream out) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(out, "out");
        String type = typeOf(event);
        if (type == null || !handled.contains(type)) {
            fallback.write(event, out);
            return;
        }
        Writer writer = writers.get();
        writer.sink.target = out;
        boolean done = false;
        try {
            JsonGenerator g = writer.generator;
            g.writeStartObject();
            g.writeName(TYPE);
            g.writeString(type);
            g.writeName(QUESTION);
            g.writeString(event.question().value());
            g.writeName(ACT);
            writeAct(g, writer, event.act());
            writeRest(g, writer, event);
            g.writeEndObject();
            g.flush();
            done = true;
        } finally {
            writer.sink.target = null;
            if (!done) {
                // the generator may be inside an object: start afresh
                writers.remove();
            }
        }
    }

    private static @Nullable String typeOf(QuestionEvent event) {
        if (event instanceof QuestionReceived) {
            return "received";
        } else if (event instanceof QuestionAccepted) {
            return "accepted";
        } else if (event instanceof QuestionRejected) {
            return "rejected";
        } else if (event instanceof QuestionsCompiled) {
            return "compiled";
        } else if (event instanceof QuestionRouted) {
            return "routed";
        } else if (event instanceof AnswerContributed) {
            return "contributed";
        } else if (event instanceof AnswerDrafted) {
            return "drafted";
        } else if (event instanceof QuestionAnsweredLive) {
            return "answered-live";
        } else if (event instanceof QuestionDeferred) {
            return "deferred";
        } else if (event instanceof AskerNotified) {
            return "asker-notified";
        } else if (event instanceof QuestionResolvedInWriting) {
            return "resolved-in-writing";
        } else if (event instanceof QuestionClosed) {
            return "closed";
        } else if (event instanceof QuestionWithdrawn) {
            return "withdrawn";
        } else if (event instanceof QuestionHandledLocally) {
            return "handled-locally";
        }
        return null;
    }

    /** The properties after {@code question} and {@code act}, in the records' component order. */
    private static void writeRest(JsonGenerator g, Writer w, QuestionEvent event) {
        if (event instanceof QuestionReceived e) {
            g.writeName(SUBMISSION);
            writeSubmission(g, w, e.submission());
        } else if (event instanceof QuestionAccepted e) {
            writeStrings(g, TOPICS, e.topics());
        } else if (event instanceof QuestionRejected e) {
            g.writeName(REASON);
            g.writeString(e.reason().name());
        } else if (event instanceof QuestionsCompiled e) {
            g.writeName(MEMBERS);
            g.writeStartArray();
            for (QuestionId member : e.members()) {
                g.writeString(member.value());
            }
            g.writeEndArray();
            property(g, WORDING, e.wording());
            writeStrings(g, TOPICS, e.topics());
        } else if (event instanceof QuestionRouted e) {
            property(g, LEAD, e.lead());
            writeStrings(g, CO_AGENCIES, e.coAgencies());
            property(g, ANSWER_DUE, e.answerDue().toString());
        } else if (event instanceof AnswerContributed e) {
            property(g, AGENCY, e.agency());
            property(g, TEXT, e.text());
        } else if (event instanceof AnswerDrafted e) {
            property(g, AGENCY, e.agency());
            property(g, TEXT, e.text());
        } else if (event instanceof QuestionAnsweredLive e) {
            property(g, SESSION, e.session());
            property(g, AGENCY, e.agency());
            optional(g, OFFICIAL, e.official());
            property(g, SUMMARY, e.summary());
        } else if (event instanceof QuestionDeferred e) {
            property(g, SESSION, e.session());
            property(g, AGENCY, e.agency());
            optional(g, OFFICIAL, e.official());
            property(g, PROMISED_BY, e.promisedBy().toString());
            property(g, NOTICE_DUE, e.noticeDue().toString());
        } else if (event instanceof AskerNotified e) {
            property(g, ORIGINAL, e.original().value());
            property(g, MEANS, e.means());
        } else if (event instanceof QuestionResolvedInWriting e) {
            property(g, AGENCY, e.agency());
            optional(g, OFFICIAL, e.official());
            property(g, DOCUMENT, e.document());
            property(g, SUMMARY, e.summary());
        } else if (event instanceof QuestionHandledLocally e) {
            property(g, UNIT, e.unit());
            property(g, AUTHORITY, e.authority());
            property(g, REPORT, e.report());
        }
        // closed and withdrawn carry nothing more
    }

    private static void writeAct(JsonGenerator g, Writer w, Act act) {
        g.writeStartObject();
        g.writeName(ACTOR);
        g.writeRawValue(w.actorJson(act.actor()));
        g.writeName(AT);
        w.writeInstant(g, act.at());
        property(g, REASON, act.reason());
        g.writeEndObject();
    }

    private static void writeSubmission(JsonGenerator g, Writer w, Submission s) {
        g.writeStartObject();
        property(g, MESSAGE_ID, s.messageId());
        property(g, KIND, s.kind().name());
        property(g, TEXT, s.text());
        writeStrings(g, TOPICS, s.topics());
        g.writeName(ASKER);
        Asker asker = s.asker();
        g.writeStartObject();
        property(g, NAME, asker.name());
        optional(g, ORGANISATION, asker.organisation());
        optional(g, UNIT, asker.unit());
        optional(g, CONTACT, asker.contact());
        g.writeName(CONSENT);
        g.writeBoolean(asker.consentToPublish());
        g.writeEndObject();
        g.writeName(CHANNEL);
        Channel channel = s.channel();
        g.writeStartObject();
        property(g, KIND, channel.kind().name());
        optional(g, SOURCE, channel.source());
        optional(g, LEVEL, channel.level());
        g.writeEndObject();
        g.writeName(RECEIVED_AT);
        w.writeInstant(g, s.receivedAt());
        optional(g, FORWARDED_BY, s.forwardedBy());
        g.writeName(ATTACHMENTS);
        g.writeStartArray();
        for (Attachment attachment : s.attachments()) {
            g.writeStartObject();
            property(g, REFERENCE, attachment.reference());
            optional(g, TITLE, attachment.title());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void property(JsonGenerator g, SerializableString name, String value) {
        g.writeName(name);
        g.writeString(value);
    }

    private static void optional(JsonGenerator g, SerializableString name, @Nullable String value) {
        if (value != null) {
            g.writeName(name);
            g.writeString(value);
        }
    }

    private static void writeStrings(JsonGenerator g, SerializableString name, List<String> values) {
        g.writeName(name);
        g.writeStartArray();
        for (int i = 0, n = values.size(); i < n; i++) {
            g.writeString(values.get(i));
        }
        g.writeEndArray();
    }

    /** Where a thread's generator writes: the output stream of the event being written. */
    private static final class Sink extends OutputStream {
        @Nullable OutputStream target;

        @Override
        public void write(int b) throws IOException {
            Objects.requireNonNull(target, "target").write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.requireNonNull(target, "target").write(b, off, len);
        }
    }

    /** A thread's generator, its sink, and what it keeps between events. */
    private static final class Writer {
        private static final int ACTORS = 16;
        final Sink sink = new Sink();
        final JsonGenerator generator;
        private final char[] instant = new char[30];
        private final Actor[] actors = new Actor[ACTORS];
        private final SerializedString[] actorJson = new SerializedString[ACTORS];
        private final JsonGenerator scratch;
        private final java.io.StringWriter scratchOut = new java.io.StringWriter();
        private int nextActor;

        Writer(JsonFactory factory) {
            generator = factory.createGenerator(ObjectWriteContext.empty(), sink);
            scratch = factory.createGenerator(ObjectWriteContext.empty(), scratchOut);
        }

        /** The actor as JSON, made once for each of the last few actors met. */
        SerializableString actorJson(Actor actor) {
            for (int i = 0; i < ACTORS; i++) {
                Actor known = actors[i];
                if (known == actor || (known != null && known.equals(actor))) {
                    return actorJson[i];
                }
            }
            scratchOut.getBuffer().setLength(0);
            scratch.writeStartObject();
            property(scratch, ID, actor.id());
            property(scratch, NAME, actor.name());
            property(scratch, ROLE, actor.role());
            optional(scratch, ORGANISATION, actor.organisation());
            scratch.writeEndObject();
            scratch.flush();
            SerializedString json = new SerializedString(scratchOut.toString());
            int slot = nextActor;
            nextActor = (nextActor + 1) % ACTORS;
            actors[slot] = actor;
            actorJson[slot] = json;
            return json;
        }

        /** Writes an instant as {@link java.time.format.DateTimeFormatter#ISO_INSTANT} does. */
        void writeInstant(JsonGenerator g, Instant at) {
            int length = Instants.format(at, instant);
            if (length < 0) {
                g.writeString(at.toString());
            } else {
                g.writeString(instant, 0, length);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // reading

    @Override
    public QuestionEvent read(byte[] bytes, int offset, int length) {
        QuestionEvent event;
        try {
            event = readFast(bytes, offset, length);
        } catch (RuntimeException notPlain) {
            event = null;
        }
        // not in the plain form, or not a valid event: Jackson reads it, or names what is wrong
        return event != null ? event : fallback.read(bytes, offset, length);
    }

    /** The event, or null if the line is not in the plain form this codec reads. */
    private @Nullable QuestionEvent readFast(byte[] bytes, int offset, int length) {
        Reader r = readers.get();
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT || !"type".equals(p.nextName())
                    || p.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            String type = p.getString();
            if (!handled.contains(type)) {
                return null;
            }
            QuestionEvent event = readEvent(p, r, type);
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                return null;
            }
            return event;
        }
    }

    private static QuestionEvent readEvent(JsonParser p, Reader r, String type) {
        int seen = 0;
        QuestionId question = null;
        Act act = null;
        Submission submission = null;
        List<String> topics = null;
        List<String> coAgencies = null;
        List<QuestionId> members = null;
        RejectionReason reason = null;
        String wording = null;
        String lead = null;
        String agency = null;
        String text = null;
        String session = null;
        String official = null;
        String summary = null;
        String original = null;
        String means = null;
        String document = null;
        String unit = null;
        String authority = null;
        String report = null;
        LocalDate answerDue = null;
        LocalDate promisedBy = null;
        LocalDate noticeDue = null;
        String property;
        while ((property = p.nextName()) != null) {
            p.nextToken();
            switch (property) {
                case "question" -> {
                    seen = once(seen, 0);
                    question = r.questionId(text(p));
                }
                case "act" -> {
                    seen = once(seen, 1);
                    act = readAct(p, r);
                }
                case "submission" -> {
                    seen = once(seen, 2);
                    submission = readSubmission(p, r);
                }
                case "topics" -> {
                    seen = once(seen, 3);
                    topics = readKeys(p, r);
                }
                case "coAgencies" -> {
                    seen = once(seen, 4);
                    coAgencies = readKeys(p, r);
                }
                case "members" -> {
                    seen = once(seen, 5);
                    members = readIds(p, r);
                }
                case "reason" -> {
                    seen = once(seen, 6);
                    reason = REJECTION_REASONS[ordinal(p, RejectionReason.class)];
                }
                case "wording" -> {
                    seen = once(seen, 7);
                    wording = text(p);
                }
                case "lead" -> {
                    seen = once(seen, 8);
                    lead = r.key(text(p));
                }
                case "agency" -> {
                    seen = once(seen, 9);
                    agency = r.key(text(p));
                }
                case "text" -> {
                    seen = once(seen, 10);
                    text = text(p);
                }
                case "session" -> {
                    seen = once(seen, 11);
                    session = r.key(text(p));
                }
                case "official" -> {
                    seen = once(seen, 12);
                    official = r.key(text(p));
                }
                case "summary" -> {
                    seen = once(seen, 13);
                    summary = text(p);
                }
                case "original" -> {
                    seen = once(seen, 14);
                    original = text(p);
                }
                case "means" -> {
                    seen = once(seen, 15);
                    means = text(p);
                }
                case "document" -> {
                    seen = once(seen, 16);
                    document = text(p);
                }
                case "unit" -> {
                    seen = once(seen, 17);
                    unit = r.key(text(p));
                }
                case "authority" -> {
                    seen = once(seen, 18);
                    authority = r.key(text(p));
                }
                case "report" -> {
                    seen = once(seen, 19);
                    report = text(p);
                }
                case "answerDue" -> {
                    seen = once(seen, 20);
                    answerDue = date(p);
                }
                case "promisedBy" -> {
                    seen = once(seen, 21);
                    promisedBy = date(p);
                }
                case "noticeDue" -> {
                    seen = once(seen, 22);
                    noticeDue = date(p);
                }
                default -> throw new NotPlain();
            }
        }
        int base = bit(0) | bit(1);
        QuestionEvent event;
        int allowed;
        switch (type) {
            case "received" -> {
                allowed = base | bit(2);
                event = new QuestionReceived(question, act, submission);
            }
            case "accepted" -> {
                allowed = base | bit(3);
                event = new QuestionAccepted(question, act, topics);
            }
            case "rejected" -> {
                allowed = base | bit(6);
                event = new QuestionRejected(question, act, reason);
            }
            case "compiled" -> {
                allowed = base | bit(5) | bit(7) | bit(3);
                event = new QuestionsCompiled(question, act, members, wording, topics);
            }
            case "routed" -> {
                allowed = base | bit(8) | bit(4) | bit(20);
                event = new QuestionRouted(question, act, lead, coAgencies, answerDue);
            }
            case "contributed" -> {
                allowed = base | bit(9) | bit(10);
                event = new AnswerContributed(question, act, agency, text);
            }
            case "drafted" -> {
                allowed = base | bit(9) | bit(10);
                event = new AnswerDrafted(question, act, agency, text);
            }
            case "answered-live" -> {
                allowed = base | bit(11) | bit(9) | bit(12) | bit(13);
                event = new QuestionAnsweredLive(question, act, session, agency, official, summary);
            }
            case "deferred" -> {
                allowed = base | bit(11) | bit(9) | bit(12) | bit(21) | bit(22);
                event = new QuestionDeferred(question, act, session, agency, official, promisedBy, noticeDue);
            }
            case "asker-notified" -> {
                allowed = base | bit(14) | bit(15);
                event = new AskerNotified(question, act, QuestionId.of(original), means);
            }
            case "resolved-in-writing" -> {
                allowed = base | bit(9) | bit(12) | bit(16) | bit(13);
                event = new QuestionResolvedInWriting(question, act, agency, official, document, summary);
            }
            case "closed" -> {
                allowed = base;
                event = new QuestionClosed(question, act);
            }
            case "withdrawn" -> {
                allowed = base;
                event = new QuestionWithdrawn(question, act);
            }
            case "handled-locally" -> {
                allowed = base | bit(17) | bit(18) | bit(19);
                event = new QuestionHandledLocally(question, act, unit, authority, report);
            }
            default -> throw new NotPlain();
        }
        if ((seen & ~allowed) != 0) {
            throw new NotPlain();
        }
        return event;
    }

    private static Act readAct(JsonParser p, Reader r) {
        start(p);
        int seen = 0;
        Actor actor = null;
        Instant at = null;
        String reason = null;
        String property;
        while ((property = p.nextName()) != null) {
            p.nextToken();
            switch (property) {
                case "actor" -> {
                    seen = once(seen, 0);
                    actor = readActor(p, r);
                }
                case "at" -> {
                    seen = once(seen, 1);
                    at = instant(p);
                }
                case "reason" -> {
                    seen = once(seen, 2);
                    reason = r.key(text(p));
                }
                default -> throw new NotPlain();
            }
        }
        return r.act(actor, at, reason);
    }

    private static Actor readActor(JsonParser p, Reader r) {
        start(p);
        int seen = 0;
        String id = null;
        String name = null;
        String role = null;
        String organisation = null;
        String property;
        while ((property = p.nextName()) != null) {
            p.nextToken();
            switch (property) {
                case "id" -> {
                    seen = once(seen, 0);
                    id = text(p);
                }
                case "name" -> {
                    seen = once(seen, 1);
                    name = text(p);
                }
                case "role" -> {
                    seen = once(seen, 2);
                    role = text(p);
                }
                case "organisation" -> {
                    seen = once(seen, 3);
                    organisation = text(p);
                }
                default -> throw new NotPlain();
            }
        }
        return r.actor(id, name, role, organisation);
    }

    private static Submission readSubmission(JsonParser p, Reader r) {
        start(p);
        int seen = 0;
        String messageId = null;
        SubmissionKind kind = null;
        String text = null;
        List<String> topics = null;
        Asker asker = null;
        Channel channel = null;
        Instant receivedAt = null;
        String forwardedBy = null;
        List<Attachment> attachments = null;
        String property;
        while ((property = p.nextName()) != null) {
            p.nextToken();
            switch (property) {
                case "messageId" -> {
                    seen = once(seen, 0);
                    messageId = text(p);
                }
                case "kind" -> {
                    seen = once(seen, 1);
                    kind = SUBMISSION_KINDS[ordinal(p, SubmissionKind.class)];
                }
                case "text" -> {
                    seen = once(seen, 2);
                    text = text(p);
                }
                case "topics" -> {
                    seen = once(seen, 3);
                    topics = readKeys(p, r);
                }
                case "asker" -> {
                    seen = once(seen, 4);
                    asker = readAsker(p, r);
                }
                case "channel" -> {
                    seen = once(seen, 5);
                    channel = readChannel(p, r);
                }
                case "receivedAt" -> {
                    seen = once(seen, 6);
                    receivedAt = instant(p);
                }
                case "forwardedBy" -> {
                    seen = once(seen, 7);
                    forwardedBy = r.key(text(p));
                }
                case "attachments" -> {
                    seen = once(seen, 8);
                    attachments = readAttachments(p);
                }
                default -> throw new NotPlain();
            }
        }
        return new Submission(messageId, kind, text, topics, asker, channel, receivedAt, forwardedBy, attachments);
    }

    private static Asker readAsker(JsonParser p, Reader r) {
        start(p);
        int seen = 0;
        String name = null;
        String organisation = null;
        String unit = null;
        String contact = null;
        boolean consent = false;
        String property;
        while ((property = p.nextName()) != null) {
            JsonToken token = p.nextToken();
            switch (property) {
                case "name" -> {
                    seen = once(seen, 0);
                    name = text(p);
                }
                case "organisation" -> {
                    seen = once(seen, 1);
                    organisation = text(p);
                }
                case "unit" -> {
                    seen = once(seen, 2);
                    unit = r.key(text(p));
                }
                case "contact" -> {
                    seen = once(seen, 3);
                    contact = text(p);
                }
                case "consentToPublish" -> {
                    seen = once(seen, 4);
                    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                        throw new NotPlain();
                    }
                    consent = token == JsonToken.VALUE_TRUE;
                }
                default -> throw new NotPlain();
            }
        }
        // Jackson reads a missing boolean as false: the plain form always has it
        if ((seen & bit(4)) == 0) {
            throw new NotPlain();
        }
        return new Asker(name, organisation, unit, contact, consent);
    }

    private static Channel readChannel(JsonParser p, Reader r) {
        start(p);
        int seen = 0;
        ChannelKind kind = null;
        String source = null;
        String level = null;
        String property;
        while ((property = p.nextName()) != null) {
            p.nextToken();
            switch (property) {
                case "kind" -> {
                    seen = once(seen, 0);
                    kind = CHANNEL_KINDS[ordinal(p, ChannelKind.class)];
                }
                case "source" -> {
                    seen = once(seen, 1);
                    source = text(p);
                }
                case "level" -> {
                    seen = once(seen, 2);
                    level = text(p);
                }
                default -> throw new NotPlain();
            }
        }
        return r.channel(kind, source, level);
    }

    private static List<Attachment> readAttachments(JsonParser p) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new NotPlain();
        }
        List<Attachment> all = null;
        while (p.nextToken() == JsonToken.START_OBJECT) {
            int seen = 0;
            String reference = null;
            String title = null;
            String property;
            while ((property = p.nextName()) != null) {
                p.nextToken();
                switch (property) {
                    case "reference" -> {
                        seen = once(seen, 0);
                        reference = text(p);
                    }
                    case "title" -> {
                        seen = once(seen, 1);
                        title = text(p);
                    }
                    default -> throw new NotPlain();
                }
            }
            if (all == null) {
                all = new ArrayList<>(2);
            }
            all.add(new Attachment(reference, title));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new NotPlain();
        }
        return all == null ? List.of() : List.copyOf(all);
    }

    private static List<String> readKeys(JsonParser p, Reader r) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new NotPlain();
        }
        String first = null;
        List<String> more = null;
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            String value = r.key(p.getString());
            if (first == null) {
                first = value;
            } else {
                if (more == null) {
                    more = new ArrayList<>(4);
                    more.add(first);
                }
                more.add(value);
            }
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new NotPlain();
        }
        if (more != null) {
            return List.copyOf(more);
        }
        return first == null ? List.of() : r.single(first);
    }

    private static List<QuestionId> readIds(JsonParser p, Reader r) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new NotPlain();
        }
        List<QuestionId> ids = new ArrayList<>();
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            ids.add(r.questionId(p.getString()));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new NotPlain();
        }
        return List.copyOf(ids);
    }

    private static void start(JsonParser p) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new NotPlain();
        }
    }

    /** A string value; an explicit null reads as null, as Jackson reads it. */
    private static @Nullable String text(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw new NotPlain();
    }

    private static <T extends Enum<T>> int ordinal(JsonParser p, Class<T> type) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new NotPlain();
        }
        return Enum.valueOf(type, p.getString()).ordinal();
    }

    private static Instant instant(JsonParser p) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new NotPlain();
        }
        Instant at = Instants.parse(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        if (at == null) {
            throw new NotPlain();
        }
        return at;
    }

    private static LocalDate date(JsonParser p) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new NotPlain();
        }
        LocalDate date = Instants.parseDate(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        if (date == null) {
            throw new NotPlain();
        }
        return date;
    }

    private static int bit(int index) {
        return 1 << index;
    }

    /** Marks property {@code index} seen; a property seen twice is not the plain form. */
    private static int once(int seen, int index) {
        int bit = 1 << index;
        if ((seen & bit) != 0) {
            throw new NotPlain();
        }
        return seen | bit;
    }

    /** The line is not in the plain form: the Jackson codec reads it. Cheap: no stack trace. */
    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super("not in the plain form", null, false, false);
        }
    }

    /**
     * What a reading thread keeps between lines: the last actors, channels, and short values officials wrote (ids
     * of topics, agencies, units; acts' reasons; officials' names), so that a replayed journal holds one instance
     * of each instead of one per event. Nothing an asker wrote or is (name, contact, text) is kept here.
     */
    private static final class Reader {
        private static final int KEEP = 4096;
        private final Map<String, Actor> actors = new HashMap<>();
        private final Map<String, String> keys = new HashMap<>();
        private final Map<String, List<String>> singles = new HashMap<>();
        private final Map<String, Channel> channels = new HashMap<>();

        Actor actor(@Nullable String id, @Nullable String name, @Nullable String role,
                    @Nullable String organisation) {
            Actor known = id == null ? null : actors.get(id);
            if (known != null && known.name().equals(name) && known.role().equals(role)
                    && Objects.equals(known.organisation(), organisation)) {
                return known;
            }
            Actor actor = new Actor(id, name, role, organisation);
            if (actors.size() >= KEEP) {
                actors.clear();
            }
            actors.put(actor.id(), actor);
            return actor;
        }

        Act act(@Nullable Actor actor, @Nullable Instant at, @Nullable String reason) {
            return new Act(actor, at, reason);
        }

        /** The same instance for a short value met before; long values are returned as they are. */
        @Nullable String key(@Nullable String value) {
            if (value == null || value.length() > 64) {
                return value;
            }
            String known = keys.putIfAbsent(value, value);
            if (known != null) {
                return known;
            }
            if (keys.size() >= KEEP) {
                keys.clear();
            }
            return value;
        }

        List<String> single(String value) {
            List<String> known = singles.get(value);
            if (known == null) {
                known = List.of(value);
                if (singles.size() >= KEEP) {
                    singles.clear();
                }
                singles.put(value, known);
            }
            return known;
        }

        Channel channel(@Nullable ChannelKind kind, @Nullable String source, @Nullable String level) {
            String key = source == null ? "" : source;
            Channel known = channels.get(key);
            if (known != null && known.kind() == kind && Objects.equals(known.source(), source)
                    && Objects.equals(known.level(), level)) {
                return known;
            }
            Channel channel = new Channel(kind, source, level);
            if (channels.size() >= KEEP) {
                channels.clear();
            }
            channels.put(key, channel);
            return channel;
        }

        QuestionId questionId(@Nullable String value) {
            return QuestionId.of(value);
        }
    }

    /** ISO-8601 instants and dates in the one form the journal writes, without a formatter. */
    static final class Instants {
        private static final long MIN_FAST = LocalDate.of(1000, 1, 1).toEpochDay() * 86_400L;
        private static final long MAX_FAST = LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400L;

        private Instants() {
        }

        /**
         * Writes {@code at} into {@code out} as {@link java.time.format.DateTimeFormatter#ISO_INSTANT} does
         * (fraction in groups of three digits, only when not zero) and returns the length, or -1 for a year
         * outside 1000-9999 (use {@link Instant#toString()} then).
         */
        static int format(Instant at, char[] out) {
            long seconds = at.getEpochSecond();
            if (seconds < MIN_FAST || seconds >= MAX_FAST) {
                return -1;
            }
            LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
            int time = (int) Math.floorMod(seconds, 86_400L);
            digits(out, 0, date.getYear(), 4);
            out[4] = '-';
            digits(out, 5, date.getMonthValue(), 2);
            out[7] = '-';
            digits(out, 8, date.getDayOfMonth(), 2);
            out[10] = 'T';
            digits(out, 11, time / 3600, 2);
            out[13] = ':';
            digits(out, 14, time / 60 % 60, 2);
            out[16] = ':';
            digits(out, 17, time % 60, 2);
            int length = 19;
            int nano = at.getNano();
            if (nano != 0) {
                out[length++] = '.';
                if (nano % 1_000_000 == 0) {
                    digits(out, length, nano / 1_000_000, 3);
                    length += 3;
                } else if (nano % 1_000 == 0) {
                    digits(out, length, nano / 1_000, 6);
                    length += 6;
                } else {
                    digits(out, length, nano, 9);
                    length += 9;
                }
            }
            out[length++] = 'Z';
            return length;
        }

        private static void digits(char[] out, int at, int value, int count) {
            for (int i = at + count - 1; i >= at; i--) {
                out[i] = (char) ('0' + value % 10);
                value /= 10;
            }
        }

        /**
         * The instant written as {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or null for any other form (which
         * {@link Instant#parse} may still read).
         */
        static @Nullable Instant parse(char[] text, int offset, int length) {
            if (length < 20 || length > 30 || text[offset + length - 1] != 'Z' || text[offset + 4] != '-'
                    || text[offset + 7] != '-' || text[offset + 10] != 'T' || text[offset + 13] != ':'
                    || text[offset + 16] != ':') {
                return null;
            }
            int year = number(text, offset, 4);
            int month = number(text, offset + 5, 2);
            int day = number(text, offset + 8, 2);
            int hour = number(text, offset + 11, 2);
            int minute = number(text, offset + 14, 2);
            int second = number(text, offset + 17, 2);
            if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                    || second < 0 || second > 59) {
                return null;
            }
            int nano = 0;
            int fraction = length - 20;
            if (fraction > 0) {
                if (fraction < 2 || text[offset + 19] != '.') {
                    return null;
                }
                int digits = fraction - 1;
                nano = number(text, offset + 20, digits);
                if (nano < 0) {
                    return null;
                }
                for (int i = digits; i < 9; i++) {
                    nano *= 10;
                }
            }
            long epochDay;
            try {
                epochDay = LocalDate.of(year, month, day).toEpochDay();
            } catch (DateTimeException e) {
                return null;
            }
            return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3600L + minute * 60L + second, nano);
        }

        /** The date written as {@code yyyy-MM-dd}, or null for any other form. */
        static @Nullable LocalDate parseDate(char[] text, int offset, int length) {
            if (length != 10 || text[offset + 4] != '-' || text[offset + 7] != '-') {
                return null;
            }
            int year = number(text, offset, 4);
            int month = number(text, offset + 5, 2);
            int day = number(text, offset + 8, 2);
            if (year < 0 || month < 0 || day < 0) {
                return null;
            }
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }

        /** The decimal number of {@code count} ASCII digits, or -1 if one is not a digit. */
        private static int number(char[] text, int offset, int count) {
            int value = 0;
            for (int i = offset; i < offset + count; i++) {
                char c = text[i];
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }
}
