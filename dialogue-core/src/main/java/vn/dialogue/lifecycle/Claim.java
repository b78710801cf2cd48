package vn.dialogue.lifecycle;

import vn.dialogue.store.StreamVersion;

/**
 * A stream a command reads and the version it was decided on: {@link #ANY} when the command names none (an
 * erasure request must not fail because the record moved on), 0 for a stream the command creates. Immutable.
 *
 * @param stream   the stream
 * @param expected the version the command expects, 0 for a new stream, or {@link #ANY}
 */
public record Claim(String stream, long expected) {

    /** The command takes the stream at whatever version it is. */
    public static final long ANY = -1;

    /** Checks the fields. */
    public Claim {
        new StreamVersion(stream, Math.max(0, expected));
        if (expected < ANY) {
            throw new IllegalArgumentException("stream " + stream + ": expected version " + expected);
        }
    }

    /** The stream at the version the command was decided on. */
    public static Claim at(String stream, long version) {
        return new Claim(stream, version);
    }

    /** A stream the command creates. */
    public static Claim created(String stream) {
        return new Claim(stream, 0);
    }

    /** The stream at whatever version it is. */
    public static Claim any(String stream) {
        return new Claim(stream, ANY);
    }
}
