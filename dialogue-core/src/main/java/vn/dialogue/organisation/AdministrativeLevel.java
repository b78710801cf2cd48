package vn.dialogue.organisation;

import java.util.Objects;

import vn.dialogue.text.Nfc;

/**
 * A level of government, as data: "tỉnh" (province), "huyện" (district), "xã" (commune)...
 *
 * <p>Levels are never hard-coded: the three-level structure of 2024 and the two-level one in force
 * since 1 July 2025 are two registries, not two code paths. Immutable and thread-safe.
 *
 * @param id   stable key used in plan files, e.g. {@code province}, never blank
 * @param name Vietnamese name of the level, e.g. "tỉnh", "cấp huyện", never blank
 * @param rank depth from the top, 1 for the highest local level; a unit's parent has a lower rank
 */
public record AdministrativeLevel(String id, String name, int rank) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param id stable key used in plan files, e.g. {@code province}, never blank
     * @param name Vietnamese name of the level, e.g. "tỉnh", "cấp huyện", never blank
     * @param rank depth from the top, 1 for the highest local level; a unit's parent has a lower rank
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public AdministrativeLevel {
        id = Ids.require(id, "id");
        name = Nfc.of(Objects.requireNonNull(name, "name")).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("level " + id + ": name is blank");
        }
        if (rank < 1) {
            throw new IllegalArgumentException("level " + id + ": rank must be at least 1, was " + rank);
        }
    }
}
