package vn.dialogue.question;

import vn.dialogue.internal.Vocabulary;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;
import vn.dialogue.journal.DamagedTail;
import vn.dialogue.journal.Durability;
import vn.dialogue.journal.FileEventStore;
import vn.dialogue.journal.LegacyStreams;
import vn.dialogue.lifecycle.Desk;
import vn.dialogue.lifecycle.Held;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.QuestionCommand.Compile;
import vn.dialogue.question.QuestionEvent.AskerErased;
import vn.dialogue.question.QuestionEvent.QuestionReceived;
import vn.dialogue.question.QuestionEvent.QuestionsCompiled;
import vn.dialogue.store.DuplicateEventException;
import vn.dialogue.store.EventStore;
import vn.dialogue.store.StaleVersionException;
import vn.dialogue.store.StoredEvent;

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
    private static final int NUMBER_ATTEMPTS = 16;

    private final RolePolicy roles;
    private final Desk<QuestionRules.Order, QuestionEvent, Question> desk;
    private final ConcurrentHashMap<String, QuestionId> byIntakeKey;
    private final AtomicLong lastNumber = new AtomicLong();
    /** The originals whose askers were erased: what a rewrite of the store scrubs. */
    private final Set<QuestionId> erased = ConcurrentHashMap.newKeySet();

    private QuestionRegistry(RolePolicy roles, Vocabulary vocabulary, EventStore store, int expected) {
        this(roles, vocabulary, store, expected, true);
    }

    /** {@code finish}: complete an erasure a crash interrupted (false when the store is only read). */
    private QuestionRegistry(RolePolicy roles, Vocabulary vocabulary, EventStore store, int expected,
                             boolean finish) {
        this.roles = roles;
        this.byIntakeKey = new ConcurrentHashMap<>(Math.max(16, expected));
        this.desk = new Desk<>(store, new QuestionRules(roles, vocabulary), QuestionJson.QUESTION_EVENTS,
                this::applied, expected);
        if (finish) {
            finishErasures();
        }
    }

    /** Keeps the registry's own indexes: intake keys, the last question number, the erased askers. */
    private void applied(QuestionEvent event, StoredEvent stored) {
        lastNumber.accumulateAndGet(event.question().number(), Math::max);
        if (event instanceof QuestionReceived r) {
            byIntakeKey.put(r.submission().intakeKey(), r.question());
        } else if (event instanceof AskerErased e) {
            erased.add(e.question());
        }
    }

    /**
     * Completes erasures that a crash interrupted: an {@link AskerErased} reached the store but the rewrite that
     * scrubs the asker's earlier events did not.
     */
    private void finishErasures() {
        if (!erased.isEmpty() && rewriteErased() > 0) {
            LOG.warn("question store {}: an erasure was not finished; it is now", desk.store().name());
        }
    }

    private int rewriteErased() {
        return desk.rewrite(scrubbing(Set.copyOf(erased)));
    }

    /** The replacement of stored receptions that scrubs the askers of {@code scrub}. */
    private java.util.function.Function<StoredEvent, @Nullable String> scrubbing(Set<QuestionId> scrub) {
        return stored -> {
            if (!stored.type().equals("received")) {
                return null;
            }
            QuestionEvent event = desk.codec().read(stored.type(), stored.data());
            QuestionEvent clean = Erasure.scrub(event, scrub);
            return clean == event ? null : desk.codec().data(clean);
        };
    }

    /** Starts a registry governed by {@code roles}. */
    public static Builder builder(RolePolicy roles) {
        return new Builder(roles);
    }

    /** A registry with no record, for tests and previews: nothing survives the process. */
    public static QuestionRegistry inMemory(RolePolicy roles) {
        return builder(roles).open();
    }

    /**
     * Reads a question journal file without opening it for appending (nor changing it) and folds it into the
     * states it records.
     *
     * @throws vn.dialogue.journal.JournalCorruptedException if a line is altered, repeated, missing or not an event
     * @throws vn.dialogue.store.DamagedStoreException       if an event cannot happen where it stands
     */
    public static Map<QuestionId, Versioned> replay(Path journalFile) {
        try (QuestionRegistry registry = new QuestionRegistry(RolePolicy.defaults(), Vocabulary.OPEN,
                FileEventStore.read(journalFile, legacy()), 16, false)) {
            return registry.snapshot();
        }
    }

    /**
     * Folds a store's question events into the states they record (for reports); the store is left open.
     *
     * @throws vn.dialogue.store.DamagedStoreException if an event cannot be read or cannot happen where it stands
     */
    public static Map<QuestionId, Versioned> replay(EventStore store) {
        QuestionRegistry registry = new QuestionRegistry(RolePolicy.defaults(), Vocabulary.OPEN,
                new Unclosed(store), 16, false);
        return registry.snapshot();
    }

    /**
     * The question events a journal file holds, in order, read without changing it.
     *
     * @throws vn.dialogue.journal.JournalCorruptedException if a line is altered, repeated, missing or not an event
     */
    public static List<QuestionEvent> events(Path journalFile) {
        try (FileEventStore store = FileEventStore.read(journalFile, legacy())) {
            List<QuestionEvent> events = new ArrayList<>();
            store.readAfter(0, Integer.MAX_VALUE, e -> events.add(QuestionJson.QUESTION_EVENTS.read(e.type(),
                    e.data())));
            return events;
        }
    }

    /**
     * The question events a store holds, in order (e.g. for the routing letters of {@code dialogue-export}, made from
     * the routings at any time); the store is left open and unchanged.
     *
     * @param store the store of a question log
     * @return the events, in order
     * @throws vn.dialogue.store.DamagedStoreException if an event cannot be read
     */
    public static List<QuestionEvent> events(EventStore store) {
        Objects.requireNonNull(store, "store");
        List<QuestionEvent> events = new ArrayList<>();
        store.readAfter(0, Integer.MAX_VALUE, e -> events.add(QuestionJson.QUESTION_EVENTS.read(e.type(), e.data())));
        return events;
    }

    /** How the question journals of dialogue 0.1 give each event its streams and key. */
    public static Supplier<LegacyStreams> legacy() {
        return () -> new LegacyStreams() {
            private final Map<QuestionId, QuestionId> into = new java.util.HashMap<>();

            @Override
            public Upgrade streamsOf(String type, String data) {
                QuestionEvent event = QuestionJson.QUESTION_EVENTS.read(type, data);
                if (event instanceof QuestionsCompiled c) {
                    c.members().forEach(m -> into.put(m, c.question()));
                }
                if (event instanceof AskerErased e) {
                    List<String> chain = new ArrayList<>();
                    for (QuestionId at = e.question(); at != null; at = into.get(at)) {
                        chain.add(at.value());
                    }
                    return new Upgrade(chain, null);
                }
                String key = event instanceof QuestionReceived r ? r.submission().intakeKey() : null;
                return new Upgrade(event.affected().stream().map(QuestionId::value).toList(), key);
            }
        };
    }

    /** Configures a registry. Not thread-safe. */
    public static final class Builder {
        private final RolePolicy roles;
        private @Nullable Plan plan;
        private @Nullable Path journal;
        private @Nullable EventStore store;
        private Durability durability = Durability.BUFFERED;
        private int expected = 16;

        private Builder(RolePolicy roles) {
            this.roles = Objects.requireNonNull(roles, "roles");
        }

        /** Checks topics, agencies, sessions and units that officials enter against {@code plan}. */
        public Builder plan(Plan value) {
            plan = Objects.requireNonNull(value, "plan");
            return this;
        }

        /**
         * Keeps every event in a journal file (a {@link FileEventStore}, created if missing) with {@code mode}; a
         * journal of dialogue 0.1 is read and upgraded.
         */
        public Builder journal(Path file, Durability mode) {
            journal = Objects.requireNonNull(file, "file");
            durability = Objects.requireNonNull(mode, "mode");
            store = null;
            return this;
        }

        /**
         * Keeps every event in {@code value} (e.g. a {@code PostgresEventStore} on the host's database), which the
         * registry owns from now on and closes with itself.
         */
        public Builder store(EventStore value) {
            store = Objects.requireNonNull(value, "store");
            journal = null;
            return this;
        }

        /** About how many questions there will be, so that replay does not keep growing the maps. */
        public Builder expectedQuestions(int value) {
            expected = Math.max(16, value);
            return this;
        }

        /**
         * Opens the registry and replays its store (in memory if none was given). A crash-cut tail of a journal is
         * kept aside and reported by {@link QuestionRegistry#damagedTail()}.
         *
         * @throws vn.dialogue.journal.JournalCorruptedException if a line of the journal is altered, repeated,
         *                                   missing or not an event; the line is named
         * @throws vn.dialogue.store.DamagedStoreException if an event cannot happen where it stands
         * @throws IllegalStateException     if the journal is open elsewhere
         */
        public QuestionRegistry open() {
            Vocabulary vocabulary = plan == null ? Vocabulary.OPEN : Vocabulary.of(plan);
            EventStore opened = FileEventStore.chosen(store, journal, durability, legacy(), "questions");
            try {
                return new QuestionRegistry(roles, vocabulary, opened, expected);
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

    /** The store the registry keeps its events in. */
    public EventStore store() {
        return desk.store();
    }

    /** The end of the journal a crash cut off when it was opened, if any; every complete event was loaded. */
    public Optional<DamagedTail> damagedTail() {
        return desk.store() instanceof FileEventStore file ? file.damagedTail() : Optional.empty();
    }

    /**
     * Reads what other processes added to the store since this registry last looked, e.g. before a report.
     *
     * @return how many events were read
     */
    public long catchUp() {
        return desk.catchUp();
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
        for (int attempt = 1; ; attempt++) {
            QuestionId existing = byIntakeKey.get(key);
            if (existing != null) {
                return duplicate(existing);
            }
            // each intake reserves its own number, so that threads receiving at once never race for one
            QuestionId id = QuestionId.numbered(lastNumber.incrementAndGet());
            try {
                Held<Question> held = desk.execute(new QuestionRules.Receive(id, submission, act)).first();
                if (LOG.isDebugEnabled()) {
                    LOG.debug("question {} received via {} by {}", id, submission.channel().kind(),
                            act.actor().id());
                }
                return new Intake(versioned(held), false);
            } catch (DuplicateEventException e) {
                QuestionId recorded = byIntakeKey.get(key);
                if (recorded != null) {
                    return duplicate(recorded);
                }
                throw e;
            } catch (StaleVersionException e) {
                // another thread or process took this number first: the desk has caught up; take the next
                if (attempt >= NUMBER_ATTEMPTS) {
                    throw e;
                }
                lastNumber.accumulateAndGet(id.number(), Math::max);
            }
        }
    }

    private Intake duplicate(QuestionId id) {
        LOG.debug("question {}: submission already recorded, nothing new", id);
        return new Intake(get(id).orElseThrow(), true);
    }

    private static Versioned versioned(Held<Question> held) {
        return new Versioned(held.state(), held.version());
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
        QuestionStatus before = LOG.isDebugEnabled() && command instanceof QuestionCommand.OnQuestion on
                ? get(on.question()).map(Versioned::status).orElse(null) : null;
        Desk.Outcome<QuestionEvent, Question> outcome = desk.execute(new QuestionRules.Execute(command, null));
        if (LOG.isDebugEnabled()) {
            LOG.debug("question {} {} -> {} by {} ({})", outcome.stored().get(0).stream(), before,
                    outcome.first().state().status(), command.act().actor().id(), command.act().actor().role());
        }
        return versioned(outcome.first());
    }

    private Versioned compile(Compile command) {
        for (int attempt = 1; ; attempt++) {
            QuestionId id = QuestionId.numbered(lastNumber.get() + 1);
            try {
                Desk.Outcome<QuestionEvent, Question> outcome = desk.execute(new QuestionRules.Execute(command, id));
                LOG.debug("question {} compiled by {}", id, command.act().actor().id());
                return versioned(outcome.first());
            } catch (StaleVersionException e) {
                boolean numberTaken = e.subject().equals(id.value());
                if (!numberTaken || attempt >= NUMBER_ATTEMPTS) {
                    throw new StaleVersionException("question " + e.subject(), e.expected(), e.actual());
                }
                lastNumber.accumulateAndGet(id.number(), Math::max);
            }
        }
    }

    /**
     * Erases the personal data of the asker whose submission was recorded as {@code original}, on their request
     * (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): pseudonymisation, not deletion. The asker becomes
     * {@link Asker#pseudonym} (no name, organisation or contact, no consent, the unit kept) in that question and in
     * every compiled question that answers it, whatever their states; each of those questions moves to its next
     * version in the same state; the question's text, the compiled wording, the answers and every other event stay.
     * One {@link AskerErased} event is journaled (it carries no personal data), and then the journal file is
     * rewritten ({@link vn.dialogue.store.EventStore#rewrite}) so that its reception line carries the pseudonym too: afterwards the file
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
        get(original).orElseThrow(() -> new NoSuchElementException("no question " + original + " in this dialogue"));
        // the erasure event and the scrubbing of the asker's earlier events go to the store together
        Desk.Outcome<QuestionEvent, Question> outcome = desk.execute(new QuestionRules.Erase(original, act),
                events -> {
                    Set<QuestionId> scrub = new java.util.HashSet<>(erased);
                    scrub.add(original);
                    return scrubbing(Set.copyOf(scrub));
                });
        if (!outcome.events().isEmpty()) {
            LOG.info("question {}: asker's personal data erased by {} ({})", original, act.actor().id(),
                    act.actor().role());
        }
        return versioned(outcome.states().get(original.value()));
    }

    /** A store handed in by a caller who keeps it open: the registry reads it and leaves it open. */
    private record Unclosed(EventStore store) implements EventStore {
        @Override
        public String name() {
            return store.name();
        }

        @Override
        public List<StoredEvent> append(List<vn.dialogue.store.NewEvent> events, Map<String, Long> expected) {
            return store.append(events, expected);
        }

        @Override
        public List<StoredEvent> readStream(String stream) {
            return store.readStream(stream);
        }

        @Override
        public long readAfter(long position, int max, java.util.function.Consumer<? super StoredEvent> each) {
            return store.readAfter(position, max, each);
        }

        @Override
        public long head() {
            return store.head();
        }

        @Override
        public int rewrite(java.util.function.Function<? super StoredEvent, @Nullable String> replacement) {
            return store.rewrite(replacement);
        }

        @Override
        public void flush() {
            store.flush();
        }

        @Override
        public void sync() {
            store.sync();
        }

        @Override
        public void close() {
            // the caller's
        }
    }

    /** The question's current state and version. */
    public Optional<Versioned> get(QuestionId id) {
        return desk.get(Objects.requireNonNull(id, "id").value()).map(QuestionRegistry::versioned);
    }

    /** The question recorded for this submission's channel and message id, if any. */
    public Optional<Versioned> find(Submission submission) {
        QuestionId id = byIntakeKey.get(submission.intakeKey());
        return id == null ? Optional.empty() : get(id);
    }

    /** How many questions there are, compiled ones included. */
    public int size() {
        return desk.size();
    }

    /**
     * Every question's state and version, in id order: a consistent view of each question, though questions
     * changed concurrently may be seen before or after their change.
     */
    public Map<QuestionId, Versioned> snapshot() {
        // sorted once by each id's number, computed once: QuestionId.compareTo parses both ids on every comparison
        Map<String, Held<Question>> held = desk.snapshot();
        List<Ordered> all = new ArrayList<>(held.size());
        held.forEach((stream, h) -> {
            QuestionId id = h.state().id();
            all.add(new Ordered(id.number(), id, versioned(h)));
        });
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
        Question question = get(id).orElseThrow(() -> new NoSuchElementException("no question " + id
                + " in this dialogue")).question();
        List<Original> reach = new ArrayList<>();
        for (Original original : question.dossier().originals()) {
            Optional<Versioned> own = get(original.question());
            if (original.question().equals(id) || own.isEmpty()
                    || own.get().status() != QuestionStatus.WITHDRAWN) {
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
