package vn.dialogue.question;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import vn.dialogue.actor.Actor;
import vn.dialogue.internal.Keys;

/**
 * Which roles may take which {@link Action}s in one dialogue: the plan's division of work, as data. A women's
 * dialogue has the union's moderators moderate and the labour department compile and route; a youth dialogue
 * may give those to the youth union and the home-affairs department, under other role names.
 *
 * <p>Some actions are also bound to an organisation: only the lead agency drafts, only co-agencies contribute,
 * only the responsible agency answers in writing, only the task's agency reports it done. Those checks compare
 * the actor's organisation with the question's and are made by the transitions themselves. Immutable and
 * thread-safe.
 *
 * @param roles for each action, the role names allowed to take it; an action absent from the map is allowed to
 *              no one
 */
public record RolePolicy(Map<Action, Set<String>> roles) {

    /** Role name used by {@link #defaults()} for intake clerks. */
    public static final String INTAKE = "intake";
    /** Role name used by {@link #defaults()} for the union's moderators. */
    public static final String MODERATOR = "moderator";
    /** Role name used by {@link #defaults()} for the compiling department. */
    public static final String COMPILER = "compiler";
    /** Role name used by {@link #defaults()} for agency officers who draft and contribute answers. */
    public static final String AGENCY = "agency";
    /** Role name used by {@link #defaults()} for the session secretariat. */
    public static final String SECRETARIAT = "secretariat";
    /** Role name used by {@link #defaults()} for local authorities that settle questions themselves. */
    public static final String LOCAL_AUTHORITY = "local-authority";
    /** The role of the organising body's staff: drafts and sends invitations, records replies. */
    public static final String ORGANISER = "organiser";
    /** The role of the reception desk at a venue: checks delegates in. */
    public static final String RECEPTION = "reception";

    /**
     * Checks every role name and copies the map.
     *
     * @param roles for each action, the names of the roles that may take it
     * @throws NullPointerException     if the map, an action or a set of names is null
     * @throws IllegalArgumentException if a role name is not a valid key
     */
    public RolePolicy {
        Objects.requireNonNull(roles, "roles");
        EnumMap<Action, Set<String>> copy = new EnumMap<>(Action.class);
        roles.forEach((action, names) -> {
            Objects.requireNonNull(action, "action");
            Set<String> checked = new TreeSet<>();
            for (String name : Objects.requireNonNull(names, "roles of " + action)) {
                checked.add(Keys.require(name, "role for " + action));
            }
            copy.put(action, Set.copyOf(checked));
        });
        roles = Map.copyOf(copy);
    }

    /**
     * The defaults, with the plan's own {@code roles} section laid over them: each action the plan names (in kebab
     * case, e.g. {@code record-live-outcome}) gets exactly the roles the plan lists.
     *
     * @param plan the plan
     * @return the policy; never null
     * @throws IllegalArgumentException naming an action the plan lists that does not exist, and the known ones
     */
    public static RolePolicy forPlan(vn.dialogue.plan.Plan plan) {
        RolePolicy policy = defaults();
        for (Map.Entry<String, java.util.List<String>> e : plan.roles().entrySet()) {
            policy = policy.with(action(e.getKey()), e.getValue().toArray(String[]::new));
        }
        return policy;
    }

    /**
     * The action a plan file names in kebab case, e.g. {@code record-live-outcome}.
     *
     * @param key the action's name in the plan file
     * @return the action; never null
     * @throws IllegalArgumentException if no action has that name, listing the known ones
     */
    public static Action action(String key) {
        for (Action a : Action.values()) {
            if (key(a).equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("roles: unknown action '" + key + "'; known: " + java.util.Arrays
                .stream(Action.values()).map(RolePolicy::key).collect(java.util.stream.Collectors.joining(", ")));
    }

    /**
     * How a plan file names an action: {@code RECORD_LIVE_OUTCOME} is {@code record-live-outcome}.
     *
     * @param action the action
     * @return its name in kebab case; never null
     */
    public static String key(Action action) {
        return action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * A plan rule reporting, as ERROR {@code ROLES_UNKNOWN_ACTION}, every action of the plan's {@code roles} section
     * that does not exist. Add it with {@code PlanChecker.standard().with(RolePolicy.planRule())}.
     *
     * @return the rule, stateless; never null
     */
    public static vn.dialogue.check.PlanRule planRule() {
        return plan -> plan.roles().keySet().stream().filter(k -> java.util.Arrays.stream(Action.values())
                .noneMatch(a -> key(a).equals(k))).map(k -> vn.dialogue.check.Finding.error("ROLES_UNKNOWN_ACTION",
                        "roles." + k, "Thao tác '" + k + "' không tồn tại trong quy trình xử lý ý kiến.",
                        "Action '" + k + "' does not exist in the question lifecycle.")).toList();
    }

    /**
     * The usual division of work: {@value #INTAKE}, {@value #MODERATOR} and {@value #SECRETARIAT} record
     * submissions; {@value #MODERATOR} moderates; {@value #COMPILER} compiles, routes and closes;
     * {@value #AGENCY} drafts, contributes, answers in writing and reports tasks; {@value #SECRETARIAT} records
     * live outcomes and conclusions; {@value #COMPILER} and {@value #SECRETARIAT} record notices to askers;
     * {@value #INTAKE}, {@value #MODERATOR} and {@value #SECRETARIAT} record withdrawals;
     * {@value #LOCAL_AUTHORITY} records local settlements; {@value #COMPILER} (the department that holds the
     * dialogue's records) erases askers' personal data on request; {@value #ORGANISER} and {@value #SECRETARIAT}
     * draft and send invitations and record replies; {@value #RECEPTION}, {@value #ORGANISER} and
     * {@value #SECRETARIAT} check delegates in.
     *
     * @return the default policy; never null
     */
    public static RolePolicy defaults() {
        EnumMap<Action, Set<String>> map = new EnumMap<>(Action.class);
        map.put(Action.RECEIVE, Set.of(INTAKE, MODERATOR, SECRETARIAT));
        map.put(Action.MODERATE, Set.of(MODERATOR));
        map.put(Action.COMPILE, Set.of(COMPILER));
        map.put(Action.ROUTE, Set.of(COMPILER));
        map.put(Action.CONTRIBUTE, Set.of(AGENCY));
        map.put(Action.DRAFT, Set.of(AGENCY));
        map.put(Action.RECORD_LIVE_OUTCOME, Set.of(SECRETARIAT));
        map.put(Action.NOTIFY_ASKER, Set.of(COMPILER, SECRETARIAT));
        map.put(Action.ANSWER_IN_WRITING, Set.of(AGENCY));
        map.put(Action.CLOSE, Set.of(COMPILER));
        map.put(Action.WITHDRAW, Set.of(INTAKE, MODERATOR, SECRETARIAT));
        map.put(Action.HANDLE_LOCALLY, Set.of(LOCAL_AUTHORITY));
        map.put(Action.RECORD_CONCLUSIONS, Set.of(SECRETARIAT));
        map.put(Action.REPORT_TASK, Set.of(AGENCY));
        map.put(Action.ERASE_ASKER, Set.of(COMPILER));
        map.put(Action.DRAFT_INVITATION, Set.of(ORGANISER, SECRETARIAT));
        map.put(Action.SEND_INVITATION, Set.of(ORGANISER, SECRETARIAT));
        map.put(Action.RECORD_REPLY, Set.of(ORGANISER, SECRETARIAT));
        map.put(Action.CHECK_IN, Set.of(RECEPTION, ORGANISER, SECRETARIAT));
        return new RolePolicy(map);
    }

    /**
     * A copy where exactly {@code roleNames} may take {@code action}; the other actions keep their roles.
     *
     * @param action    the action
     * @param roleNames the roles that may take it; none leaves nobody allowed
     * @return the new policy; never null
     * @throws NullPointerException     if {@code action} or a role name is null
     * @throws IllegalArgumentException if a role name is not a valid key
     */
    public RolePolicy with(Action action, String... roleNames) {
        Objects.requireNonNull(action, "action");
        EnumMap<Action, Set<String>> map = new EnumMap<>(Action.class);
        map.putAll(roles);
        map.put(action, new LinkedHashSet<>(List.of(roleNames)));
        return new RolePolicy(map);
    }

    /**
     * The roles that may take {@code action}.
     *
     * @param action the action
     * @return the role names, empty if none; unmodifiable, never null
     * @throws NullPointerException if {@code action} is null
     */
    public Set<String> rolesFor(Action action) {
        return roles.getOrDefault(Objects.requireNonNull(action, "action"), Set.of());
    }

    /**
     * Whether {@code actor}'s role may take {@code action}.
     *
     * @param action the action
     * @param actor  who would take it
     * @return true if the actor's role is among {@link #rolesFor} the action
     */
    public boolean allows(Action action, Actor actor) {
        return rolesFor(action).contains(actor.role());
    }

    /**
     * Checks that {@code actor}'s role may take {@code action}.
     *
     * @param action the action
     * @param actor  who would take it
     * @throws ActionRefusedException if it may not
     */
    public void require(Action action, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (!allows(action, actor)) {
            Set<String> allowed = rolesFor(action);
            throw new ActionRefusedException(actor, action, allowed.isEmpty()
                    ? "no role may, in this dialogue"
                    : "only the role" + (allowed.size() == 1 ? " " : "s ") + String.join(", ", new TreeSet<>(allowed))
                    + " may");
        }
    }

    /**
     * Checks that {@code actor}'s role may take {@code action} and that they act for one of {@code organisations}.
     *
     * @param action        the action
     * @param actor         who would take it
     * @param organisations the organisation ids the actor must act for one of
     * @param relation      how the organisations relate to the record, for the refusal: "the lead agency"
     * @throws ActionRefusedException if they may not
     */
    public void require(Action action, Actor actor, List<String> organisations, String relation) {
        require(action, actor);
        @Nullable String organisation = actor.organisation();
        if (organisation == null || !organisations.contains(organisation)) {
            throw new ActionRefusedException(actor, action, "only " + relation + " (" + String.join(", ", organisations)
                    + ") may, and the actor acts for " + (organisation == null ? "no organisation" : organisation));
        }
    }
}
