package vn.dialogue.seating;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One seat of a hall layout. Immutable and thread-safe.
 *
 * @param id       stable key: {@code P-1} for the presidium's seat 1, {@code B-03-07} for block B, row 3, seat 7
 * @param block    the block's id, or null for the presidium table
 * @param row      the row, from 1 at the front; 0 for the presidium
 * @param number   the seat's number: its protocol rank at the presidium (1 in the centre), else its number in the
 *                 row counted from the left as seen from the hall
 * @param position where the seat stands, counted from the left of the hall as seen from the seats, from 1; for
 *                 honour, seats nearer the centre line come first
 * @param centreDistance twice the distance from the hall's centre line, in seat widths (whole numbers)
 */
public record Seat(String id, @Nullable String block, int row, int number, int position, int centreDistance) {

    /**
     * Checks the components.
     *
     * @param id stable key: {@code P-1} for the presidium's seat 1, {@code B-03-07} for block B, row 3, seat 7
     * @param block the block's id, or null for the presidium table
     * @param row the row, from 1 at the front; 0 for the presidium
     * @param number the seat's number: its protocol rank at the presidium (1 in the centre), else its number in the row
     *               counted from the left as seen from the hall
     * @param position where the seat stands, counted from the left of the hall as seen from the seats, from 1; for
     *                 honour, seats nearer the centre line come first
     * @param centreDistance twice the distance from the hall's centre line, in seat widths (whole numbers)
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Seat {
        Objects.requireNonNull(id, "id");
        if (row < 0 || number < 1 || position < 1 || centreDistance < 0) {
            throw new IllegalArgumentException("seat " + id + ": row, number, position or distance out of range");
        }
    }

    /**
     * True for a seat at the presidium table.
     *
     * @return true for a seat at the presidium table
     */
    public boolean isPresidium() {
        return block == null;
    }

    /**
     * "Đoàn Chủ tịch, ghế 1" or "Khối B, hàng 3, ghế 7".
     *
     * @return "Đoàn Chủ tịch, ghế 1" or "Khối B, hàng 3, ghế 7"
     */
    public String label() {
        return isPresidium() ? "Đoàn Chủ tịch, ghế " + number
                : "Khối " + block + ", hàng " + row + ", ghế " + number;
    }

    /**
     * "Presidium, seat 1" or "Block B, row 3, seat 7".
     *
     * @return "Presidium, seat 1" or "Block B, row 3, seat 7"
     */
    public String labelEnglish() {
        return isPresidium() ? "Presidium, seat " + number : "Block " + block + ", row " + row + ", seat " + number;
    }
}
