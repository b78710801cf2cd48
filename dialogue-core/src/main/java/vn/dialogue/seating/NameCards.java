package vn.dialogue.seating;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.dialogue.organisation.Registry;
import vn.dialogue.participant.Delegate;
import vn.dialogue.plan.DelegateRole;

/**
 * The cards a seating plan needs: a table card for every seated leader (the presidium, answering officials,
 * invited guests) and a name card for every seated delegate, in seat order. Thread-safe: stateless.
 */
public final class NameCards {

    private static final Set<DelegateRole> TABLE = Set.of(DelegateRole.CHAIR, DelegateRole.CO_CHAIR,
            DelegateRole.PRESIDING, DelegateRole.ANSWERING, DelegateRole.INVITED);

    private NameCards() {
    }

    /**
     * Table cards first (presidium by rank, then the hall in seat order), then name cards for everyone seated. The
     * organisation printed is the delegate's as written, else the registry's name for its id.
     *
     * @param plan the plan
     * @param registry the plan's registry of administrative units and organisations
     * @return table cards first (presidium by rank, then the hall in seat order), then name cards for everyone seated
     */
    public static List<NameCard> from(SeatingPlan plan, Registry registry) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(registry, "registry");
        List<NameCard> cards = new ArrayList<>();
        for (SeatAssignment a : plan.assignments()) {
            if (TABLE.contains(a.delegate().role())) {
                cards.add(card(NameCard.Kind.TABLE_CARD, a, registry));
            }
        }
        for (SeatAssignment a : plan.assignments()) {
            cards.add(card(NameCard.Kind.NAME_CARD, a, registry));
        }
        return List.copyOf(cards);
    }

    /**
     * The table cards only.
     *
     * @param plan the plan
     * @param registry the plan's registry of administrative units and organisations
     * @return the table cards only
     */
    public static List<NameCard> tableCards(SeatingPlan plan, Registry registry) {
        return from(plan, registry).stream().filter(c -> c.kind() == NameCard.Kind.TABLE_CARD).toList();
    }

    private static NameCard card(NameCard.Kind kind, SeatAssignment a, Registry registry) {
        Delegate d = a.delegate();
        String organisation = d.organisation() != null ? d.organisation()
                : d.organisationId() == null ? null : registry.organisationName(d.organisationId());
        return new NameCard(kind, d.id(), d.fullName(), d.title(), organisation, a.seat(), d.role());
    }
}
