package vn.dialogue.organisation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.text.Nfc;

/**
 * A body that issues, receives, answers or attends: a People's Committee, a department, a union, a newspaper.
 * Immutable and thread-safe.
 *
 * @param id        stable key, e.g. {@code ubnd-tinh}, never blank
 * @param name      full name, e.g. "Ủy ban nhân dân tỉnh Kon Tum"
 * @param shortName abbreviation used in lists, e.g. "UBND tỉnh", or null
 * @param kind      free-text category, e.g. "ủy ban nhân dân", "sở", "hội", or null; never interpreted by logic
 * @param unit      id of the administrative unit it belongs to, or null
 * @param parent    id of the organisation it belongs to (a department's People's Committee), or null
 */
public record Organisation(String id, String name, @Nullable String shortName, @Nullable String kind,
                           @Nullable String unit, @Nullable String parent) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param id stable key, e.g. {@code ubnd-tinh}, never blank
     * @param name full name, e.g. "Ủy ban nhân dân tỉnh Kon Tum"
     * @param shortName abbreviation used in lists, e.g. "UBND tỉnh", or null
     * @param kind free-text category, e.g. "ủy ban nhân dân", "sở", "hội", or null; never interpreted by logic
     * @param unit id of the administrative unit it belongs to, or null
     * @param parent id of the organisation it belongs to (a department's People's Committee), or null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Organisation {
        id = Ids.require(id, "id");
        name = Nfc.of(Objects.requireNonNull(name, "name")).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("organisation " + id + ": name is blank");
        }
        shortName = Nfc.normalize(shortName);
        kind = Nfc.normalize(kind);
        unit = Ids.optional(unit, "unit");
        parent = Ids.optional(parent, "parent");
        if (id.equals(parent)) {
            throw new IllegalArgumentException("organisation " + id + " cannot be its own parent");
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
