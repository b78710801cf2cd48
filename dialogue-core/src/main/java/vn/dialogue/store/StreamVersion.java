package vn.dialogue.store;

import java.util.Objects;

/**
 * A stream and a version of it: the version an event gave the stream, or the version an append expects it to be
 * at. Versions count a stream's events from 1; version 0 is a stream with no event yet. Immutable.
 *
 * @param stream  the stream's id, never blank
 * @param version the version, 0 or more
 */
public record StreamVersion(String stream, long version) {

    /** The longest stream id a store keeps. */
    public static final int MAX_STREAM_LENGTH = 200;

    /**
     * Checks the stream id and the version.
     *
     * @param stream  the stream's id: 1 to {@link #MAX_STREAM_LENGTH} characters, no control character
     * @param version the version, 0 or more
     * @throws IllegalArgumentException if the stream id is blank, too long or holds a control character, or the
     *                                  version is negative
     */
    public StreamVersion {
        requireStream(stream);
        if (version < 0) {
            throw new IllegalArgumentException("stream " + stream + ": version " + version + " is negative");
        }
    }

    static String requireStream(String stream) {
        Objects.requireNonNull(stream, "stream");
        if (stream.isBlank() || stream.length() > MAX_STREAM_LENGTH) {
            throw new IllegalArgumentException("a stream id must hold 1 to " + MAX_STREAM_LENGTH + " characters: '"
                    + stream + "'");
        }
        for (int i = 0; i < stream.length(); i++) {
            if (Character.isISOControl(stream.charAt(i))) {
                throw new IllegalArgumentException("a stream id must not hold control characters: " + stream.strip());
            }
        }
        return stream;
    }

    @Override
    public String toString() {
        return stream + "@" + version;
    }
}
