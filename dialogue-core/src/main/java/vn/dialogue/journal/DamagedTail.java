package vn.dialogue.journal;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The end of a journal that a crash cut off: an incomplete last line (or a run of zero bytes the file system
 * left after a power loss). Everything before it was loaded. Immutable and thread-safe.
 *
 * @param line    the 1-based line number where the damage starts
 * @param offset  the byte offset where the damage starts; the journal's complete content ends here
 * @param length  how many bytes are damaged
 * @param reason  why the bytes are not an event (the parser's message)
 * @param savedTo where the damaged bytes were copied before the journal was truncated for appending, or null
 *                when the journal was only read
 */
public record DamagedTail(long line, long offset, long length, String reason, @Nullable Path savedTo) {

    /**
     * Checks the fields.
     *
     * @param line    the 1-based line number where the damage starts
     * @param offset  the byte offset where the damage starts; the journal's complete content ends here
     * @param length  how many bytes are damaged
     * @param reason  why the bytes are not an event (the parser's message)
     * @param savedTo where the damaged bytes were copied before the journal was truncated for appending, or null
     *                when the journal was only read
     * @throws NullPointerException     if {@code reason} is null
     * @throws IllegalArgumentException if {@code line} or {@code length} is below 1, or {@code offset} is negative
     */
    public DamagedTail {
        Objects.requireNonNull(reason, "reason");
        if (line < 1 || offset < 0 || length < 1) {
            throw new IllegalArgumentException("damaged tail at line " + line + ", offset " + offset + ", length "
                    + length + ": line must be at least 1, offset at least 0, length at least 1");
        }
    }

    /**
     * Where the damaged bytes were kept, if the journal was opened for appending.
     *
     * @return the copy's path, or empty when the journal was only read
     */
    public Optional<Path> saved() {
        return Optional.ofNullable(savedTo);
    }

    DamagedTail savedTo(Path path) {
        return new DamagedTail(line, offset, length, reason, path);
    }

    @Override
    public String toString() {
        return "damaged tail at line " + line + " (byte " + offset + ", " + length + " bytes): " + reason
                + (savedTo == null ? "" : "; kept in " + savedTo);
    }
}
