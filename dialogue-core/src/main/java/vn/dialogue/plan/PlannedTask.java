package vn.dialogue.plan;

import java.util.List;
import java.util.Objects;

/**
 * A task seen with its assignment's owners and its place in the plan. Immutable and thread-safe.
 *
 * @param task   the task
 * @param owners the effective owners: the task's own, else its assignment's
 * @param path   where it sits in the plan file, e.g. {@code implementation.parts[1].assignments[0].tasks[1]}
 */
public record PlannedTask(Task task, List<String> owners, String path) {

    /**
     * Checks the components and normalises them (collections copied, unmodifiable).
     *
     * @param task the task
     * @param owners the effective owners: the task's own, else its assignment's
     * @param path where it sits in the plan file, e.g. {@code implementation.parts[1].assignments[0].tasks[1]}
     * @throws NullPointerException if a required component is null
     */
    public PlannedTask {
        Objects.requireNonNull(task, "task");
        owners = List.copyOf(owners);
        Objects.requireNonNull(path, "path");
    }

    /**
     * The task's id.
     *
     * @return the id of {@link #task()}
     */
    public String id() {
        return task.id();
    }
}
