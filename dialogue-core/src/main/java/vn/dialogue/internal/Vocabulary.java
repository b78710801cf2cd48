package vn.dialogue.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.AdministrativeUnit;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.Topic;

/**
 * The ids a plan knows, to check what officials enter (topics, agencies, sessions, units); without a plan,
 * nothing is checked. Intake is never checked against it: a submission is recorded as it came.
 */
public final class Vocabulary {

    public static final Vocabulary OPEN = new Vocabulary(null, null, null, null, null);

    private final @Nullable String plan;
    private final @Nullable Set<String> topics;
    private final @Nullable Set<String> organisations;
    private final @Nullable Set<String> sessions;
    private final @Nullable Set<String> units;

    private Vocabulary(@Nullable String plan, @Nullable Set<String> topics, @Nullable Set<String> organisations,
                       @Nullable Set<String> sessions, @Nullable Set<String> units) {
        this.plan = plan;
        this.topics = topics;
        this.organisations = organisations;
        this.sessions = sessions;
        this.units = units;
    }

    public static Vocabulary of(Plan plan) {
        return new Vocabulary(plan.id(),
                plan.topics().stream().map(Topic::id).collect(Collectors.toUnmodifiableSet()),
                plan.registry().organisations().stream().map(Organisation::id).collect(Collectors.toUnmodifiableSet()),
                plan.sessions().stream().map(Session::id).collect(Collectors.toUnmodifiableSet()),
                plan.registry().units().stream().map(AdministrativeUnit::id).collect(Collectors.toUnmodifiableSet()));
    }

    public void topics(List<String> ids) {
        for (String id : ids) {
            check(topics, id, "topic");
        }
    }

    public void agency(String id) {
        check(organisations, id, "organisation");
    }

    public void agencies(List<String> ids) {
        for (String id : ids) {
            agency(id);
        }
    }

    public void session(String id) {
        check(sessions, id, "session");
    }

    public void unit(String id) {
        check(units, id, "administrative unit");
    }

    private void check(@Nullable Set<String> known, String id, String what) {
        if (known != null && !known.contains(id)) {
            throw new IllegalArgumentException(what + " '" + id + "' is not in plan " + plan + "; known: "
                    + (known.size() > 30 ? known.size() + " ids" : known.stream().sorted().toList()));
        }
    }
}
