package vn.dialogue.seating;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import vn.dialogue.plan.DelegateRole;

/**
 * A block of seats in the hall: rows of numbered seats between aisles. Immutable and thread-safe.
 *
 * @param id          short name printed on the chart and in seat ids, e.g. {@code A}, {@code B}: letters and
 *                    digits
 * @param rows        number of rows, at least 1
 * @param seatsPerRow seats in each row, at least 1
 * @param reservedFor roles seated here first and only (e.g. press); empty for general seating
 */
public record Block(String id, int rows, int seatsPerRow, Set<DelegateRole> reservedFor) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,8}");

    /**
     * Checks the components and normalises them (collections copied, unmodifiable).
     *
     * @param id short name printed on the chart and in seat ids, e.g. {@code A}, {@code B}: letters and digits
     * @param rows number of rows, at least 1
     * @param seatsPerRow seats in each row, at least 1
     * @param reservedFor roles seated here first and only (e.g. press); empty for general seating
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Block {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("block id '" + id + "' must be 1 to 8 letters or digits");
        }
        if (rows < 1 || seatsPerRow < 1) {
            throw new IllegalArgumentException("block " + id + ": rows and seats per row must be at least 1, were "
                    + rows + " and " + seatsPerRow);
        }
        reservedFor = reservedFor == null || reservedFor.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(reservedFor));
    }

    /**
     * A general block.
     *
     * @param id short name printed on the chart and in seat ids, e.g. {@code A}, {@code B}: letters and digits
     * @param rows number of rows, at least 1
     * @param seatsPerRow seats in each row, at least 1
     * @return a general block
     */
    public static Block of(String id, int rows, int seatsPerRow) {
        return new Block(id, rows, seatsPerRow, Set.of());
    }

    /**
     * A block kept for some roles, e.g. the press.
     *
     * @param id short name printed on the chart and in seat ids, e.g. {@code A}, {@code B}: letters and digits
     * @param rows number of rows, at least 1
     * @param seatsPerRow seats in each row, at least 1
     * @param roles the delegate roles the block is kept for, at least one
     * @return a block kept for some roles, e.g. the press
     */
    public static Block reserved(String id, int rows, int seatsPerRow, DelegateRole... roles) {
        return new Block(id, rows, seatsPerRow, Set.of(roles));
    }

    /**
     * How many seats the block has.
     *
     * @return rows times seats per row
     */
    public int capacity() {
        return rows * seatsPerRow;
    }
}
