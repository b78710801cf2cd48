package vn.dialogue.conclusion;

import java.util.Objects;

/**
 * A conclusion task with its version: 1 when assigned, 2 once reported. Immutable and thread-safe.
 *
 * @param task    the task
 * @param version how many events made it
 */
public record VersionedTask(ConclusionTask task, long version) {

    /**
     * Checks the fields.
     *
     * @param task    the task
     * @param version how many events made it, from 1
     * @throws NullPointerException     if {@code task} is null
     * @throws IllegalArgumentException if {@code version} is below 1
     */
    public VersionedTask {
        Objects.requireNonNull(task, "task");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
    }

    /**
     * The task's key.
     *
     * @return {@code task().id()}; never null
     */
    public String id() {
        return task.id();
    }
}
