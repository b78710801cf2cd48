package vn.dialogue.export.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A list of items in body text, each printed on its own line with its marker. Immutable and thread-safe.
 *
 * @param items the items in order, never null, never empty
 */
public record BulletList(List<ListItem> items) implements Block {

    /**
     * Checks the components and normalises them (collections copied, unmodifiable).
     *
     * @param items the items in order, never null, never empty
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public BulletList {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a bullet list needs at least one item");
        }
    }

    /**
     * A list of the given items.
     *
     * @param items the items in order, never null, never empty
     * @return a list of the given items
     */
    public static BulletList of(ListItem... items) {
        return new BulletList(Arrays.asList(items));
    }
}
