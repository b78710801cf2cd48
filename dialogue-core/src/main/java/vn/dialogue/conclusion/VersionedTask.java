package vn.dialogue.conclusion;

import java.util.Objects;

/**
 * A conclusion task with its version: 1 when assigned, 2 once reported. Immutable and thread-safe.
 *
 * @param task    the task
 * @param version how many events made it
 */
public record VersionedTask(ConclusionTask task, long version) {

    public VersionedTask {
        Objects.requireNonNull(task, "task");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
    }

    /** The task's key. */
    public String id() {
        return task.id();
    }
}
