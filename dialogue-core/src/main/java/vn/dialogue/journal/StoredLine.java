package vn.dialogue.journal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dialogue.store.StoredEvent;
import vn.dialogue.store.StreamVersion;

/**
 * One line of a {@link FileEventStore}: a stored event in its envelope, or a line of a journal written before
 * events carried their sequence and checksum (a <em>legacy</em> line: the event's own JSON with its
 * {@code "type"}).
 *
 * <p>The envelope, on one line: {@code {"p":12,"s":[["q-000003",4],["q-000009",1]],"t":"compiled",
 * "at":"2024-10-21T02:00:00Z","k":"...","d":{...},"u":1,"c":"5f1e0a9b"}}: position, streams at the versions the
 * event gave them, type, recorded instant, optional idempotency key, the event's data, {@code "u"} when the
 * event was upgraded from a legacy line (so never verified), and last the CRC-32C of every byte before
 * {@code ,"c":}, in hex. A changed byte anywhere before it changes the checksum.
 */
record StoredLine(@Nullable StoredEvent event, @Nullable String legacyType, @Nullable String legacyData,
                  byte @Nullable [] bytes) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final byte[] CHECKSUM = ",\"c\":\"".getBytes(StandardCharsets.US_ASCII);

    static StoredLine of(StoredEvent event) {
        return new StoredLine(event, null, null, null);
    }

    /** The line of an event already encoded by {@link #encode}: written as these bytes, not encoded again. */
    static StoredLine encoded(StoredEvent event, byte[] bytes) {
        return new StoredLine(event, null, null, bytes);
    }

    boolean legacy() {
        return event == null;
    }

    /** The codec of a store's lines. */
    static final JournalCodec<StoredLine> CODEC = new JournalCodec<>() {
        @Override
        public void write(StoredLine line, OutputStream out) {
            if (line.event == null) {
                throw new IllegalArgumentException("a legacy line is never written");
            }
            try {
                out.write(line.bytes != null ? line.bytes : encode(line.event));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public StoredLine read(byte[] bytes, int offset, int length) {
            return decode(bytes, offset, length, true);
        }
    };

    /**
     * The codec of a store's lines for verifying and indexing them: each line's checksum is checked and its
     * envelope read, but its data is not taken out and its instant is not parsed (the event's data is {@code ""}
     * and its instant the epoch); both are read when the line is read back. Writes as {@link #CODEC} does.
     */
    static final JournalCodec<StoredLine> ENVELOPE = new JournalCodec<>() {
        @Override
        public void write(StoredLine line, OutputStream out) {
            CODEC.write(line, out);
        }

        @Override
        public StoredLine read(byte[] bytes, int offset, int length) {
            return decode(bytes, offset, length, false);
        }
    };

    static byte[] encode(StoredEvent event) {
        JsonStringEncoder quote = JsonStringEncoder.getInstance();
        StringBuilder head = new StringBuilder(96 + event.data().length());
        head.append("{\"p\":").append(event.position()).append(",\"s\":[");
        for (int i = 0; i < event.streams().size(); i++) {
            StreamVersion sv = event.streams().get(i);
            head.append(i == 0 ? "[\"" : ",[\"");
            quote.quoteAsString(sv.stream(), head);
            head.append("\",")
                    .append(sv.version()).append(']');
        }
        head.append("],\"t\":\"");
        quote.quoteAsString(event.type(), head);
        head.append("\",\"at\":\"")
                .append(event.recorded()).append('"');
        if (event.key() != null) {
            head.append(",\"k\":\"");
            quote.quoteAsString(event.key(), head);
            head.append('"');
        }
        head.append(",\"d\":").append(event.data());
        if (!event.verified()) {
            head.append(",\"u\":1");
        }
        byte[] body = head.toString().getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(body);
        byte[] tail = (",\"c\":\"" + HexFormat.of().toHexDigits((int) crc.getValue()) + "\"}")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[body.length + tail.length];
        System.arraycopy(body, 0, line, 0, body.length);
        System.arraycopy(tail, 0, line, body.length, tail.length);
        return line;
    }

    private static final byte[] UPGRADED = ",\"u\":1".getBytes(StandardCharsets.US_ASCII);

    /**
     * Reads a line: the checksum first (over every byte before it), then the envelope's fields up to the data; the
     * data is taken as the bytes between {@code "d":} and the end of the envelope, not parsed here (the family's
     * data binding reads it once, on replay).
     */
    static StoredLine decode(byte[] bytes, int offset, int length) {
        return decode(bytes, offset, length, true);
    }

    private static StoredLine decode(byte[] bytes, int offset, int length, boolean whole) {
        int end = offset + length;
        int checksumAt = lastIndexOf(bytes, offset, end, CHECKSUM);
        if (checksumAt < 0) {
            return legacy(bytes, offset, length);
        }
        int hexAt = checksumAt + CHECKSUM.length;
        if (end - hexAt != 10 || bytes[end - 2] != '"' || bytes[end - 1] != '}') {
            throw new IllegalArgumentException("the line does not end with its checksum \"c\"");
        }
        String checksum = new String(bytes, hexAt, 8, StandardCharsets.US_ASCII);
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, checksumAt - offset);
        String actual = HexFormat.of().toHexDigits((int) crc.getValue());
        if (!actual.equals(checksum)) {
            throw new IllegalArgumentException("its checksum is " + actual + ", the line says " + checksum
                    + ": the line was altered after it was written");
        }
        boolean upgraded = endsWith(bytes, offset, checksumAt, UPGRADED);
        int dataEnd = upgraded ? checksumAt - UPGRADED.length : checksumAt;
        long position = -1;
        List<StreamVersion> streams = null;
        String type = null;
        Instant recorded = null;
        String key = null;
        String data = null;
        try (JsonParser p = MAPPER.createParser(bytes, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the line is not a JSON object");
            }
            long base = p.currentTokenLocation().getByteOffset();
            while (data == null && p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "p" -> position = p.getLongValue();
                    case "s" -> streams = streams(p);
                    case "t" -> type = p.getString();
                    case "at" -> recorded = whole ? Instant.parse(p.getString()) : Instant.EPOCH;
                    case "k" -> key = p.getString();
                    case "d" -> {
                        int from = offset + (int) (p.currentTokenLocation().getByteOffset() - base);
                        if (value != JsonToken.START_OBJECT || from >= dataEnd || bytes[dataEnd - 1] != '}') {
                            throw new IllegalArgumentException("its data \"d\" is not an object");
                        }
                        data = whole ? new String(bytes, from, dataEnd - from, StandardCharsets.UTF_8) : "";
                    }
                    default -> throw new IllegalArgumentException("unknown field \"" + name + "\"");
                }
            }
        } catch (JacksonException | DateTimeParseException e) {
            throw new IllegalArgumentException("the line is not a stored event: " + firstLine(e.getMessage()), e);
        }
        if (position < 1 || streams == null || streams.isEmpty() || type == null || recorded == null
                || data == null) {
            throw new IllegalArgumentException("the line lacks one of its fields (position, streams, type, instant, "
                    + "data)");
        }
        return of(new StoredEvent(position, streams, type, recorded, data, key, !upgraded));
    }

    private static boolean endsWith(byte[] bytes, int from, int to, byte[] what) {
        if (to - from < what.length) {
            return false;
        }
        for (int i = 0; i < what.length; i++) {
            if (bytes[to - what.length + i] != what[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<StreamVersion> streams(JsonParser p) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("its streams \"s\" are not a list");
        }
        List<StreamVersion> out = new ArrayList<>(2);
        while (p.nextToken() == JsonToken.START_ARRAY) {
            p.nextToken();
            String stream = p.getString();
            p.nextToken();
            long version = p.getLongValue();
            if (p.nextToken() != JsonToken.END_ARRAY) {
                throw new IllegalArgumentException("a stream of \"s\" is not [id, version]");
            }
            out.add(new StreamVersion(stream, version));
        }
        return out;
    }

    private static StoredLine legacy(byte[] bytes, int offset, int length) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(new String(bytes, offset, length, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the line is not an event: " + firstLine(e.getOriginalMessage()), e);
        }
        if (!(tree instanceof ObjectNode object) || !object.path("type").isString()) {
            throw new IllegalArgumentException("the line is neither a stored event nor an event of the old format "
                    + "(an object with its \"type\")");
        }
        String type = object.get("type").asString();
        object.remove("type");
        return new StoredLine(null, type, MAPPER.writeValueAsString(object), null);
    }

    private static int lastIndexOf(byte[] bytes, int from, int to, byte[] what) {
        outer:
        for (int i = to - what.length; i >= from; i--) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }
}
