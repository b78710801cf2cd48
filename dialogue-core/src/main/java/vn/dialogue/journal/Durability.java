package vn.dialogue.journal;

/**
 * When an appended line reaches the operating system and the disk.
 *
 * <p>The journal never calls {@code fsync} per event unless asked: one {@code fsync} costs from tens of
 * microseconds (SSD) to milliseconds (disk, network storage), which would cap intake at a few thousand
 * submissions a second. Choose by what a crash may cost:
 * <ul>
 *   <li>{@link #BUFFERED} (the default): lines are collected in a 64 KiB buffer and written when it fills,
 *       on {@link Journal#flush()}, {@link Journal#sync()} and {@link Journal#close()}. A crash of the JVM
 *       loses the lines still in the buffer (at most 64 KiB); replay then yields the state as of the last
 *       complete line, never a mixed one. Fastest; for bulk intake and benchmarks, followed by {@code sync()}.</li>
 *   <li>{@link #WRITE_THROUGH}: every append is handed to the operating system before it returns. Survives a
 *       JVM crash; a power loss may still lose what the OS had not written.</li>
 *   <li>{@link #SYNC_EACH}: every append is written and forced to the storage device ({@code fsync} of the
 *       data) before it returns. Survives a power loss; slowest. For interactive use where each recorded
 *       step must be durable at once (the session secretariat's live outcomes).</li>
 * </ul>
 * Whatever the mode, {@link Journal#sync()} forces everything appended so far to the device.
 */
public enum Durability {
    /** Buffered in memory; written when the buffer fills or on flush, sync and close. */
    BUFFERED,
    /** Handed to the operating system on every append. */
    WRITE_THROUGH,
    /** Written and forced to the storage device on every append. */
    SYNC_EACH
}
