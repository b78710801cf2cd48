package vn.dialogue.seating;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.dialogue.organisation.Ids;

/**
 * The seats of the main hall: a presidium table (đoàn chủ tịch) facing the hall, and blocks of rows listed from
 * the left to the right as seen from the seats, separated by aisles. Immutable and thread-safe.
 *
 * <p>Presidium seats are numbered by protocol: 1 in the centre, 2 at its right (the hall's left), 3 at its left,
 * and so on outwards. Hall rows are numbered from the front, seats from the left of each block.
 *
 * @param venue          id of the venue the layout is of
 * @param presidiumSeats seats at the presidium table, zero or more
 * @param blocks         blocks from left to right, at least one; ids unique
 */
public record HallLayout(String venue, int presidiumSeats, List<Block> blocks) {

    /**
     * Checks the components and normalises them (collections copied, unmodifiable).
     *
     * @param venue id of the venue the layout is of
     * @param presidiumSeats seats at the presidium table, zero or more
     * @param blocks blocks from left to right, at least one; ids unique
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public HallLayout {
        venue = Ids.require(venue, "venue");
        if (presidiumSeats < 0) {
            throw new IllegalArgumentException("presidium seats cannot be negative, was " + presidiumSeats);
        }
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a hall layout needs at least one block");
        }
        Set<String> ids = new HashSet<>();
        for (Block b : blocks) {
            if (!ids.add(b.id())) {
                throw new IllegalArgumentException("block id '" + b.id() + "' appears twice");
            }
        }
    }

    /**
     * A layout of {@code blocks} equal blocks named A, B, C... each {@code rows} by {@code seatsPerRow}.
     *
     * @param venue id of the venue the layout is of
     * @param presidiumSeats seats at the presidium table, zero or more
     * @param blocks blocks from left to right, at least one; ids unique
     * @param rows rows per block, at least 1
     * @param seatsPerRow seats per row, at least 1
     * @return a layout of {@code blocks} equal blocks named A, B, C..
     */
    public static HallLayout uniform(String venue, int presidiumSeats, int blocks, int rows, int seatsPerRow) {
        if (blocks < 1 || blocks > 26) {
            throw new IllegalArgumentException("blocks must be 1 to 26, was " + blocks);
        }
        List<Block> list = new ArrayList<>();
        for (int i = 0; i < blocks; i++) {
            list.add(Block.of(String.valueOf((char) ('A' + i)), rows, seatsPerRow));
        }
        return new HallLayout(venue, presidiumSeats, list);
    }

    /**
     * Every seat: presidium and blocks.
     *
     * @return every seat: presidium and blocks
     */
    public int capacity() {
        return presidiumSeats + blocks.stream().mapToInt(Block::capacity).sum();
    }

    /**
     * The presidium's seats in protocol order (seat 1 first).
     *
     * @return the presidium's seats in protocol order (seat 1 first)
     */
    public List<Seat> presidium() {
        List<Seat> seats = new ArrayList<>();
        int centre = presidiumSeats / 2 + 1;
        for (int rank = 1; rank <= presidiumSeats; rank++) {
            int offset = rank / 2;
            int position = rank == 1 ? centre : rank % 2 == 0 ? centre - offset : centre + offset;
            seats.add(new Seat("P-" + rank, null, 0, rank, position, Math.abs(2 * position - presidiumSeats - 1)));
        }
        return List.copyOf(seats);
    }

    /**
     * The hall's seats, block by block from the left, row by row from the front, seat by seat from the left.
     *
     * @return the hall's seats, block by block from the left, row by row from the front, seat by seat from the left
     */
    public List<Seat> hallSeats() {
        int width = blocks.stream().mapToInt(Block::seatsPerRow).sum() + blocks.size() - 1;
        List<Seat> seats = new ArrayList<>();
        int x0 = 1;
        for (Block b : blocks) {
            for (int row = 1; row <= b.rows(); row++) {
                for (int n = 1; n <= b.seatsPerRow(); n++) {
                    int position = x0 + n - 1;
                    seats.add(new Seat(String.format("%s-%02d-%02d", b.id(), row, n), b.id(), row, n, position,
                            Math.abs(2 * position - width - 1)));
                }
            }
            x0 += b.seatsPerRow() + 1;
        }
        return List.copyOf(seats);
    }

    /**
     * Every seat: the presidium's in protocol order, then the hall's.
     *
     * @return every seat: the presidium's in protocol order, then the hall's
     */
    public List<Seat> seats() {
        List<Seat> all = new ArrayList<>(presidium());
        all.addAll(hallSeats());
        return List.copyOf(all);
    }

    /**
     * The seat with this id.
     *
     * @param id the seat's id, e.g. {@code B-3-7}
     * @return the seat with this id
     */
    public Optional<Seat> seat(String id) {
        return seats().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The block with this id.
     *
     * @param id the block's id, e.g. {@code B}
     * @return the block with this id
     */
    public Optional<Block> block(String id) {
        return blocks.stream().filter(b -> b.id().equals(id)).findFirst();
    }
}
