package vn.dialogue.export.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.dialogue.export.internal.OutputText;

/**
 * One item of a {@link BulletList} or of a recipient list: a marker ("-", "+"), a nesting
 * level and the text. Administrative documents print the marker as text, so it is data here.
 * Immutable and thread-safe.
 *
 * @param marker the marker printed before the text, never null, may be empty
 * @param level  0 for a top-level item, 1 for an item nested under it, and so on
 * @param runs   the text, never null
 */
public record ListItem(String marker, int level, List<Run> runs) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param marker the marker printed before the text, never null, may be empty
     * @param level 0 for a top-level item, 1 for an item nested under it, and so on
     * @param runs the text, never null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public ListItem {
        marker = OutputText.of(Objects.requireNonNull(marker, "marker"));
        if (level < 0 || level > 4) {
            throw new IllegalArgumentException("list level must be 0 to 4, was " + level);
        }
        runs = List.copyOf(Objects.requireNonNull(runs, "runs"));
    }

    /**
     * A top-level item with the dash marker "-".
     *
     * @param runs the text, never null
     * @return a top-level item with the dash marker "-"
     */
    public static ListItem dash(Run... runs) {
        return new ListItem("-", 0, Arrays.asList(runs));
    }

    /**
     * A top-level item of plain text with the dash marker "-".
     *
     * @param text the item's text
     * @return a top-level item of plain text with the dash marker "-"
     */
    public static ListItem dash(String text) {
        return dash(Run.plain(text));
    }

    /**
     * A nested item with the plus marker "+".
     *
     * @param text the item's text
     * @return a nested item with the plus marker "+"
     */
    public static ListItem plus(String text) {
        return new ListItem("+", 1, List.of(Run.plain(text)));
    }

    /**
     * The text of all runs, without emphasis and without the marker.
     *
     * @return the text of all runs, without emphasis and without the marker
     */
    public String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }

    /**
     * The marker, a space and the text, as printed.
     *
     * @return the marker, a space and the text, as printed
     */
    public String printed() {
        return marker.isEmpty() ? text() : marker + " " + text();
    }
}
