package vn.dialogue.question;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.journal.DamagedTail;
import vn.dialogue.journal.Durability;
import vn.dialogue.journal.Journal;
import vn.dialogue.journal.JournalCodec;
import vn.dialogue.journal.JournalContents;
import vn.dialogue.journal.JournalCorruptedException;
import vn.dialogue.store.StaleVersionException;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.ConclusionEvent.ConclusionsRecorded;
import vn.dialogue.question.ConclusionEvent.TaskAssigned;
import vn.dialogue.question.ConclusionEvent.TaskReported;
import vn.dialogue.text.Bilingual;

/**
 * The chair's conclusions of a dialogue's sessions and the tasks they give agencies, tracked to done with the
 * same discipline as questions: every change is an event, journaled before it is visible, replayed on open;
 * reports against a stale task version are refused. Only the roles allowed to {@link Action#RECORD_CONCLUSIONS}
 * record conclusions and assign tasks; only the task's own agency, in a role allowed to
 * {@link Action#REPORT_TASK}, reports it done. Thread-safe.
 */
public final class ConclusionRegister implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConclusionRegister.class);

    private final RolePolicy roles;
    private final Vocabulary vocabulary;
    private final @Nullable Journal<ConclusionEvent> journal;
    private final @Nullable DamagedTail damagedTail;
    private final Map<String, ChairConclusions> conclusions = new LinkedHashMap<>();
    private final Map<String, VersionedTask> tasks = new LinkedHashMap<>();

    private ConclusionRegister(RolePolicy roles, Vocabulary vocabulary, @Nullable Journal<ConclusionEvent> journal) {
        this.roles = roles;
        this.vocabulary = vocabulary;
        this.journal = journal;
        this.damagedTail = journal == null ? null : journal.loaded().damagedTail().orElse(null);
        if (journal != null) {
            replay(journal.loaded());
        }
    }

    /** Starts a register governed by {@code roles}. */
    public static Builder builder(RolePolicy roles) {
        return new Builder(roles);
    }

    /** A register with no journal. */
    public static ConclusionRegister inMemory(RolePolicy roles) {
        return builder(roles).open();
    }

    /** The codec of the conclusion journal, to read one with {@link Journal#read}. */
    public static JournalCodec<ConclusionEvent> journalCodec() {
        return QuestionJson.CONCLUSION_EVENTS;
    }

    /** Configures a register. Not thread-safe. */
    public static final class Builder {
        private final RolePolicy roles;
        private @Nullable Plan plan;
        private @Nullable Path journal;
        private Durability durability = Durability.BUFFERED;

        private Builder(RolePolicy roles) {
            this.roles = Objects.requireNonNull(roles, "roles");
        }

        /** Checks sessions and agencies against {@code plan}. */
        public Builder plan(Plan value) {
            plan = Objects.requireNonNull(value, "plan");
            return this;
        }

        /** Journals every event to {@code file} with {@code mode}. */
        public Builder journal(Path file, Durability mode) {
            journal = Objects.requireNonNull(file, "file");
            durability = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Opens the register, replaying its journal if one was given.
         *
         * @throws JournalCorruptedException if a line is not an event or cannot happen where it stands
         */
        public ConclusionRegister open() {
            Vocabulary vocabulary = plan == null ? Vocabulary.OPEN : Vocabulary.of(plan);
            if (journal == null) {
                return new ConclusionRegister(roles, vocabulary, null);
            }
            Journal<ConclusionEvent> opened = Journal.open(journal, QuestionJson.CONCLUSION_EVENTS, durability);
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
        return Optional.ofNullable(damagedTail);
    }

    /**
     * Records the chair's conclusions of {@code session}.
     *
     * @throws ActionRefusedException if the actor's role may not {@link Action#RECORD_CONCLUSIONS}
     * @throws IllegalStateException  if that session's conclusions were already recorded
     */
    public synchronized ChairConclusions record(Act act, String session, String assessment, List<String> directions) {
        roles.require(Action.RECORD_CONCLUSIONS, act.actor());
        vocabulary.session(session);
        ConclusionsRecorded event = new ConclusionsRecorded(session, act, assessment, directions);
        check(event);
        append(event);
        apply(event);
        LOG.debug("conclusions of session {} recorded by {}", session, act.actor().id());
        return conclusions.get(session);
    }

    /**
     * Assigns a task of {@code session}'s conclusions to {@code agency}, due by {@code due}, the day
     * {@code rule} gives on the working calendar.
     *
     * @throws ActionRefusedException   if the actor's role may not {@link Action#RECORD_CONCLUSIONS}
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
     * @throws ActionRefusedException   if the actor's role may not {@link Action#RECORD_CONCLUSIONS}
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
     * @throws ActionRefusedException   if the actor's role may not {@link Action#RECORD_CONCLUSIONS}
     * @throws IllegalStateException    if the session's conclusions are not recorded yet
     * @throws IllegalArgumentException if the task id is taken
     */
    public synchronized VersionedTask assign(Act act, String task, String session, String agency, String text,
                                             Bilingual deadline, LocalDate due) {
        roles.require(Action.RECORD_CONCLUSIONS, act.actor());
        vocabulary.agency(agency);
        TaskAssigned event = new TaskAssigned(task, act, session, agency, text, due, deadline);
        check(event);
        append(event);
        apply(event);
        LOG.debug("task {} of session {} assigned to {} by {}", task, session, agency, act.actor().id());
        return tasks.get(event.task());
    }

    /**
     * Records the task's agency's report that it is done.
     *
     * @throws NoSuchElementException if there is no such task
     * @throws StaleVersionException  if the task is no longer at {@code expectedVersion}
     * @throws IllegalStateException  if it was already reported done
     * @throws ActionRefusedException if the actor's role may not {@link Action#REPORT_TASK} or they do not act
     *                                for the task's agency
     */
    public synchronized VersionedTask report(String task, long expectedVersion, Act act, String report) {
        VersionedTask current = tasks.get(Objects.requireNonNull(task, "task"));
        if (current == null) {
            throw new NoSuchElementException("no conclusion task " + task);
        }
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("task " + task, expectedVersion, current.version());
        }
        roles.require(Action.REPORT_TASK, act.actor(), List.of(current.task().agency()),
                "the agency of task " + task);
        TaskReported event = new TaskReported(task, act, report);
        check(event);
        append(event);
        apply(event);
        LOG.debug("task {} reported done by {}", task, act.actor().id());
        return tasks.get(task);
    }

    private void check(ConclusionEvent event) {
        if (event instanceof ConclusionsRecorded recorded) {
            if (conclusions.containsKey(recorded.session())) {
                throw new IllegalStateException("the conclusions of session " + recorded.session()
                        + " were already recorded");
            }
        } else if (event instanceof TaskAssigned assigned) {
            if (!conclusions.containsKey(assigned.session())) {
                throw new IllegalStateException("record the conclusions of session " + assigned.session()
                        + " before assigning their tasks");
            }
            if (tasks.containsKey(assigned.task())) {
                throw new IllegalArgumentException("task id " + assigned.task() + " is already taken");
            }
        } else if (event instanceof TaskReported reported) {
            VersionedTask current = tasks.get(reported.task());
            if (current == null) {
                throw new NoSuchElementException("no conclusion task " + reported.task());
            }
            if (current.task().isDone()) {
                throw new IllegalStateException("task " + reported.task() + " was already reported done at "
                        + current.task().reportedAt());
            }
        }
    }

    private void apply(ConclusionEvent event) {
        if (event instanceof ConclusionsRecorded recorded) {
            conclusions.put(recorded.session(), new ChairConclusions(recorded.session(), recorded.assessment(),
                    recorded.directions(), recorded.act().at()));
        } else if (event instanceof TaskAssigned a) {
            tasks.put(a.task(), new VersionedTask(new ConclusionTask(a.task(), a.session(), a.agency(), a.text(), a.due(),
                    a.deadline(), null, null), 1));
        } else if (event instanceof TaskReported r) {
            VersionedTask current = tasks.get(r.task());
            tasks.put(r.task(), new VersionedTask(current.task().reported(r.act().at(), r.report()),
                    current.version() + 1));
        }
    }

    private void append(ConclusionEvent event) {
        if (journal != null) {
            journal.append(event);
        }
    }

    private void replay(JournalContents<ConclusionEvent> contents) {
        List<ConclusionEvent> events = contents.events();
        for (int i = 0; i < events.size(); i++) {
            try {
                check(events.get(i));
                apply(events.get(i));
            } catch (RuntimeException e) {
                throw new JournalCorruptedException(contents.file(), contents.lineOf(i), "event "
                        + events.get(i).getClass().getSimpleName() + " cannot happen here: " + e.getMessage(), e);
            }
        }
    }

    /** The conclusions of {@code session}, if recorded. */
    public synchronized Optional<ChairConclusions> conclusions(String session) {
        return Optional.ofNullable(conclusions.get(session));
    }

    /** Every session's conclusions, in the order recorded. */
    public synchronized List<ChairConclusions> conclusions() {
        return List.copyOf(conclusions.values());
    }

    /** The task with this id and its version. */
    public synchronized Optional<VersionedTask> task(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    /** Every task, in the order assigned. */
    public synchronized List<ConclusionTask> tasks() {
        List<ConclusionTask> all = new ArrayList<>(tasks.size());
        tasks.values().forEach(t -> all.add(t.task()));
        return List.copyOf(all);
    }

    /** The tasks in {@code status} at {@code at}, in the order assigned. */
    public List<ConclusionTask> tasks(TaskStatus status, Instant at) {
        return tasks().stream().filter(t -> t.status(at) == status).toList();
    }

    /** Forces journaled events to the storage device. */
    public synchronized void sync() {
        if (journal != null) {
            journal.sync();
        }
    }

    @Override
    public synchronized void close() {
        if (journal != null) {
            journal.close();
        }
    }
}
