package vn.dialogue.participant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The delegates of a plan, in list order (the order officials keep, which seating uses to break ties within an
 * organisation). Ids are unique. Immutable and thread-safe; {@code with*} methods return new lists.
 *
 * @param delegates the delegates, in order
 */
public record DelegateList(List<Delegate> delegates) {

    /** Delegates by Vietnamese name order ({@link VietnameseCollation#NAME_ORDER}), then id. */
    public static final Comparator<Delegate> BY_NAME = Comparator.comparing(Delegate::name,
            VietnameseCollation.NAME_ORDER).thenComparing(Delegate::id);

    /**
     * Copies the list and checks that ids are unique.
     *
     * @param delegates the delegates, in order
     * @throws NullPointerException     if {@code delegates} is null or holds null
     * @throws IllegalArgumentException if two delegates share an id, naming it
     */
    public DelegateList {
        delegates = List.copyOf(Objects.requireNonNull(delegates, "delegates"));
        Set<String> ids = new HashSet<>();
        for (Delegate d : delegates) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("delegate id '" + d.id() + "' appears twice in the list");
            }
        }
    }

    /**
     * A list of these delegates.
     *
     * @param delegates the delegates, in order; copied
     * @return the list; never null
     * @throws IllegalArgumentException if two delegates share an id
     */
    public static DelegateList of(List<Delegate> delegates) {
        return new DelegateList(delegates);
    }

    /**
     * A list of these delegates.
     *
     * @param delegates the delegates, in order
     * @return the list; never null
     * @throws NullPointerException     if a delegate is null
     * @throws IllegalArgumentException if two delegates share an id
     */
    public static DelegateList of(Delegate... delegates) {
        return new DelegateList(List.of(delegates));
    }

    /**
     * A list with no delegate.
     *
     * @return an empty list; never null
     */
    public static DelegateList empty() {
        return new DelegateList(List.of());
    }

    /**
     * How many delegates the list holds.
     *
     * @return the number of delegates
     */
    public int size() {
        return delegates.size();
    }

    /**
     * Whether the list holds no delegate.
     *
     * @return true for an empty list
     */
    public boolean isEmpty() {
        return delegates.isEmpty();
    }

    /**
     * The delegate with this id.
     *
     * @param id a delegate id
     * @return the delegate, or empty if none has it
     */
    public Optional<Delegate> find(String id) {
        return delegates.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * The delegates at a venue, in list order.
     *
     * @param venueId the venue's id
     * @return the delegates; unmodifiable, never null
     */
    public List<Delegate> at(String venueId) {
        return filter(d -> d.venue().equals(venueId));
    }

    /**
     * The delegates of a group at a venue, in list order.
     *
     * @param venueId the venue's id
     * @param groupId the delegate group's id
     * @return the delegates; unmodifiable, never null
     */
    public List<Delegate> at(String venueId, String groupId) {
        return filter(d -> d.venue().equals(venueId) && d.group().equals(groupId));
    }

    /**
     * The delegates of a group at every venue, in list order.
     *
     * @param groupId the delegate group's id
     * @return the delegates; unmodifiable, never null
     */
    public List<Delegate> inGroup(String groupId) {
        return filter(d -> d.group().equals(groupId));
    }

    /**
     * The delegates that match, in list order.
     *
     * @param test which delegates to keep
     * @return the delegates; unmodifiable, never null
     */
    public List<Delegate> filter(Predicate<Delegate> test) {
        return delegates.stream().filter(test).toList();
    }

    /**
     * The delegates in Vietnamese name order: given name, middle name, family name, then id ({@link #BY_NAME}).
     *
     * @return the delegates; unmodifiable, never null
     */
    public List<Delegate> sortedByName() {
        return delegates.stream().sorted(BY_NAME).toList();
    }

    /**
     * This list with {@code delegate} appended, or replacing the delegate with its id in place.
     *
     * @param delegate the delegate to add or replace
     * @return a new list; never null
     * @throws NullPointerException if {@code delegate} is null
     */
    public DelegateList with(Delegate delegate) {
        Objects.requireNonNull(delegate, "delegate");
        List<Delegate> all = new ArrayList<>(delegates);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(delegate.id())) {
                all.set(i, delegate);
                return new DelegateList(all);
            }
        }
        all.add(delegate);
        return new DelegateList(all);
    }

    /**
     * This list without the delegate with this id.
     *
     * @param id a delegate id
     * @return a new list, with the same delegates when none has the id; never null
     */
    public DelegateList without(String id) {
        return new DelegateList(filter(d -> !d.id().equals(id)));
    }
}
