package vn.dialogue.export.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A paragraph of runs. Body paragraphs are justified with a first-line indent (Nghị định 30/2020,
 * Phụ lục I); {@link #centered} and {@link #withAlignment} give other layouts. Immutable and thread-safe.
 *
 * @param runs            the text, in order, never null (an empty list is an empty line)
 * @param alignment       the horizontal alignment, never null
 * @param firstLineIndent whether the first line is indented by the body indent
 */
public record Paragraph(List<Run> runs, Alignment alignment, boolean firstLineIndent) implements Block {

    /**
     * Checks the components and normalises them (collections copied, unmodifiable).
     *
     * @param runs the text, in order, never null (an empty list is an empty line)
     * @param alignment the horizontal alignment, never null
     * @param firstLineIndent whether the first line is indented by the body indent
     * @throws NullPointerException if a required component is null
     */
    public Paragraph {
        runs = List.copyOf(Objects.requireNonNull(runs, "runs"));
        Objects.requireNonNull(alignment, "alignment");
    }

    /**
     * A body paragraph: justified, first line indented.
     *
     * @param runs the text, in order, never null (an empty list is an empty line)
     * @return a body paragraph: justified, first line indented
     */
    public static Paragraph of(Run... runs) {
        return new Paragraph(Arrays.asList(runs), Alignment.JUSTIFY, true);
    }

    /**
     * A body paragraph of plain text.
     *
     * @param text the paragraph's text
     * @return a body paragraph of plain text
     */
    public static Paragraph of(String text) {
        return of(Run.plain(text));
    }

    /**
     * A body paragraph of runs.
     *
     * @param runs the text, in order, never null (an empty list is an empty line)
     * @return a body paragraph of runs
     */
    public static Paragraph of(List<Run> runs) {
        return new Paragraph(runs, Alignment.JUSTIFY, true);
    }

    /**
     * A centred paragraph without indent.
     *
     * @param runs the text, in order, never null (an empty list is an empty line)
     * @return a centred paragraph without indent
     */
    public static Paragraph centered(Run... runs) {
        return new Paragraph(Arrays.asList(runs), Alignment.CENTER, false);
    }

    /**
     * The same runs with {@code alignment} and no first-line indent unless justified.
     *
     * @param alignment the horizontal alignment, never null
     * @return the same runs with {@code alignment} and no first-line indent unless justified
     */
    public Paragraph withAlignment(Alignment alignment) {
        return new Paragraph(runs, alignment, alignment == Alignment.JUSTIFY && firstLineIndent);
    }

    /**
     * The same paragraph without first-line indent.
     *
     * @return the same paragraph without first-line indent
     */
    public Paragraph withoutIndent() {
        return new Paragraph(runs, alignment, false);
    }

    /**
     * The text of all runs, without emphasis.
     *
     * @return the text of all runs, without emphasis
     */
    public String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }
}
