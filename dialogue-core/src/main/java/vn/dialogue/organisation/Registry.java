package vn.dialogue.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The levels, administrative units and organisations a plan refers to.
 *
 * <p>Ids are unique within each list (a duplicate is an {@link IllegalArgumentException}); references
 * between entries (a unit's level and parent, an organisation's unit and parent) are not enforced here,
 * because a draft may be incomplete: the plan checks report dangling ones. Parent chains stop at the
 * first repeated id, so a cycle in the data never loops. Immutable and thread-safe.
 *
 * @param levels        levels of government, highest first
 * @param units         administrative units
 * @param organisations organisations
 */
public record Registry(List<AdministrativeLevel> levels, List<AdministrativeUnit> units,
                       List<Organisation> organisations) {

    /**
     * Checks the components and normalises them (collections copied, unmodifiable).
     *
     * @param levels levels of government, highest first
     * @param units administrative units
     * @param organisations organisations
     */
    public Registry {
        levels = levels == null ? List.of() : List.copyOf(levels);
        units = units == null ? List.of() : List.copyOf(units);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        index(levels, AdministrativeLevel::id, "level");
        index(units, AdministrativeUnit::id, "administrative unit");
        index(organisations, Organisation::id, "organisation");
    }

    /**
     * An empty registry.
     *
     * @return an empty registry
     */
    public static Registry empty() {
        return new Registry(List.of(), List.of(), List.of());
    }

    /**
     * The level with this id.
     *
     * @param id the level's id
     * @return the level, if the registry has it
     */
    public Optional<AdministrativeLevel> level(String id) {
        return levels.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /**
     * The administrative unit with this id.
     *
     * @param id the unit's id
     * @return the unit, if the registry has it
     */
    public Optional<AdministrativeUnit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /**
     * The organisation with this id.
     *
     * @param id the organisation's id
     * @return the organisation, if the registry has it
     */
    public Optional<Organisation> organisation(String id) {
        return organisations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * True if {@code id} names an organisation of this registry.
     *
     * @param id an organisation id, or null
     * @return true if {@code id} names an organisation of this registry
     */
    public boolean hasOrganisation(@Nullable String id) {
        return id != null && organisation(id).isPresent();
    }

    /**
     * True if {@code id} names an administrative unit of this registry.
     *
     * @param id a unit id, or null
     * @return true if {@code id} names an administrative unit of this registry
     */
    public boolean hasUnit(@Nullable String id) {
        return id != null && unit(id).isPresent();
    }

    /**
     * The unit with {@code id} followed by its parent, its parent's parent and so on, as far as the
     * registry knows them; empty if the unit is unknown.
     *
     * @param id the unit's id
     * @return the unit with {@code id} followed by its parent, its parent's parent and so on, as far as the registry
     *         knows them; empty if the unit is unknown
     */
    public List<AdministrativeUnit> unitChain(String id) {
        List<AdministrativeUnit> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Optional<AdministrativeUnit> next = unit(id);
        while (next.isPresent() && seen.add(next.get().id())) {
            chain.add(next.get());
            String parent = next.get().parent();
            next = parent == null ? Optional.empty() : unit(parent);
        }
        return List.copyOf(chain);
    }

    /**
     * The organisation with {@code id} followed by its parents, as far as the registry knows them.
     *
     * @param id the organisation's id
     * @return the organisation with {@code id} followed by its parents, as far as the registry knows them
     */
    public List<Organisation> organisationChain(String id) {
        List<Organisation> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Optional<Organisation> next = organisation(id);
        while (next.isPresent() && seen.add(next.get().id())) {
            chain.add(next.get());
            String parent = next.get().parent();
            next = parent == null ? Optional.empty() : organisation(parent);
        }
        return List.copyOf(chain);
    }

    /**
     * Units whose parent is {@code id}, in registry order.
     *
     * @param id the parent unit's id
     * @return units whose parent is {@code id}, in registry order
     */
    public List<AdministrativeUnit> childUnits(String id) {
        return units.stream().filter(u -> id.equals(u.parent())).toList();
    }

    /**
     * Units at the level {@code levelId}, in registry order.
     *
     * @param levelId the level's id
     * @return units at the level {@code levelId}, in registry order
     */
    public List<AdministrativeUnit> unitsAtLevel(String levelId) {
        return units.stream().filter(u -> u.level().equals(levelId)).toList();
    }

    /**
     * The display name of an organisation, or the id itself when it is unknown.
     *
     * @param id the organisation's id
     * @return the display name of an organisation, or the id itself when it is unknown
     */
    public String organisationName(String id) {
        return organisation(id).map(Organisation::name).orElse(id);
    }

    /**
     * The display name of a unit, or the id itself when it is unknown.
     *
     * @param id the unit's id
     * @return the display name of a unit, or the id itself when it is unknown
     */
    public String unitName(String id) {
        return unit(id).map(AdministrativeUnit::name).orElse(id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id, String what) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T item : items) {
            if (byId.putIfAbsent(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + what + " id '" + id.apply(item) + "'");
            }
        }
        return byId;
    }
}
