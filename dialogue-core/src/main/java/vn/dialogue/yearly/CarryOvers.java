package vn.dialogue.yearly;

import java.util.List;

import vn.dialogue.plan.CarryOver;

/**
 * The unsettled commitments a dialogue hands to the next one, as a carry-over file holds them.
 * Immutable and thread-safe.
 *
 * @param carryOvers the commitments, in order
 */
public record CarryOvers(List<CarryOver> carryOvers) {

    /**
     * Checks the components and normalises them (collections copied, unmodifiable).
     *
     * @param carryOvers the commitments, in order
     */
    public CarryOvers {
        carryOvers = carryOvers == null ? List.of() : List.copyOf(carryOvers);
    }
}
