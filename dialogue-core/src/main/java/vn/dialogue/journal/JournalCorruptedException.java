package vn.dialogue.journal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A journal holds a line that is not an event, and it is not a tail cut off by a crash: something changed the
 * file. Nothing is loaded; the file must be repaired by a person, guided by the line number.
 */
public final class JournalCorruptedException extends vn.dialogue.store.DamagedStoreException {

    private static final long serialVersionUID = 1L;

    /** The journal file; not serialised. */
    private final transient Path file;
    /** The 1-based number of the corrupted line. */
    private final long line;

    /**
     * A corrupted line with complete events after it.
     *
     * @param file   the journal file
     * @param line   the 1-based number of the corrupted line
     * @param reason why the line is not a valid event
     * @param cause  what failed while reading it, or null
     * @throws NullPointerException if {@code file} or {@code reason} is null
     */
    public JournalCorruptedException(Path file, long line, String reason, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + ", line " + line,
                Objects.requireNonNull(file, "file") + ", line " + line + ": not a valid event (" + reason
                + "); complete events follow it, so this is not a crash-cut tail: repair or remove the line",
                reason, cause);
        this.file = file;
        this.line = line;
    }

    /**
     * The journal file.
     *
     * @return the file; null after deserialisation, as the path is not serialised
     */
    public Path file() {
        return file;
    }

    /**
     * The 1-based number of the corrupted line.
     *
     * @return the line number
     */
    public long line() {
        return line;
    }
}
