package vn.dialogue.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.dialogue.text.Nfc;

/**
 * The tasks given to one owner or set of owners ("b) Sở Lao động - Thương binh và Xã hội: Chủ trì, ...").
 * Immutable and thread-safe.
 *
 * @param owners  organisation ids of the owners
 * @param heading the heading as written, or null to print the owners' names
 * @param lead    the sentence after the heading ("Chủ trì, phối hợp với ..."), or null
 * @param tasks   the tasks, in order
 */
public record Assignment(@NotEmpty(message = "{dialogue.task.owner.required}") List<String> owners,
                         @Nullable String heading, @Nullable String lead,
                         @NotEmpty(message = "{dialogue.assignment.tasks.required}") List<@Valid Task> tasks) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param owners organisation ids of the owners
     * @param heading the heading as written, or null to print the owners' names
     * @param lead the sentence after the heading ("Chủ trì, phối hợp với ..."), or null
     * @param tasks the tasks, in order
     */
    public Assignment {
        owners = owners == null ? List.of() : List.copyOf(owners);
        heading = Nfc.normalize(heading);
        lead = Nfc.normalize(lead);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }
}
