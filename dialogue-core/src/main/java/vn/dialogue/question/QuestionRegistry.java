package vn.dialogue.question;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dialogue.journal.DamagedTail;
import vn.dialogue.journal.Durability;
import vn.dialogue.journal.Journal;
import vn.dialogue.journal.JournalCodec;
import vn.dialogue.journal.JournalContents;
import vn.dialogue.journal.JournalCorruptedException;
import vn.dialogue.store.StaleVersionException;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.QuestionCommand.Accept;
import vn.dialogue.question.QuestionCommand.AnswerLive;
import vn.dialogue.question.QuestionCommand.Close;
import vn.dialogue.question.QuestionCommand.Compile;
import vn.dialogue.question.QuestionCommand.Contribute;
import vn.dialogue.question.QuestionCommand.Defer;
import vn.dialogue.question.QuestionCommand.DraftAnswer;
import vn.dialogue.question.QuestionCommand.HandleLocally;
import vn.dialogue.question.QuestionCommand.NotifyAsker;
import vn.dialogue.question.QuestionCommand.OnQuestion;
import vn.dialogue.question.QuestionCommand.Reject;
import vn.dialogue.question.QuestionCommand.ResolveInWriting;
import vn.dialogue.question.QuestionCommand.Route;
import vn.dialogue.question.QuestionCommand.Withdraw;
import vn.dialogue.question.QuestionEvent.AskerErased;
import vn.dialogue.question.QuestionEvent.QuestionReceived;
import vn.dialogue.question.QuestionEvent.QuestionsCompiled;

/**
 * The questions of one dialogue: intake, every transition, and their journal.
 *
 * <p>Each change is decided on the current state, appended to the journal, and only then made visible; so the
 * journal is never behind what anyone has seen, and replaying it ({@link Builder#open()}) rebuilds exactly the
 * same states and versions. A command names the version it was decided on; if the question moved on, it is
 * refused with {@link StaleVersionException}, never merged. A refused actor ({@link ActionRefusedException}), an
 * illegal transition ({@link IllegalTransitionException}) or bad input ({@link IllegalArgumentException})
 * changes nothing.
 *
 * <p>Intake is idempotent: a submission with the channel and message id of one already recorded returns that
 * question. Safe under concurrent intake and transitions from many threads: each question has its own lock,
 * a compilation takes its members' locks in id order, and the journal serialises events in parallel and appends
 * whole lines. Log output names questions and actors by id only, never askers or texts.
 *
 * <p>An asker's personal data can be erased on request ({@link #eraseAsker}): the asker becomes a pseudonym in
 * every state and in the journal file, and the questions, answers and history stay.
 *
 * <pre>{@code
 * try (QuestionRegistry desk = QuestionRegistry.builder(RolePolicy.defaults()).plan(plan)
 *         .journal(Path.of("questions.jsonl"), Durability.BUFFERED).open()) {
 *     Versioned q = desk.receive(submission, Act.of(clerk, at)).question();
 *     q = desk.execute(new Accept(q.id(), q.version(), Act.of(moderator, at, "fits topic"), List.of("chinh-sach")));
 *     q = desk.execute(new Route(q.id(), q.version(), Act.of(compiler, at), "so-ldtbxh", List.of(), due));
 * }
 * }</pre>
 */
public final class QuestionRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionRegistry.class);

    private final RolePolicy roles;
    private final Vocabulary vocabulary;
    private final @Nullable Journal<QuestionEvent> journal;
    private final @Nullable DamagedTail damagedTail;
    private final ConcurrentHashMap<QuestionId, Slot> questions;
    private final ConcurrentHashMap<String, QuestionId> byIntakeKey;
    private final AtomicLong lastNumber = new AtomicLong();
    /** The originals whose askers were erased: what a journal rewrite scrubs. */
    private final Set<QuestionId> erased = ConcurrentHashMap.newKeySet();

    /** A question's current state and version, guarded by its lock. */
    private static final class Slot extends ReentrantLock {
        private static final long serialVersionUID = 1L;
        private transient volatile Versioned current;

        Slot(Versioned current) {
            this.current = current;
        }
    }

    private QuestionRegistry(RolePolicy roles, Vocabulary vocabulary, @Nullable Journal<QuestionEvent> journal) {
        this(roles, vocabulary, journal, journal == null ? 16 : journal.loaded().size() / 2);
    }

    /** {@code expected}: about how many questions there will be, so that replay does not keep growing the maps. */
    private QuestionRegistry(RolePolicy roles, Vocabulary vocabulary, @Nullable Journal<QuestionEvent> journal,
                             int expected) {
        this.questions = new ConcurrentHashMap<>(Math.max(16, expected));
        this.byIntakeKey = new ConcurrentHashMap<>(Math.max(16, expected));
        this.roles = roles;
        this.vocabulary = vocabulary;
        this.journal = journal;
        this.damagedTail = journal == null ? null : journal.loaded().damagedTail().orElse(null);
        if (journal != null) {
            replay(journal.loaded());
            finishErasures(journal);
        }
    }

    /**
     * Completes erasures that a crash interrupted: an {@link AskerErased} reached the journal but the rewrite that
     * scrubs the asker's earlier lines did not.
     */
    private void finishErasures(Journal<QuestionEvent> opened) {
        if (erased.isEmpty()) {
            return;
        }
        for (QuestionEvent event : opened.loaded().events()) {
            if (Erasure.scrub(event, erased) != event) {
                LOG.warn("question journal {}: an erasure was not finished; rewriting the journal", opened.file());
                opened.rewrite(e -> Erasure.scrub(e, Set.copyOf(erased)));
                return;
            }
        }
    }

    /** Starts a registry governed by {@code roles}. */
    public static Builder builder(RolePolicy roles) {
        return new Builder(roles);
    }

    /** A registry with no journal, for tests and previews: nothing survives the process. */
    public static QuestionRegistry inMemory(RolePolicy roles) {
        return builder(roles).open();
    }

    /** The codec of the question journal, to read one with {@link Journal#read}. */
    public static JournalCodec<QuestionEvent> journalCodec() {
        return QuestionJson.QUESTION_EVENTS;
    }

    /**
     * Reads a question journal without opening it for appending and folds it into the states it records.
     *
     * @throws JournalCorruptedException if a line is not an event, or an event cannot happen where it stands
     */
    public static Map<QuestionId, Versioned> replay(Path journalFile) {
        QuestionRegistry registry = new QuestionRegistry(RolePolicy.defaults(), Vocabulary.OPEN, null,
                expectedQuestions(journalFile));
        // folded as read: the events are not kept, only the states
        long[] count = new long[1];
        Journal.read(journalFile, QuestionJson.QUESTION_EVENTS, (event, line) -> {
            registry.replay(journalFile, line, event);
            count[0]++;
        });
        LOG.info("question journal {}: {} events replayed, {} questions", journalFile, count[0],
                registry.questions.size());
        return registry.snapshot();
    }

    /** About how many questions a journal of this size records: a received and a moderated event each. */
    private static int expectedQuestions(Path journalFile) {
        try {
            return (int) Math.min(1 << 24, java.nio.file.Files.size(journalFile) / 1024);
        } catch (java.io.IOException | RuntimeException e) {
            return 16; // reading it will say what is wrong
        }
    }

    /** Configures a registry. Not thread-safe. */
    public static final class Builder {
        private final RolePolicy roles;
        private @Nullable Plan plan;
        private @Nullable Path journal;
        private Durability durability = Durability.BUFFERED;

        private Builder(RolePolicy roles) {
            this.roles = Objects.requireNonNull(roles, "roles");
        }

        /** Checks topics, agencies, sessions and units that officials enter against {@code plan}. */
        public Builder plan(Plan value) {
            plan = Objects.requireNonNull(value, "plan");
            return this;
        }

        /** Journals every event to {@code file} (created if missing) with {@code mode}. */
        public Builder journal(Path file, Durability mode) {
            journal = Objects.requireNonNull(file, "file");
            durability = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Opens the registry, replaying the journal if one was given. A crash-cut tail is kept aside and reported
         * by {@link QuestionRegistry#damagedTail()}.
         *
         * @throws JournalCorruptedException if a line of the journal is not an event, or an event cannot happen
         *                                   where it stands; the line is named
         * @throws IllegalStateException     if the journal is open elsewhere
         */
        public QuestionRegistry open() {
            Vocabulary vocabulary = plan == null ? Vocabulary.OPEN : Vocabulary.of(plan);
            if (journal == null) {
                return new QuestionRegistry(roles, vocabulary, null);
            }
            Journal<QuestionEvent> opened = Journal.open(journal, QuestionJson.QUESTION_EVENTS, durability);
            try {
                return new QuestionRegistry(roles, vocabulary, opened);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }
    }

    /** The dialogue's role policy. */
    public RolePolicy roles() {
        return roles;
    }

    /** The end of the journal a crash cut off when it was opened, if any; every complete event was loaded. */
    public Optional<DamagedTail> damagedTail() {
        return Optional.ofNullable(damagedTail);
    }

    /**
     * Records a submission as a new question, or returns the one already recorded for the same channel and
     * message id (nothing new is journaled then).
     *
     * @throws ActionRefusedException if the actor's role may not {@link Action#RECEIVE}
     */
    public Intake receive(Submission submission, Act act) {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(act, "act");
        roles.require(Action.RECEIVE, act.actor());
        String key = submission.intakeKey();
        QuestionId existing = byIntakeKey.get(key);
        if (existing != null) {
            return duplicate(existing);
        }
        Versioned[] created = new Versioned[1];
        QuestionId id = byIntakeKey.computeIfAbsent(key, k -> {
            QuestionId newId = QuestionId.numbered(lastNumber.incrementAndGet());
            QuestionReceived event = new QuestionReceived(newId, act, submission);
            Versioned state = new Versioned(Evolution.evolve(null, event), 1);
            append(event);
            questions.put(newId, new Slot(state));
            created[0] = state;
            return newId;
        });
        if (created[0] == null) {
            return duplicate(id);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("question {} received via {} by {}", id, submission.channel().kind(), act.actor().id());
        }
        return new Intake(created[0], false);
    }

    private Intake duplicate(QuestionId id) {
        LOG.debug("question {}: submission already recorded, nothing new", id);
        return new Intake(slot(id).current, true);
    }

    /**
     * Carries out a command: checks the version, the state and the actor, journals the event, and returns the
     * question's new state and version (for a {@link Compile}, the new compiled question).
     *
     * @throws NoSuchElementException     if a named question does not exist
     * @throws StaleVersionException      if a question is no longer at the command's version
     * @throws IllegalTransitionException if a question's state does not allow the command
     * @throws ActionRefusedException     if the actor may not do it
     * @throws IllegalArgumentException   if the command's values are invalid (or unknown to the plan)
     */
    public Versioned execute(QuestionCommand command) {
        Objects.requireNonNull(command, "command");
        if (command instanceof Compile compile) {
            return compile(compile);
        }
        OnQuestion on = (OnQuestion) command;
        Slot slot = slot(on.question());
        slot.lock();
        try {
            Versioned current = slot.current;
            if (current.version() != on.expectedVersion()) {
                throw new StaleVersionException("question " + on.question(), on.expectedVersion(), current.version());
            }
            Change<?> change;
            try {
                change = decide(current.question(), on);
            } catch (ActionRefusedException e) {
                throw e.about("question " + on.question());
            }
            append(change.event());
            Versioned next = new Versioned(change.next(), current.version() + 1);
            slot.current = next;
            if (LOG.isDebugEnabled()) {
                LOG.debug("question {} {} -> {} by {} ({})", on.question(), current.status(), next.status(),
                        command.act().actor().id(), command.act().actor().role());
            }
            return next;
        } finally {
            slot.unlock();
        }
    }

    /**
     * Erases the personal data of the asker whose submission was recorded as {@code original}, on their request
     * (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): pseudonymisation, not deletion. The asker becomes
     * {@link Asker#pseudonym} (no name, organisation or contact, no consent, the unit kept) in that question and in
     * every compiled question that answers it, whatever their states; each of those questions moves to its next
     * version in the same state; the question's text, the compiled wording, the answers and every other event stay.
     * One {@link AskerErased} event is journaled (it carries no personal data), and then the journal file is
     * rewritten ({@link Journal#rewrite}) so that its reception line carries the pseudonym too: afterwards the file
     * holds no trace of the asker's name, organisation or contact, and replaying it gives exactly these states. If
     * a crash comes between the two, opening the journal finishes the rewrite.
     *
     * <p>Erasing an asker already erased changes nothing and journals nothing. No version is asked for: an erasure
     * request must not fail because the question moved on, and it changes nothing a command decides on.
     *
     * @param original the question the asker's submission was recorded as (not a compiled question)
     * @param act      who erases, when; the reason, if given, must carry no personal data
     * @return the original question's state and version after the erasure
     * @throws ActionRefusedException    if the actor's role may not {@link Action#ERASE_ASKER}
     * @throws NoSuchElementException    if there is no such question
     * @throws IllegalArgumentException  if {@code original} is a compiled question, which has no asker of its own
     * @throws java.io.UncheckedIOException if the journal cannot be rewritten: the erasure is then recorded and
     *                                   the state erased, and the rewrite is finished when the journal is next
     *                                   opened
     */
    public Versioned eraseAsker(QuestionId original, Act act) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(act, "act");
        try {
            roles.require(Action.ERASE_ASKER, act.actor());
        } catch (ActionRefusedException e) {
            throw e.about("question " + original);
        }
        slot(original);
        List<Slot> locked = new ArrayList<>();
        Versioned result;
        boolean changed;
        try {
            List<Slot> holders = holders(original, locked);
            Question own = holders.get(0).current.question();
            if (!Erasure.holds(own, original)) {
                throw new IllegalArgumentException("question " + original + " is a compiled question: it has no "
                        + "asker of its own; erase the askers of the questions it answers: " + own.dossier()
                        .originals().stream().map(Original::question).toList());
            }
            changed = holders.stream().anyMatch(s -> !Erasure.erased(s.current.question(), original));
            if (changed) {
                append(new AskerErased(original, act));
                erased.add(original);
                for (Slot slot : holders) {
                    slot.current = new Versioned(Erasure.erase(slot.current.question(), original),
                            slot.current.version() + 1);
                }
            }
            result = holders.get(0).current;
        } finally {
            for (Slot slot : locked) {
                slot.unlock();
            }
        }
        if (changed) {
            LOG.info("question {}: asker's personal data erased by {} ({})", original, act.actor().id(),
                    act.actor().role());
            if (journal != null) {
                journal.rewrite(e -> Erasure.scrub(e, Set.copyOf(erased)));
            }
        }
        return result;
    }

    /**
     * The slots of {@code original} and of every compiled question that answers it, in id order (a compiled
     * question's id is always later than its members'): the original, the one it was merged into, the one that
     * was merged into, and so on. With {@code locked} non-null, each is locked before it is read and added there,
     * so the chain cannot grow while it is followed (compilations lock members in the same order).
     */
    private List<Slot> holders(QuestionId original, @Nullable List<Slot> locked) {
        List<Slot> chain = new ArrayList<>();
        QuestionId next = original;
        while (next != null) {
            Slot slot = slot(next);
            if (locked != null) {
                slot.lock();
                locked.add(slot);
            }
            chain.add(slot);
            Question q = slot.current.question();
            if (q instanceof WithdrawnQuestion w) {
                q = w.before();
            }
            next = q instanceof MergedQuestion m ? m.into() : null;
        }
        return chain;
    }

    private Change<?> decide(Question q, OnQuestion command) {
        Act act = command.act();
        if (command instanceof Accept c) {
            vocabulary.topics(c.topics());
            if (q instanceof ReceivedQuestion s) {
                return s.accept(act, c.topics(), roles);
            }
        } else if (command instanceof Reject c) {
            if (q instanceof ReceivedQuestion s) {
                return s.reject(act, c.reason(), roles);
            }
        } else if (command instanceof Route c) {
            vocabulary.agency(c.lead());
            vocabulary.agencies(c.coAgencies());
            if (q instanceof AcceptedQuestion s) {
                return s.route(act, c.lead(), c.coAgencies(), c.answerDue(), roles);
            }
            if (q instanceof RoutedQuestion s) {
                return s.route(act, c.lead(), c.coAgencies(), c.answerDue(), roles);
            }
        } else if (command instanceof Contribute c) {
            if (q instanceof RoutedQuestion s) {
                return s.contribute(act, c.text(), roles);
            }
            if (q instanceof DraftedQuestion s) {
                return s.contribute(act, c.text(), roles);
            }
        } else if (command instanceof DraftAnswer c) {
            if (q instanceof RoutedQuestion s) {
                return s.draft(act, c.text(), roles);
            }
            if (q instanceof DraftedQuestion s) {
                return s.draft(act, c.text(), roles);
            }
        } else if (command instanceof AnswerLive c) {
            vocabulary.session(c.session());
            vocabulary.agency(c.agency());
            if (q instanceof AcceptedQuestion s) {
                return s.answerLive(act, c.session(), c.agency(), c.official(), c.summary(), roles);
            }
            if (q instanceof RoutedQuestion s) {
                return s.answerLive(act, c.session(), c.agency(), c.official(), c.summary(), roles);
            }
            if (q instanceof DraftedQuestion s) {
                return s.answerLive(act, c.session(), c.agency(), c.official(), c.summary(), roles);
            }
        } else if (command instanceof Defer c) {
            vocabulary.session(c.session());
            vocabulary.agency(c.agency());
            if (q instanceof AcceptedQuestion s) {
                return s.defer(act, c.session(), c.agency(), c.official(), c.promisedBy(), c.noticeDue(), roles);
            }
            if (q instanceof RoutedQuestion s) {
                return s.defer(act, c.session(), c.agency(), c.official(), c.promisedBy(), c.noticeDue(), roles);
            }
            if (q instanceof DraftedQuestion s) {
                return s.defer(act, c.session(), c.agency(), c.official(), c.promisedBy(), c.noticeDue(), roles);
            }
        } else if (command instanceof NotifyAsker c) {
            if (q instanceof DeferredQuestion s) {
                return s.notifyAsker(act, c.original(), c.means(), roles);
            }
        } else if (command instanceof ResolveInWriting c) {
            if (q instanceof DeferredQuestion s) {
                return s.resolveInWriting(act, c.official(), c.document(), c.summary(), roles);
            }
        } else if (command instanceof Close) {
            if (q instanceof SettledQuestion s) {
                return s.close(act, roles);
            }
        } else if (command instanceof Withdraw) {
            if (q instanceof ReceivedQuestion s) {
                return s.withdraw(act, roles);
            }
            if (q instanceof AcceptedQuestion s) {
                return s.withdraw(act, roles);
            }
            if (q instanceof MergedQuestion s) {
                return s.withdraw(act, roles);
            }
            if (q instanceof RoutedQuestion s) {
                return s.withdraw(act, roles);
            }
            if (q instanceof DraftedQuestion s) {
                return s.withdraw(act, roles);
            }
            if (q instanceof DeferredQuestion s) {
                return s.withdraw(act, roles);
            }
        } else if (command instanceof HandleLocally c) {
            vocabulary.unit(c.unit());
            if (q instanceof ReceivedQuestion s) {
                return s.handleLocally(act, c.unit(), c.report(), roles);
            }
            if (q instanceof AcceptedQuestion s) {
                return s.handleLocally(act, c.unit(), c.report(), roles);
            }
            if (q instanceof RoutedQuestion s) {
                return s.handleLocally(act, c.unit(), c.report(), roles);
            }
        }
        throw IllegalTransitionException.of(q, command.transition());
    }

    private Versioned compile(Compile command) {
        vocabulary.topics(command.topics());
        List<Slot> slots = new ArrayList<>(command.members().size());
        List<Versioned> sorted = new ArrayList<>(command.members());
        sorted.sort(Comparator.comparing(Versioned::id));
        for (Versioned member : sorted) {
            slots.add(slot(member.id()));
        }
        int locked = 0;
        try {
            for (Slot slot : slots) {
                slot.lock();
                locked++;
            }
            Map<QuestionId, Slot> bySlot = new HashMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                Versioned asked = sorted.get(i);
                Versioned current = slots.get(i).current;
                if (current.version() != asked.version()) {
                    throw new StaleVersionException("question " + asked.id(), asked.version(), current.version());
                }
                bySlot.put(asked.id(), slots.get(i));
            }
            List<AcceptedQuestion> members = new ArrayList<>(command.members().size());
            for (Versioned asked : command.members()) {
                Question current = bySlot.get(asked.id()).current.question();
                if (!(current instanceof AcceptedQuestion accepted)) {
                    throw IllegalTransitionException.of(current, Transition.MERGE);
                }
                members.add(accepted);
            }
            try {
                roles.require(Action.COMPILE, command.act().actor());
            } catch (ActionRefusedException e) {
                throw e.about("compilation of " + bySlot.keySet().stream().sorted().toList());
            }
            QuestionId compiledId = QuestionId.numbered(lastNumber.incrementAndGet());
            Compilation compilation = AcceptedQuestion.compile(compiledId, members, command.act(), command.wording(),
                    command.topics(), roles);
            append(compilation.event());
            for (MergedQuestion merged : compilation.merged()) {
                Slot slot = bySlot.get(merged.id());
                slot.current = new Versioned(merged, slot.current.version() + 1);
            }
            Versioned compiled = new Versioned(compilation.compiled(), 1);
            questions.put(compiledId, new Slot(compiled));
            LOG.debug("question {} compiled from {} by {}", compiledId, compilation.event().members(),
                    command.act().actor().id());
            return compiled;
        } finally {
            for (int i = 0; i < locked; i++) {
                slots.get(i).unlock();
            }
        }
    }

    private void append(QuestionEvent event) {
        if (journal != null) {
            journal.append(event);
        }
    }

    private Slot slot(QuestionId id) {
        Slot slot = questions.get(Objects.requireNonNull(id, "question"));
        if (slot == null) {
            throw new NoSuchElementException("no question " + id + " in this dialogue");
        }
        return slot;
    }

    private void replay(JournalContents<QuestionEvent> contents) {
        List<QuestionEvent> events = contents.events();
        for (int i = 0; i < events.size(); i++) {
            replay(contents.file(), contents.lineOf(i), events.get(i));
        }
        LOG.info("question journal {}: {} events replayed, {} questions", contents.file(), events.size(),
                questions.size());
    }

    private void replay(Path file, long line, QuestionEvent event) {
        try {
            replay(event);
        } catch (RuntimeException e) {
            throw new JournalCorruptedException(file, line,
                    "event " + event.getClass().getSimpleName() + " cannot happen here: " + e.getMessage(), e);
        }
    }

    private void replay(QuestionEvent event) {
        if (event instanceof AskerErased erasure) {
            List<Slot> holders = holders(erasure.question(), null);
            if (!Erasure.holds(holders.get(0).current.question(), erasure.question())) {
                throw new IllegalStateException("question " + erasure.question() + " is compiled: it has no asker");
            }
            erased.add(erasure.question());
            for (Slot slot : holders) {
                slot.current = new Versioned(Erasure.erase(slot.current.question(), erasure.question()),
                        slot.current.version() + 1);
            }
            return;
        }
        if (event instanceof QuestionsCompiled compiled) {
            lastNumber.accumulateAndGet(compiled.question().number(), Math::max);
            List<AcceptedQuestion> members = new ArrayList<>();
            for (QuestionId id : compiled.members()) {
                Question member = slot(id).current.question();
                if (!(member instanceof AcceptedQuestion accepted)) {
                    throw IllegalTransitionException.of(member, Transition.MERGE);
                }
                members.add(accepted);
            }
            if (questions.containsKey(compiled.question())) {
                throw new IllegalStateException("question " + compiled.question() + " already exists");
            }
            Compilation compilation = Evolution.compile(compiled, members);
            for (MergedQuestion merged : compilation.merged()) {
                Slot slot = slot(merged.id());
                slot.current = new Versioned(merged, slot.current.version() + 1);
            }
            questions.put(compiled.question(), new Slot(new Versioned(compilation.compiled(), 1)));
            return;
        }
        Slot slot = questions.get(event.question());
        if (slot == null) {
            // only a new question can raise the last number: the others' were counted when they were new
            lastNumber.accumulateAndGet(event.question().number(), Math::max);
            Question received = Evolution.evolve(null, event);
            if (event instanceof QuestionReceived r
                    && byIntakeKey.putIfAbsent(r.submission().intakeKey(), r.question()) != null) {
                throw new IllegalStateException("submission " + r.submission().intakeKey()
                        + " was already recorded as question " + byIntakeKey.get(r.submission().intakeKey()));
            }
            questions.put(event.question(), new Slot(new Versioned(received, 1)));
            return;
        }
        slot.current = new Versioned(Evolution.evolve(slot.current.question(), event), slot.current.version() + 1);
    }

    /** The question's current state and version. */
    public Optional<Versioned> get(QuestionId id) {
        Slot slot = questions.get(Objects.requireNonNull(id, "id"));
        return slot == null ? Optional.empty() : Optional.of(slot.current);
    }

    /** The question recorded for this submission's channel and message id, if any. */
    public Optional<Versioned> find(Submission submission) {
        QuestionId id = byIntakeKey.get(submission.intakeKey());
        return id == null ? Optional.empty() : get(id);
    }

    /** How many questions there are, compiled ones included. */
    public int size() {
        return questions.size();
    }

    /**
     * Every question's state and version, in id order: a consistent view of each question, though questions
     * changed concurrently may be seen before or after their change.
     */
    public Map<QuestionId, Versioned> snapshot() {
        // sorted once by each id's number, computed once: QuestionId.compareTo parses both ids on every comparison
        List<Ordered> all = new ArrayList<>(questions.size());
        questions.forEach((id, slot) -> all.add(new Ordered(id.number(), id, slot.current)));
        all.sort(Ordered.ORDER);
        Map<QuestionId, Versioned> sorted = new LinkedHashMap<>(Math.max(16, all.size() * 4 / 3 + 1));
        for (Ordered one : all) {
            sorted.put(one.id, one.state);
        }
        return Collections.unmodifiableMap(sorted);
    }

    /** A question in a snapshot, with its id's number for sorting. */
    private record Ordered(long number, QuestionId id, Versioned state) {
        static final Comparator<Ordered> ORDER = (a, b) -> a.number > 0 && b.number > 0
                ? Long.compare(a.number, b.number) : a.id.compareTo(b.id);
    }

    /** Every question's state, in id order. */
    public List<Question> questions() {
        return snapshot().values().stream().map(Versioned::question).toList();
    }

    /**
     * The originals an answer to {@code id} must reach: its dossier's originals, less those whose own question
     * was withdrawn (an asker of a compiled question may withdraw alone).
     *
     * @throws NoSuchElementException if there is no such question
     */
    public List<Original> recipients(QuestionId id) {
        Question question = slot(id).current.question();
        List<Original> reach = new ArrayList<>();
        for (Original original : question.dossier().originals()) {
            Slot own = questions.get(original.question());
            if (original.question().equals(id) || own == null
                    || own.current.status() != QuestionStatus.WITHDRAWN) {
                reach.add(original);
            }
        }
        return List.copyOf(reach);
    }

    /** Work overdue at {@code at}: see {@link Deadlines#overdue}. */
    public List<DueItem> overdue(Instant at) {
        return Deadlines.overdue(questions(), at);
    }

    /** Work due within {@code days} calendar days of {@code at}: see {@link Deadlines#dueSoon}. */
    public List<DueItem> dueSoon(Instant at, int days) {
        return Deadlines.dueSoon(questions(), at, days);
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
