package vn.dialogue.question;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.dialogue.internal.Keys;


/**
 * Who prepares a question's answer and by when. Immutable and thread-safe.
 *
 * @param lead          organisation id of the lead agency (chủ trì), which drafts the answer
 * @param coAgencies    organisation ids of the co-responsible agencies (phối hợp), which contribute
 * @param answerDue     the last day to prepare the answer, resolved from the plan's rule
 * @param contributions the co-agencies' contributions so far, in order
 */
public record Routing(String lead, List<String> coAgencies, LocalDate answerDue, List<Contribution> contributions) {

    /**
     * Checks the agencies and copies the lists.
     *
     * @param lead          organisation id of the lead agency (chủ trì), which drafts the answer
     * @param coAgencies    organisation ids of the co-responsible agencies (phối hợp), which contribute
     * @param answerDue     the last day to prepare the answer, resolved from the plan's rule
     * @param contributions the co-agencies' contributions so far, in order
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if an agency id is not a valid key, the lead is also a co-agency, or a
     *                                  co-agency repeats
     */
    public Routing {
        lead = Keys.require(lead, "lead agency");
        coAgencies = List.copyOf(Objects.requireNonNull(coAgencies, "coAgencies"));
        for (String agency : coAgencies) {
            Keys.require(agency, "co-agency");
            if (agency.equals(lead)) {
                throw new IllegalArgumentException("agency " + lead + " cannot be both lead and co-agency");
            }
        }
        if (coAgencies.stream().distinct().count() != coAgencies.size()) {
            throw new IllegalArgumentException("co-agencies repeat: " + coAgencies);
        }
        Objects.requireNonNull(answerDue, "answerDue");
        contributions = List.copyOf(Objects.requireNonNull(contributions, "contributions"));
    }

    /**
     * A routing with no contributions yet.
     *
     * @param lead       organisation id of the lead agency
     * @param coAgencies organisation ids of the co-agencies, neither the lead nor repeated
     * @param answerDue  the last day to prepare the answer
     * @return the routing; never null
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public static Routing of(String lead, List<String> coAgencies, LocalDate answerDue) {
        return new Routing(lead, coAgencies, answerDue, List.of());
    }

    Routing with(Contribution contribution) {
        List<Contribution> all = new ArrayList<>(contributions);
        all.add(contribution);
        return new Routing(lead, coAgencies, answerDue, all);
    }
}
