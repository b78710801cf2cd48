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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dialogue.actor.Actor;
import vn.dialogue.journal.DamagedTail;
import vn.dialogue.journal.Durability;
import vn.dialogue.journal.Journal;
import vn.dialogue.journal.JournalCodec;
import vn.dialogue.journal.JournalContents;
import vn.dialogue.journal.JournalCorruptedException;
import vn.dialogue.store.StaleVersionException;
import vn.dialogue.participant.InvitationCommand.CheckIn;
import vn.dialogue.participant.InvitationCommand.Confirm;
import vn.dialogue.participant.InvitationCommand.Decline;
import vn.dialogue.participant.InvitationCommand.Lapse;
import vn.dialogue.participant.InvitationCommand.MarkAbsent;
import vn.dialogue.participant.InvitationCommand.Send;
import vn.dialogue.participant.InvitationCommand.Substitute;
import vn.dialogue.participant.InvitationEvent.InvitationDrafted;

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
 * <p>Safe for many threads drafting and moving invitations at once: each invitation has its own lock, held while
 * its event is journaled, so one invitation's events reach the journal in version order; the journal serialises
 * events in parallel and appends whole lines. Times are the commands' own instants, never the clock's. Log output
 * names invitations and actors by id only.
 *
 * <pre>{@code
 * try (InvitationRegistry invitations = InvitationRegistry.open(Path.of("invitations.jsonl"), Durability.BUFFERED)) {
 *     Invitation i = invitations.draft(details, secretary, at);
 *     i = invitations.execute(new InvitationCommand.Send(i.id(), i.version(), "125/GM-UBND", secretary, at));
 *     i = invitations.execute(new InvitationCommand.Confirm(i.id(), i.version(), null, secretary, later));
 * }
 * }</pre>
 */
public final class InvitationRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationRegistry.class);

    private final @Nullable Journal<InvitationEvent> journal;
    private final @Nullable DamagedTail damagedTail;
    private final ConcurrentHashMap<String, Slot> invitations = new ConcurrentHashMap<>();

    /** An invitation's current state, guarded by its lock. */
    private static final class Slot extends ReentrantLock {
        private static final long serialVersionUID = 1L;
        private transient volatile Invitation current;

        Slot(Invitation current) {
            this.current = current;
        }
    }

    private InvitationRegistry(@Nullable Journal<InvitationEvent> journal) {
        this.journal = journal;
        this.damagedTail = journal == null ? null : journal.loaded().damagedTail().orElse(null);
        if (journal != null) {
            replay(journal.loaded());
        }
    }

    /** A registry with no journal, for tests and previews: nothing survives the process. */
    public static InvitationRegistry inMemory() {
        return new InvitationRegistry(null);
    }

    /**
     * Opens a registry journaled to {@code file} (created if missing; its folder must exist), replaying the events
     * already there. A crash-cut tail is kept aside and reported by {@link #damagedTail()}.
     *
     * @throws JournalCorruptedException if a line of the journal is not an event, or an event cannot happen where
     *                                   it stands; the line is named
     * @throws IllegalStateException     if the journal is open elsewhere
     */
    public static InvitationRegistry open(Path file, Durability mode) {
        Journal<InvitationEvent> opened = Journal.open(Objects.requireNonNull(file, "file"),
                InvitationJson.INVITATION_EVENTS, Objects.requireNonNull(mode, "mode"));
        try {
            return new InvitationRegistry(opened);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** The codec of the invitation journal, to read one with {@link Journal#read}. */
    public static JournalCodec<InvitationEvent> journalCodec() {
        return InvitationJson.INVITATION_EVENTS;
    }

    /**
     * Reads an invitation journal without opening it for appending and folds it into the invitations it records,
     * in id order.
     *
     * @throws JournalCorruptedException if a line is not an event, or an event cannot happen where it stands
     */
    public static Map<String, Invitation> replay(Path journalFile) {
        InvitationRegistry registry = new InvitationRegistry(null);
        registry.replay(Journal.read(journalFile, InvitationJson.INVITATION_EVENTS));
        return registry.snapshot();
    }

    /** The end of the journal a crash cut off when it was opened, if any; every complete event was loaded. */
    public Optional<DamagedTail> damagedTail() {
        return Optional.ofNullable(damagedTail);
    }

    /**
     * Drafts a new invitation (version 1) and journals it.
     *
     * @throws IllegalArgumentException if an invitation with the same id exists already: ids are never reused
     */
    public Invitation draft(InvitationDetails details, Actor actor, Instant at) {
        Invitation drafted = Invitation.draft(details, actor, at);
        boolean[] created = new boolean[1];
        invitations.computeIfAbsent(drafted.id(), id -> {
            append(drafted.events().get(0));
            created[0] = true;
            return new Slot(drafted);
        });
        if (!created[0]) {
            throw new IllegalArgumentException("invitation " + drafted.id()
                    + " exists already: give the new invitation another id");
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
        Slot slot = slot(command.invitation());
        slot.lock();
        try {
            Invitation current = slot.current;
            if (current.version() != command.expectedVersion()) {
                throw new StaleVersionException("invitation " + command.invitation(), command.expectedVersion(),
                        current.version());
            }
            Invitation next = decide(current, command);
            append(next.events().get(next.events().size() - 1));
            slot.current = next;
            if (LOG.isDebugEnabled()) {
                LOG.debug("invitation {} {} -> {} by {}", current.id(), current.status(), next.status(),
                        command.actor().id());
            }
            return next;
        } finally {
            slot.unlock();
        }
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
            return i.substitute(actor, at, c.attendee(), c.reason());
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

    private void append(InvitationEvent event) {
        if (journal != null) {
            journal.append(event);
        }
    }

    private Slot slot(String id) {
        Slot slot = invitations.get(Objects.requireNonNull(id, "invitation"));
        if (slot == null) {
            throw new NoSuchElementException("no invitation " + id + " in this dialogue");
        }
        return slot;
    }

    private void replay(JournalContents<InvitationEvent> contents) {
        List<InvitationEvent> events = contents.events();
        for (int n = 0; n < events.size(); n++) {
            InvitationEvent event = events.get(n);
            try {
                replay(event);
            } catch (RuntimeException e) {
                throw new JournalCorruptedException(contents.file(), contents.lineOf(n),
                        "event " + event.getClass().getSimpleName() + " cannot happen here: " + e.getMessage(), e);
            }
        }
        LOG.info("invitation journal {}: {} events replayed, {} invitations", contents.file(), events.size(),
                invitations.size());
    }

    private void replay(InvitationEvent event) {
        if (event instanceof InvitationDrafted drafted) {
            Invitation invitation = Invitation.draft(drafted.details(), drafted.actor(), drafted.at());
            if (invitations.putIfAbsent(invitation.id(), new Slot(invitation)) != null) {
                throw new IllegalStateException("invitation " + invitation.id() + " was drafted before");
            }
            return;
        }
        Slot slot = slot(event.invitation());
        slot.current = slot.current.record(event);
    }

    /** The invitation as it now is. */
    public Optional<Invitation> get(String id) {
        Slot slot = invitations.get(Objects.requireNonNull(id, "id"));
        return slot == null ? Optional.empty() : Optional.of(slot.current);
    }

    /** How many invitations there are. */
    public int size() {
        return invitations.size();
    }

    /**
     * Every invitation as it now is, in id order: a consistent view of each one, though invitations moved
     * concurrently may be seen before or after their move.
     */
    public Map<String, Invitation> snapshot() {
        TreeMap<String, Invitation> all = new TreeMap<>();
        invitations.forEach((id, slot) -> all.put(id, slot.current));
        return Collections.unmodifiableMap(all);
    }

    /** Hands journaled events to the operating system. */
    public void flush() {
        if (journal != null) {
            journal.flush();
        }
    }

    /** Forces journaled events to the storage device. */
    public void sync() {
        if (journal != null) {
            journal.sync();
        }
    }

    /** Writes and forces the journal, and releases it. */
    @Override
    public void close() {
        if (journal != null) {
            journal.close();
        }
    }
}
