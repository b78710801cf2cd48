package vn.dialogue.yearly;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.organisation.Registry;
import vn.dialogue.plan.BridgePoint;
import vn.dialogue.plan.Signature;
import vn.dialogue.plan.VenueAttendance;
import vn.dialogue.text.Nfc;
import vn.dialogue.venue.Venue;

/**
 * How the administrative map changed between two dialogues: the new registry, where each old unit and organisation
 * went, how names read now, and (when bridge points moved to other units) the new venues. This is what a mapping
 * file holds for the 2025 reform: districts abolished, provinces and departments merged. Immutable and thread-safe.
 *
 * @param registry      the registry of the new plan (levels, units, organisations)
 * @param units         old unit id to new unit id; an id not listed is kept as it is
 * @param organisations old organisation id to new organisation id; an id not listed is kept as it is
 * @param renames       literal replacements in the plan's free text, applied in order (legal bases are left alone)
 * @param place         the new place name of the date line, or null to keep it
 * @param venues        the new plan's venues, or null to keep the old ones (with units remapped)
 * @param bridgePoints  the new plan's bridge points, or null to keep the old ones (remapped)
 * @param attendance    the new plan's attendance section, or null to keep the old one (remapped, renamed)
 * @param signature     the new plan's signature block, or null to keep the old one
 */
public record Remapping(Registry registry, Map<String, String> units, Map<String, String> organisations,
                        List<Rename> renames, @Nullable String place, @Nullable List<Venue> venues,
                        @Nullable List<BridgePoint> bridgePoints, @Nullable List<VenueAttendance> attendance,
                        @Nullable Signature signature) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param registry the registry of the new plan (levels, units, organisations)
     * @param units old unit id to new unit id; an id not listed is kept as it is
     * @param organisations old organisation id to new organisation id; an id not listed is kept as it is
     * @param renames literal replacements in the plan's free text, applied in order (legal bases are left alone)
     * @param place the new place name of the date line, or null to keep it
     * @param venues the new plan's venues, or null to keep the old ones (with units remapped)
     * @param bridgePoints the new plan's bridge points, or null to keep the old ones (remapped)
     * @param attendance the new plan's attendance section, or null to keep the old one (remapped, renamed)
     * @param signature the new plan's signature block, or null to keep the old one
     */
    public Remapping {
        registry = registry == null ? Registry.empty() : registry;
        units = copy(units, "units");
        organisations = copy(organisations, "organisations");
        renames = renames == null ? List.of() : List.copyOf(renames);
        place = Nfc.normalize(place);
        venues = venues == null ? null : List.copyOf(venues);
        bridgePoints = bridgePoints == null ? null : List.copyOf(bridgePoints);
        attendance = attendance == null ? null : List.copyOf(attendance);
    }

    private static Map<String, String> copy(@Nullable Map<String, String> map, String what) {
        if (map == null) {
            return Map.of();
        }
        Map<String, String> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(Ids.require(k, what + " key"), Ids.require(v, what + "." + k)));
        return java.util.Collections.unmodifiableMap(sorted);
    }

    /**
     * The new id of an old unit.
     *
     * @param id last year's unit id
     * @return the new id of an old unit
     */
    public String unit(String id) {
        return units.getOrDefault(id, id);
    }

    /**
     * The new id of an old organisation.
     *
     * @param id last year's organisation id
     * @return the new id of an old organisation
     */
    public String organisation(String id) {
        return organisations.getOrDefault(id, id);
    }

    /**
     * {@code text} with every rename applied, in order.
     *
     * @param text a text of last year's plan
     * @return {@code text} with every rename applied, in order
     */
    public String rename(String text) {
        String out = text;
        for (Rename r : renames) {
            out = out.replace(r.from(), r.to());
        }
        return out;
    }

    /**
     * The names this mapping changes, derived from ids: for every unit and organisation of {@code previous} whose id
     * maps (or stays) to one the new registry knows under another name, its old full name (and an organisation's old
     * short name) to the new one. So a name printed in the old plan is regenerated from the new registry, without a
     * hand-written rename.
     *
     * @param previous the old plan's registry
     * @return old name to new name, longest first; never null
     */
    public Map<String, String> namesById(Registry previous) {
        java.util.Map<String, String> out = new java.util.TreeMap<>(
                java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()));
        for (var u : previous.units()) {
            registry.unit(unit(u.id())).ifPresent(n -> put(out, u.name(), n.name()));
        }
        for (var o : previous.organisations()) {
            registry.organisation(organisation(o.id())).ifPresent(n -> {
                put(out, o.name(), n.name());
                if (o.shortName() != null && n.shortName() != null && o.shortName().length() >= 6) {
                    put(out, o.shortName(), n.shortName());
                }
            });
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static void put(Map<String, String> out, String from, String to) {
        if (!from.equals(to) && !from.isBlank()) {
            out.putIfAbsent(from, to);
        }
    }

    /**
     * Replaces, in one pass, every old name of {@code names} in {@code text} by its new name (a name once replaced is
     * not replaced again).
     *
     * @param text the text
     * @param names old name to new name, longest first (see {@link #namesById})
     * @return the text with the new names
     */
    public static String renameById(String text, Map<String, String> names) {
        if (names.isEmpty() || text == null) {
            return text;
        }
        String pattern = names.keySet().stream().map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(names.get(m.group())));
        }
        m.appendTail(b);
        return b.toString();
    }
}
