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

    /**
     * Checks the fields.
     *
     * @param stream   the stream's id, a valid {@link StreamVersion} stream id
     * @param expected the version the command expects, 0 or more, or {@link #ANY}
     * @throws IllegalArgumentException if the stream id is not valid or {@code expected} is below {@link #ANY}
     */
    public Claim {
        new StreamVersion(stream, Math.max(0, expected));
        if (expected < ANY) {
            throw new IllegalArgumentException("stream " + stream + ": expected version " + expected);
        }
    }

    /**
     * The stream at the version the command was decided on.
     *
     * @param stream  the stream's id
     * @param version the version the command was decided on, 0 or more
     * @return the claim; never null
     * @throws IllegalArgumentException if the stream id is not valid or the version is negative
     */
    public static Claim at(String stream, long version) {
        return new Claim(stream, version);
    }

    /**
     * A stream the command creates: it must not exist yet (version 0).
     *
     * @param stream the new stream's id
     * @return the claim; never null
     * @throws IllegalArgumentException if the stream id is not valid
     */
    public static Claim created(String stream) {
        return new Claim(stream, 0);
    }

    /**
     * The stream at whatever version it is ({@link #ANY}).
     *
     * @param stream the stream's id
     * @return the claim; never null
     * @throws IllegalArgumentException if the stream id is not valid
     */
    public static Claim any(String stream) {
        return new Claim(stream, ANY);
    }
}
