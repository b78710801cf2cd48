package vn.dialogue.export.layout;

import java.util.List;
import java.util.Objects;

import vn.dialogue.export.internal.OutputText;

/**
 * A numbered section heading such as "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích" or "a) Hội Liên hiệp
 * phụ nữ tỉnh". The heading is bold; its {@code continuation}, if any, follows on the same line in
 * its own emphasis ("2. Yêu cầu: Việc tổ chức ..."). Immutable and thread-safe.
 *
 * @param level        1 for the top level (I., II.), 2 for 1., 2., 3 for a), b); at least 1
 * @param number       the number as printed, with its punctuation ("I.", "1.", "đ)"), never null, may be empty
 * @param title        the heading text, never null
 * @param continuation text printed after the heading on the same line, never null, often empty
 * @see Numbering
 */
public record Heading(int level, String number, String title, List<Run> continuation) implements Block {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param level 1 for the top level (I., II.), 2 for 1., 2., 3 for a), b); at least 1
     * @param number the number as printed, with its punctuation ("I.", "1.", "đ)"), never null, may be empty
     * @param title the heading text, never null
     * @param continuation text printed after the heading on the same line, never null, often empty
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be 1 to 6, was " + level);
        }
        number = OutputText.of(Objects.requireNonNull(number, "number"));
        title = OutputText.of(Objects.requireNonNull(title, "title"));
        continuation = List.copyOf(Objects.requireNonNull(continuation, "continuation"));
    }

    /**
     * A heading without continuation.
     *
     * @param level 1 for the top level (I., II.), 2 for 1., 2., 3 for a), b); at least 1
     * @param number the number as printed, with its punctuation ("I.", "1.", "đ)"), never null, may be empty
     * @param title the heading text, never null
     * @return a heading without continuation
     */
    public static Heading of(int level, String number, String title) {
        return new Heading(level, number, title, List.of());
    }

    /**
     * The same heading followed on its line by {@code runs}.
     *
     * @param runs the runs that follow the heading's own text
     * @return the same heading followed on its line by {@code runs}
     */
    public Heading continuedBy(Run... runs) {
        return new Heading(level, number, title, List.of(runs));
    }

    /**
     * The printed heading: number, a space, then the title.
     *
     * @return the printed heading: number, a space, then the title
     */
    public String label() {
        return number.isEmpty() ? title : number + " " + title;
    }
}
