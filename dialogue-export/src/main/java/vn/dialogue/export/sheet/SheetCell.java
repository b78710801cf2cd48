package vn.dialogue.export.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import vn.dialogue.export.internal.OutputText;

/**
 * One cell of a sheet: text, a number, a day, or blank. Text is always stored as text, never
 * read as a formula. Immutable and thread-safe.
 */
public sealed interface SheetCell permits SheetCell.Text, SheetCell.Number, SheetCell.Day, SheetCell.Blank {

    /**
     * A text cell of {@code value}.
     *
     * @param value the text, never null
     * @return a text cell of {@code value}
     */
    static SheetCell text(String value) {
        return new Text(value);
    }

    /**
     * A number cell.
     *
     * @param value the text, never null
     * @return a number cell
     */
    static SheetCell number(long value) {
        return new Number(BigDecimal.valueOf(value));
    }

    /**
     * A number cell.
     *
     * @param value the text, never null
     * @return a number cell
     */
    static SheetCell number(BigDecimal value) {
        return new Number(value);
    }

    /**
     * A day cell.
     *
     * @param value the text, never null
     * @return a day cell
     */
    static SheetCell day(LocalDate value) {
        return new Day(value);
    }

    /**
     * An empty cell.
     *
     * @return an empty cell
     */
    static SheetCell blank() {
        return new Blank();
    }

    /**
     * The cell as plain text, as CSV writes it (days as ISO dates).
     *
     * @return the cell as plain text, as CSV writes it (days as ISO dates)
     */
    String asText();

    /**
     * Text, kept as typed (NFC).
     *
     * @param value the text, never null
     */
    record Text(String value) implements SheetCell {
        /**
         * Checks the components and normalises them (texts to Unicode NFC).
         *
         * @param value the text, never null
         * @throws NullPointerException if a required component is null
         */
        public Text {
            value = OutputText.of(Objects.requireNonNull(value, "value"));
        }

        @Override
        public String asText() {
            return value;
        }
    }

    /**
     * A number.
     *
     * @param value the number, never null
     */
    record Number(BigDecimal value) implements SheetCell {
        /**
         * Checks the components.
         *
         * @param value the text, never null
         * @throws NullPointerException if a required component is null
         */
        public Number {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String asText() {
            return value.toPlainString();
        }
    }

    /**
     * A calendar day.
     *
     * @param value the day, never null
     */
    record Day(LocalDate value) implements SheetCell {
        /**
         * Checks the components.
         *
         * @param value the text, never null
         * @throws NullPointerException if a required component is null
         */
        public Day {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String asText() {
            return value.toString();
        }
    }

    /** An empty cell. */
    record Blank() implements SheetCell {
        @Override
        public String asText() {
            return "";
        }
    }
}
