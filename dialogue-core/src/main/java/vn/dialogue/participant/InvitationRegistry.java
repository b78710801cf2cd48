package vn.dialogue.participant;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dialogue.actor.Actor;
import vn.dialogue.journal.DamagedTail;
import vn.dialogue.journal.Durability;
import vn.dialogue.journal.FileEventStore;
import vn.dialogue.journal.LegacyStreams;
import vn.dialogue.lifecycle.Claim;
import vn.dialogue.lifecycle.Decider;
import vn.dialogue.lifecycle.Desk;
import vn.dialogue.lifecycle.Held;
import vn.dialogue.participant.InvitationCommand.CheckIn;
import vn.dialogue.participant.InvitationCommand.Confirm;
import vn.dialogue.participant.InvitationCommand.Decline;
import vn.dialogue.participant.InvitationCommand.Lapse;
import vn.dialogue.participant.InvitationCommand.MarkAbsent;
import vn.dialogue.participant.InvitationCommand.Send;
import vn.dialogue.participant.InvitationCommand.Substitute;
import vn.dialogue.participant.InvitationEvent.InvitationDrafted;
import vn.dialogue.question.Action;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.store.EventStore;
import vn.dialogue.store.StaleVersionException;
import vn.dialogue.store.StoredEvent;

/**
 * The invitations of one dialogue, every move they make, and their journal.
 *
 * <p>Each move is decided on the invitation's current state, appended to the journal, and only then made
 * visible; so the journal is never behind what anyone has seen, and replaying it ({@link #open}, {@link #replay})
 * rebuilds exactly the same invitations, events and versions. An invitation's version is the number of its events
 * ({@link Invitation#version()}). A command names the version it was decided on; if the invitation moved on, it
 * is refused with {@link StaleVersionException}, never merged. A move the state does not allow
 * ({@link InvitationTransitionException}) or bad input ({@link IllegalArgumentException}) changes nothing and
 * journals nothing.
 *
 * <p>It runs on the lifecycle kernel ({@link Desk}) over any {@link EventStore}: one stream per invitation, named
 * by its id. Every move is checked against the dialogue's {@link RolePolicy}: who may draft and send invitations
 * ({@link Action#DRAFT_INVITATION}, {@link Action#SEND_INVITATION}), record replies, substitutes and lapses
 * ({@link Action#RECORD_REPLY}) and check delegates in or mark them absent ({@link Action#CHECK_IN}).
 *
 * <p>Safe for many threads, and many processes on one database, drafting and moving invitations at once. Times
 * are the commands' own instants, never the clock's. Log output names invitations and actors by id only.
 *
 * <pre>{@code
 * try (InvitationRegistry invitations = InvitationRegistry.builder(RolePolicy.defaults())
 *         .journal(Path.of("invitations.jsonl"), Durability.BUFFERED).open()) {
 *     Invitation i = invitations.draft(details, secretary, at);
 *     i = invitations.execute(new InvitationCommand.Send(i.id(), i.version(), "125/GM-UBND", secretary, at));
 *     i = invitations.execute(new InvitationCommand.Confirm(i.id(), i.version(), null, secretary, later));
 * }
 * }</pre>
 */
public final class InvitationRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationRegistry.class);

    private final Desk<Object, InvitationEvent, Invitation> desk;

    private InvitationRegistry(RolePolicy roles, EventStore store) {
        this.desk = new Desk<>(store, new Rules(roles), InvitationJson.INVITATION_EVENTS, (e, s) -> { }, 16);
    }

    /** What the registry asks of its desk: a draft, or an {@link InvitationCommand}. */
    private record Draft(InvitationDetails details, Actor actor, Instant at) {
    }

    /** The invitations' rules: the invitation's own moves, each checked against the role policy. */
    private static final class Rules implements Decider<Object, InvitationEvent, Invitation> {
        private final RolePolicy roles;

        Rules(RolePolicy roles) {
            this.roles = Objects.requireNonNull(roles, "roles");
        }

        @Override
        public List<Claim> claims(Object order, Function<String, @Nullable Held<Invitation>> current) {
            if (order instanceof Draft d) {
                return List.of(Claim.created(d.details().id()));
            }
            InvitationCommand command = (InvitationCommand) order;
            if (current.apply(command.invitation()) == null) {
                throw new NoSuchElementException("no invitation " + command.invitation() + " in this dialogue");
            }
            return List.of(Claim.at(command.invitation(), command.expectedVersion()));
        }

        @Override
        public List<InvitationEvent> decide(Object order, Map<String, @Nullable Invitation> states) {
            if (order instanceof Draft d) {
                roles.require(Action.DRAFT_INVITATION, d.actor());
                if (states.get(d.details().id()) != null) {
                    throw new IllegalArgumentException("invitation " + d.details().id()
                            + " exists already: give the new invitation another id");
                }
                return List.of(Invitation.draft(d.details(), d.actor(), d.at()).events().get(0));
            }
            InvitationCommand command = (InvitationCommand) order;
            roles.require(action(command), command.actor());
            Invitation next = InvitationRegistry.decide(Objects.requireNonNull(states.get(command.invitation())),
                    command);
            return List.of(next.events().get(next.events().size() - 1));
        }

        private static Action action(InvitationCommand command) {
            if (command instanceof Send) {
                return Action.SEND_INVITATION;
            }
            if (command instanceof CheckIn || command instanceof MarkAbsent) {
                return Action.CHECK_IN;
            }
            return Action.RECORD_REPLY;
        }

        @Override
        public List<String> streams(InvitationEvent event, Function<String, @Nullable Held<Invitation>> current) {
            return List.of(event.invitation());
        }

        @Override
        public List<Invitation> evolve(InvitationEvent event, List<@Nullable Invitation> states) {
            Invitation state = states.get(0);
            if (event instanceof InvitationDrafted drafted) {
                if (state != null) {
                    throw new IllegalStateException("invitation " + drafted.invitation() + " was drafted before");
                }
                return List.of(Invitation.draft(drafted.details(), drafted.actor(), drafted.at()));
            }
            if (state == null) {
                throw new NoSuchElementException("no invitation " + event.invitation() + " in this dialogue");
            }
            return List.of(state.record(event));
        }

        @Override
        public Instant recorded(InvitationEvent event) {
            return event.at();
        }
    }

    /** Starts a registry governed by {@code roles}. */
    public static Builder builder(RolePolicy roles) {
        return new Builder(roles);
    }

    /** A registry with no record and the default roles, for tests and previews: nothing survives the process. */
    public static InvitationRegistry inMemory() {
        return builder(RolePolicy.defaults()).open();
    }

    /**
     * Opens a registry with the default roles on a journal file (created if missing; its folder must exist),
     * replaying the events already there. A crash-cut tail is kept aside and reported by {@link #damagedTail()}.
     *
     * @throws vn.dialogue.journal.JournalCorruptedException if a line is altered, repeated, missing or not an event
     * @throws vn.dialogue.store.DamagedStoreException       if an event cannot happen where it stands
     * @throws IllegalStateException                         if the journal is open elsewhere
     */
    public static InvitationRegistry open(Path file, Durability mode) {
        return builder(RolePolicy.defaults()).journal(file, mode).open();
    }

    /**
     * Reads an invitation journal without changing it and folds it into the invitations it records, in id order.
     *
     * @throws vn.dialogue.journal.JournalCorruptedException if a line is altered, repeated, missing or not an event
     */
    public static Map<String, Invitation> replay(Path journalFile) {
        try (InvitationRegistry registry = new InvitationRegistry(RolePolicy.defaults(),
                FileEventStore.read(journalFile, legacy()))) {
            return registry.snapshot();
        }
    }

    /** The invitation events a journal file holds, in order, read without changing it. */
    public static List<InvitationEvent> events(Path journalFile) {
        try (FileEventStore store = FileEventStore.read(journalFile, legacy())) {
            List<InvitationEvent> events = new java.util.ArrayList<>();
            store.readAfter(0, Integer.MAX_VALUE, e -> events.add(InvitationJson.INVITATION_EVENTS.read(e.type(),
                    e.data())));
            return events;
        }
    }

    /** How the invitation journals of dialogue 0.1 give each event its stream. */
    public static Supplier<LegacyStreams> legacy() {
        return () -> (type, data) -> new LegacyStreams.Upgrade(
                List.of(InvitationJson.INVITATION_EVENTS.read(type, data).invitation()), null);
    }

    /** Configures a registry. Not thread-safe. */
    public static final class Builder {
        private final RolePolicy roles;
        private @Nullable Path journal;
        private @Nullable EventStore store;
        private Durability durability = Durability.BUFFERED;

        private Builder(RolePolicy roles) {
            this.roles = Objects.requireNonNull(roles, "roles");
        }

        /** Keeps every event in a journal file with {@code mode}; a journal of dialogue 0.1 is read and upgraded. */
        public Builder journal(Path file, Durability mode) {
            journal = Objects.requireNonNull(file, "file");
            durability = Objects.requireNonNull(mode, "mode");
            store = null;
            return this;
        }

        /** Keeps every event in {@code value}, which the registry owns from now on. */
        public Builder store(EventStore value) {
            store = Objects.requireNonNull(value, "store");
            journal = null;
            return this;
        }

        /**
         * Opens the registry and replays its store (in memory if none was given).
         *
         * @throws vn.dialogue.store.DamagedStoreException if an event is damaged or cannot happen where it stands
         * @throws IllegalStateException                   if the journal is open elsewhere
         */
        public InvitationRegistry open() {
            EventStore opened = FileEventStore.chosen(store, journal, durability, legacy(), "invitations");
            try {
                return new InvitationRegistry(roles, opened);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }
    }

    /** The end of the journal a crash cut off when it was opened, if any; every complete event was loaded. */
    public Optional<DamagedTail> damagedTail() {
        return desk.store() instanceof FileEventStore file ? file.damagedTail() : Optional.empty();
    }

    /** The store the registry keeps its events in. */
    public EventStore store() {
        return desk.store();
    }

    /** Reads what other processes added to the store since this registry last looked. */
    public long catchUp() {
        return desk.catchUp();
    }

    /**
     * Drafts a new invitation (version 1) and journals it.
     *
     * @throws IllegalArgumentException if an invitation with the same id exists already: ids are never reused
     */
    public Invitation draft(InvitationDetails details, Actor actor, Instant at) {
        Objects.requireNonNull(details, "details");
        Invitation.draft(details, actor, at);
        Invitation drafted;
        try {
            drafted = desk.execute(new Draft(details, actor, at)).first().state();
        } catch (StaleVersionException e) {
            throw new IllegalArgumentException("invitation " + details.id()
                    + " exists already: give the new invitation another id", e);
        }
        LOG.debug("invitation {} drafted by {}", drafted.id(), actor.id());
        return drafted;
    }

    /**
     * Carries out a command: checks the version and the state, journals the event, and returns the invitation as
     * it now is (one version more).
     *
     * @throws NoSuchElementException        if there is no such invitation
     * @throws StaleVersionException         if the invitation is no longer at the command's version
     * @throws InvitationTransitionException if the invitation's state does not allow the move
     * @throws IllegalArgumentException      if the command's values do not fit the invitation (a confirmation
     *                                       naming someone other than the invitee, an event earlier than the
     *                                       last, a deadline that is not the reply deadline)
     */
    public Invitation execute(InvitationCommand command) {
        Objects.requireNonNull(command, "command");
        Invitation next;
        try {
            next = desk.execute(command).first().state();
        } catch (StaleVersionException e) {
            throw new StaleVersionException("invitation " + command.invitation(), e.expected(), e.actual());
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("invitation {} -> {} by {}", next.id(), next.status(), command.actor().id());
        }
        return next;
    }

    private static Invitation decide(Invitation i, InvitationCommand command) {
        Actor actor = command.actor();
        Instant at = command.at();
        if (command instanceof Send c) {
            return i.send(actor, at, c.reference());
        }
        if (command instanceof Confirm c) {
            return c.attendee() == null ? i.confirm(actor, at) : i.confirm(actor, at, c.attendee());
        }
        if (command instanceof Decline c) {
            return i.decline(actor, at, c.reason());
        }
        if (command instanceof Substitute c) {
            return i.substitute(actor, at, c.attendee(), c.reason(), c.attendeeName());
        }
        if (command instanceof Lapse c) {
            return i.lapse(c.deadline(), actor, at);
        }
        if (command instanceof CheckIn c) {
            return c.attendee() == null ? i.checkIn(actor, at, c.venue()) : i.checkIn(actor, at, c.venue(),
                    c.attendee());
        }
        if (command instanceof MarkAbsent) {
            return i.markAbsent(actor, at);
        }
        throw new IllegalArgumentException("unknown invitation command " + command.getClass().getSimpleName());
    }

    /** The invitation as it now is. */
    public Optional<Invitation> get(String id) {
        return desk.get(Objects.requireNonNull(id, "id")).map(Held::state);
    }

    /** How many invitations there are. */
    public int size() {
        return desk.size();
    }

    /**
     * Every invitation as it now is, in id order: a consistent view of each one, though invitations moved
     * concurrently may be seen before or after their move.
     */
    public Map<String, Invitation> snapshot() {
        TreeMap<String, Invitation> all = new TreeMap<>();
        desk.snapshot().forEach((id, held) -> all.put(id, held.state()));
        return Collections.unmodifiableMap(all);
    }

    /** Hands stored events to the operating system or database. */
    public void flush() {
        desk.flush();
    }

    /** Forces stored events to durable storage. */
    public void sync() {
        desk.sync();
    }

    /** Writes and forces the store, and releases it. */
    @Override
    public void close() {
        desk.close();
    }
}
