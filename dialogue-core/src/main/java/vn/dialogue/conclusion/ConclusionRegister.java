package vn.dialogue.conclusion;

import vn.dialogue.question.Act;
import vn.dialogue.question.Action;
import vn.dialogue.question.DueDates;
import vn.dialogue.question.RolePolicy;

import vn.dialogue.internal.Vocabulary;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.journal.DamagedTail;
import vn.dialogue.journal.Durability;
import vn.dialogue.journal.FileEventStore;
import vn.dialogue.journal.LegacyStreams;
import vn.dialogue.lifecycle.Claim;
import vn.dialogue.lifecycle.Decider;
import vn.dialogue.lifecycle.Desk;
import vn.dialogue.lifecycle.Held;
import vn.dialogue.plan.Plan;
import vn.dialogue.conclusion.ConclusionEvent.ConclusionsRecorded;
import vn.dialogue.conclusion.ConclusionEvent.TaskAssigned;
import vn.dialogue.conclusion.ConclusionEvent.TaskReported;
import vn.dialogue.store.EventStore;
import vn.dialogue.store.StaleVersionException;
import vn.dialogue.store.StoredEvent;
import vn.dialogue.text.Bilingual;

/**
 * The chair's conclusions of a dialogue's sessions and the tasks they give agencies, tracked to done with the
 * same discipline as questions, on the same kernel ({@link Desk}): every change is an event, stored before it is
 * visible, replayed on open; reports against a stale task version are refused. Each session's conclusions are a
 * stream ({@code session:<id>}), each task another ({@code task:<id>}). Only the roles allowed to
 * {@link Action#RECORD_CONCLUSIONS} record conclusions and assign tasks; only the task's own agency, in a role
 * allowed to {@link Action#REPORT_TASK}, reports it done. Thread-safe.
 */
public final class ConclusionRegister implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConclusionRegister.class);

    private final RolePolicy roles;
    private final Desk<Order, ConclusionEvent, Object> desk;
    /** Sessions and tasks in the order they were recorded. */
    private final List<String> sessionOrder = new ArrayList<>();
    private final List<String> taskOrder = new ArrayList<>();

    private ConclusionRegister(RolePolicy roles, Vocabulary vocabulary, EventStore store) {
        this.roles = roles;
        this.desk = new Desk<>(store, new Rules(roles, vocabulary), ConclusionJson.EVENTS, this::applied,
                16);
    }

    private void applied(ConclusionEvent event, StoredEvent stored) {
        synchronized (sessionOrder) {
            if (event instanceof ConclusionsRecorded r) {
                sessionOrder.add(r.session());
            } else if (event instanceof TaskAssigned a) {
                taskOrder.add(a.task());
            }
        }
    }

    static String sessionStream(String session) {
        return "session:" + session;
    }

    static String taskStream(String task) {
        return "task:" + task;
    }

    /** What the register asks of its desk. */
    sealed interface Order {
        Act act();
    }

    record Record(Act act, String session, String assessment, List<String> directions) implements Order {
    }

    record Assign(Act act, String task, String session, String agency, String text, LocalDate due,
                  Bilingual deadline) implements Order {
    }

    record Report(Act act, String task, long expectedVersion, String report) implements Order {
    }

    /** The conclusions' rules: a session's conclusions once, tasks of recorded sessions, reports by the agency. */
    private static final class Rules implements Decider<Order, ConclusionEvent, Object> {
        private final RolePolicy roles;
        private final Vocabulary vocabulary;

        Rules(RolePolicy roles, Vocabulary vocabulary) {
            this.roles = roles;
            this.vocabulary = vocabulary;
        }

        @Override
        public List<Claim> claims(Order order, Function<String, @Nullable Held<Object>> current) {
            if (order instanceof Record r) {
                return List.of(Claim.any(sessionStream(r.session())));
            }
            if (order instanceof Assign a) {
                return List.of(Claim.any(taskStream(a.task())), Claim.any(sessionStream(a.session())));
            }
            Report r = (Report) order;
            if (current.apply(taskStream(r.task())) == null) {
                throw new NoSuchElementException("no conclusion task " + r.task());
            }
            return List.of(Claim.at(taskStream(r.task()), r.expectedVersion()));
        }

        @Override
        public List<ConclusionEvent> decide(Order order, Map<String, @Nullable Object> states) {
            if (order instanceof Record r) {
                roles.require(Action.RECORD_CONCLUSIONS, r.act().actor());
                vocabulary.session(r.session());
                if (states.get(sessionStream(r.session())) != null) {
                    throw new IllegalStateException("the conclusions of session " + r.session()
                            + " were already recorded");
                }
                return List.of(new ConclusionsRecorded(r.session(), r.act(), r.assessment(), r.directions()));
            }
            if (order instanceof Assign a) {
                roles.require(Action.RECORD_CONCLUSIONS, a.act().actor());
                vocabulary.agency(a.agency());
                TaskAssigned event = new TaskAssigned(a.task(), a.act(), a.session(), a.agency(), a.text(), a.due(),
                        a.deadline());
                if (states.get(sessionStream(a.session())) == null) {
                    throw new IllegalStateException("record the conclusions of session " + a.session()
                            + " before assigning their tasks");
                }
                if (states.get(taskStream(a.task())) != null) {
                    throw new IllegalArgumentException("task id " + a.task() + " is already taken");
                }
                return List.of(event);
            }
            Report r = (Report) order;
            ConclusionTask task = (ConclusionTask) Objects.requireNonNull(states.get(taskStream(r.task())));
            roles.require(Action.REPORT_TASK, r.act().actor(), List.of(task.agency()), "the agency of task " + r.task());
            TaskReported event = new TaskReported(r.task(), r.act(), r.report());
            if (task.isDone()) {
                throw new IllegalStateException("task " + r.task() + " was already reported done at "
                        + task.reportedAt());
            }
            return List.of(event);
        }

        @Override
        public List<String> streams(ConclusionEvent event, Function<String, @Nullable Held<Object>> current) {
            return Rules.streamsOf(event);
        }

        static List<String> streamsOf(ConclusionEvent event) {
            if (event instanceof ConclusionsRecorded r) {
                return List.of(sessionStream(r.session()));
            }
            if (event instanceof TaskAssigned a) {
                return List.of(taskStream(a.task()));
            }
            return List.of(taskStream(((TaskReported) event).task()));
        }

        @Override
        public List<Object> evolve(ConclusionEvent event, List<@Nullable Object> states) {
            Object state = states.get(0);
            if (event instanceof ConclusionsRecorded r) {
                if (state != null) {
                    throw new IllegalStateException("the conclusions of session " + r.session()
                            + " were already recorded");
                }
                return List.of(new ChairConclusions(r.session(), r.assessment(), r.directions(), r.act().at()));
            }
            if (event instanceof TaskAssigned a) {
                if (state != null) {
                    throw new IllegalArgumentException("task id " + a.task() + " is already taken");
                }
                return List.of(new ConclusionTask(a.task(), a.session(), a.agency(), a.text(), a.due(), a.deadline(),
                        null, null));
            }
            TaskReported r = (TaskReported) event;
            if (!(state instanceof ConclusionTask task)) {
                throw new NoSuchElementException("no conclusion task " + r.task());
            }
            if (task.isDone()) {
                throw new IllegalStateException("task " + r.task() + " was already reported done at "
                        + task.reportedAt());
            }
            return List.of(task.reported(r.act().at(), r.report()));
        }

        @Override
        public Instant recorded(ConclusionEvent event) {
            return event.act().at();
        }
    }

    /** How the conclusion journals of dialogue 0.1 give each event its stream. */
    public static java.util.function.Supplier<LegacyStreams> legacy() {
        return () -> (type, data) -> new LegacyStreams.Upgrade(
                Rules.streamsOf(ConclusionJson.EVENTS.read(type, data)), null);
    }

    /** Starts a register governed by {@code roles}. */
    public static Builder builder(RolePolicy roles) {
        return new Builder(roles);
    }

    /** A register with no record: nothing survives the process. */
    public static ConclusionRegister inMemory(RolePolicy roles) {
        return builder(roles).open();
    }

    /** Configures a register. Not thread-safe. */
    public static final class Builder {
        private final RolePolicy roles;
        private @Nullable Plan plan;
        private @Nullable Path journal;
        private @Nullable EventStore store;
        private Durability durability = Durability.BUFFERED;

        private Builder(RolePolicy roles) {
            this.roles = Objects.requireNonNull(roles, "roles");
        }

        /** Checks sessions and agencies against {@code plan}. */
        public Builder plan(Plan value) {
            plan = Objects.requireNonNull(value, "plan");
            return this;
        }

        /** Keeps every event in a journal file with {@code mode}; a journal of dialogue 0.1 is read and upgraded. */
        public Builder journal(Path file, Durability mode) {
            journal = Objects.requireNonNull(file, "file");
            durability = Objects.requireNonNull(mode, "mode");
            store = null;
            return this;
        }

        /** Keeps every event in {@code value}, which the register owns from now on. */
        public Builder store(EventStore value) {
            store = Objects.requireNonNull(value, "store");
            journal = null;
            return this;
        }

        /**
         * Opens the register, replaying its store.
         *
         * @throws vn.dialogue.store.DamagedStoreException if an event is damaged or cannot happen where it stands
         */
        public ConclusionRegister open() {
            Vocabulary vocabulary = plan == null ? Vocabulary.OPEN : Vocabulary.of(plan);
            EventStore opened = FileEventStore.chosen(store, journal, durability, legacy(), "conclusions");
            try {
                return new ConclusionRegister(roles, vocabulary, opened);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }
    }

    /** The crash-cut end of the journal when it was opened, if any. */
    public Optional<DamagedTail> damagedTail() {
        return desk.store() instanceof FileEventStore file ? file.damagedTail() : Optional.empty();
    }

    /** Reads what other processes added to the store since this register last looked. */
    public long catchUp() {
        return desk.catchUp();
    }

    /**
     * Records the chair's conclusions of {@code session}.
     *
     * @throws vn.dialogue.question.ActionRefusedException if the actor's role may not {@link Action#RECORD_CONCLUSIONS}
     * @throws IllegalStateException  if that session's conclusions were already recorded
     */
    public ChairConclusions record(Act act, String session, String assessment, List<String> directions) {
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(session, "session");
        ChairConclusions recorded = (ChairConclusions) desk.execute(new Record(act, session, assessment,
                directions)).first().state();
        LOG.debug("conclusions of session {} recorded by {}", session, act.actor().id());
        return recorded;
    }

    /**
     * Assigns a task of {@code session}'s conclusions to {@code agency}, due by {@code due}, the day
     * {@code rule} gives on the working calendar.
     *
     * @throws vn.dialogue.question.ActionRefusedException   if the actor's role may not {@link Action#RECORD_CONCLUSIONS}
     * @throws IllegalStateException    if the session's conclusions are not recorded yet
     * @throws IllegalArgumentException if the task id is taken
     */
    public VersionedTask assign(Act act, String task, String session, String agency, String text, DeadlineRule rule,
                                LocalDate due) {
        return assign(act, task, session, agency, text, Objects.requireNonNull(rule, "rule").describe(), due);
    }

    /**
     * Assigns a task of {@code session}'s conclusions to {@code agency}, due by the last day of {@code rule} in
     * {@code context} (the session's day and the working calendar).
     *
     * @throws IllegalArgumentException if the rule cannot be resolved in the context, or the task id is taken
     * @throws vn.dialogue.question.ActionRefusedException   if the actor's role may not {@link Action#RECORD_CONCLUSIONS}
     * @throws IllegalStateException    if the session's conclusions are not recorded yet
     */
    public VersionedTask assign(Act act, String task, String session, String agency, String text, DeadlineRule rule,
                                DeadlineContext context) {
        return assign(act, task, session, agency, text, rule, DueDates.resolve(rule, context));
    }

    /**
     * Assigns a task of {@code session}'s conclusions to {@code agency}, due by {@code due}; {@code deadline}
     * says in words how the day was set.
     *
     * @throws vn.dialogue.question.ActionRefusedException   if the actor's role may not {@link Action#RECORD_CONCLUSIONS}
     * @throws IllegalStateException    if the session's conclusions are not recorded yet
     * @throws IllegalArgumentException if the task id is taken
     */
    public VersionedTask assign(Act act, String task, String session, String agency, String text,
                                Bilingual deadline, LocalDate due) {
        Objects.requireNonNull(act, "act");
        Held<Object> held = desk.execute(new Assign(act, task, session, agency, text, due, deadline)).first();
        LOG.debug("task {} of session {} assigned to {} by {}", task, session, agency, act.actor().id());
        return new VersionedTask((ConclusionTask) held.state(), held.version());
    }

    /**
     * Records the task's agency's report that it is done.
     *
     * @throws NoSuchElementException if there is no such task
     * @throws StaleVersionException  if the task is no longer at {@code expectedVersion}
     * @throws IllegalStateException  if it was already reported done
     * @throws vn.dialogue.question.ActionRefusedException if the actor's role may not {@link Action#REPORT_TASK} or they do not act
     *                                for the task's agency
     */
    public VersionedTask report(String task, long expectedVersion, Act act, String report) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(act, "act");
        Held<Object> held;
        try {
            held = desk.execute(new Report(act, task, expectedVersion, report)).first();
        } catch (StaleVersionException e) {
            throw new StaleVersionException("task " + task, e.expected(), e.actual());
        }
        LOG.debug("task {} reported done by {}", task, act.actor().id());
        return new VersionedTask((ConclusionTask) held.state(), held.version());
    }

    /** The conclusions of {@code session}, if recorded. */
    public Optional<ChairConclusions> conclusions(String session) {
        return desk.get(sessionStream(session)).map(h -> (ChairConclusions) h.state());
    }

    /** Every session's conclusions, in the order recorded. */
    public List<ChairConclusions> conclusions() {
        List<String> order;
        synchronized (sessionOrder) {
            order = List.copyOf(sessionOrder);
        }
        return order.stream().map(s -> conclusions(s).orElseThrow()).toList();
    }

    /** The task with this id and its version. */
    public Optional<VersionedTask> task(String id) {
        return desk.get(taskStream(id)).map(h -> new VersionedTask((ConclusionTask) h.state(), h.version()));
    }

    /** Every task, in the order assigned. */
    public List<ConclusionTask> tasks() {
        List<String> order;
        synchronized (sessionOrder) {
            order = List.copyOf(taskOrder);
        }
        return order.stream().map(t -> task(t).orElseThrow().task()).toList();
    }

    /** The tasks in {@code status} at {@code at}, in the order assigned. */
    public List<ConclusionTask> tasks(TaskStatus status, Instant at) {
        return tasks().stream().filter(t -> t.status(at) == status).toList();
    }

    /** Hands stored events to the operating system or database. */
    public void flush() {
        desk.flush();
    }

    /** Forces stored events to durable storage. */
    public void sync() {
        desk.sync();
    }

    @Override
    public void close() {
        desk.close();
    }
}
