package vn.dialogue.planfile;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * The parser the binder reads through on the quick path: every token it pulls is first checked by a quick
 * {@link TokenScan}, so that one parse both checks and binds. Every method that moves to another token goes through
 * {@link #nextToken()}; none is left to the wrapped parser, which would let a token by unchecked. Not thread-safe;
 * one instance per read.
 */
final class CheckedParser extends JsonParserDelegate {

    private final TokenScan scan;
    private boolean ended;

    CheckedParser(JsonParser parser, TokenScan scan) {
        super(parser);
        this.scan = scan;
    }

    /** Whether the wrapped parser has reached the end of its input. */
    boolean ended() {
        return ended;
    }

    /** Reads, and checks, every token the binder left, up to the end of the input. */
    void drain() {
        while (!ended && nextToken() != null) {
            // each token is checked in nextToken
        }
    }

    @Override
    public JsonToken nextToken() {
        JsonToken t = delegate.nextToken();
        if (t == null) {
            ended = true;
        } else {
            scan.token(delegate, t);
        }
        return t;
    }

    @Override
    public JsonToken nextValue() {
        JsonToken t = nextToken();
        return t == JsonToken.PROPERTY_NAME ? nextToken() : t;
    }

    @Override
    public String nextName() {
        return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
    }

    @Override
    public boolean nextName(SerializableString str) {
        return nextToken() == JsonToken.PROPERTY_NAME && str.getValue().equals(currentName());
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
        String name = nextName();
        if (name != null) {
            return matcher.matchName(name);
        }
        return currentToken() == JsonToken.END_OBJECT ? PropertyNameMatcher.MATCH_END_OBJECT
                : PropertyNameMatcher.MATCH_ODD_TOKEN;
    }

    @Override
    public JsonParser skipChildren() {
        JsonToken current = currentToken();
        if (current != JsonToken.START_OBJECT && current != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (true) {
            JsonToken t = nextToken();
            if (t == null) {
                return this;
            }
            if (t.isStructStart()) {
                open++;
            } else if (t.isStructEnd() && --open == 0) {
                return this;
            }
        }
    }
}
