package vn.dialogue.organisation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.text.Nfc;

/**
 * An administrative unit: a province, a district, a commune, a ward... Immutable and thread-safe.
 *
 * @param id        stable key, e.g. {@code kon-tum}, never blank
 * @param name      full name as written in documents, e.g. "tỉnh Kon Tum", "thành phố Kon Tum"
 * @param shortName name without its kind, e.g. "Kon Tum"; used in place lines ("Kon Tum, ngày ...")
 * @param level     id of its {@link AdministrativeLevel}
 * @param parent    id of the unit it belongs to, or {@code null} for a top-level unit
 */
public record AdministrativeUnit(String id, String name, @Nullable String shortName, String level,
                                 @Nullable String parent) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param id stable key, e.g. {@code kon-tum}, never blank
     * @param name full name as written in documents, e.g. "tỉnh Kon Tum", "thành phố Kon Tum"
     * @param shortName name without its kind, e.g. "Kon Tum"; used in place lines ("Kon Tum, ngày ...")
     * @param level id of its {@link AdministrativeLevel}
     * @param parent id of the unit it belongs to, or {@code null} for a top-level unit
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public AdministrativeUnit {
        id = Ids.require(id, "id");
        name = Nfc.of(Objects.requireNonNull(name, "name")).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("unit " + id + ": name is blank");
        }
        shortName = Nfc.normalize(shortName);
        level = Ids.require(level, "level");
        parent = Ids.optional(parent, "parent");
        if (id.equals(parent)) {
            throw new IllegalArgumentException("unit " + id + " cannot be its own parent");
        }
    }

    /**
     * The short name if given, otherwise the full name.
     *
     * @return the short name if given, otherwise the full name
     */
    public String displayShortName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
