package vn.dialogue.journal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A journal holds a line that is not an event, and it is not a tail cut off by a crash: something changed the
 * file. Nothing is loaded; the file must be repaired by a person, guided by the line number.
 */
public final class JournalCorruptedException extends vn.dialogue.store.DamagedStoreException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;

    public JournalCorruptedException(Path file, long line, String reason, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + ", line " + line,
                Objects.requireNonNull(file, "file") + ", line " + line + ": not a valid event (" + reason
                + "); complete events follow it, so this is not a crash-cut tail: repair or remove the line",
                reason, cause);
        this.file = file;
        this.line = line;
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /** The 1-based number of the corrupted line. */
    public long line() {
        return line;
    }
}
