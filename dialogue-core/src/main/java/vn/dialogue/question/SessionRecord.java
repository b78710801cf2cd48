package vn.dialogue.question;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.dialogue.internal.Keys;


/**
 * The record of a session: every question taken up, who answered and the outcome, in the order they were taken
 * up. Questions raised from the floor are in it like the rest; their lifecycle is the same. Immutable and
 * thread-safe.
 *
 * @param session the session's id
 * @param entries the questions taken up, in order
 */
public record SessionRecord(String session, List<Entry> entries) {

    /** How a question ended at the session. */
    public enum Outcome {
        /** Answered at the session by the agency's official. */
        ANSWERED_LIVE,
        /** Deferred, to be answered in writing by a promised day. */
        DEFERRED
    }

    /**
     * One question taken up at the session.
     *
     * @param question   the question
     * @param wording    its wording
     * @param outcome    answered live or deferred
     * @param agency     the agency that answered, or that will answer in writing
     * @param official   who spoke for it, or null
     * @param summary    the live answer in brief; for a deferral, the reason given
     * @param promisedBy for a deferral, the promised day; else null
     * @param fromFloor  true if it was raised from the floor
     * @param askers     how many askers it answers
     * @param at         when the outcome was recorded
     */
    public record Entry(QuestionId question, String wording, Outcome outcome, String agency, @Nullable String official,
                        String summary, @Nullable LocalDate promisedBy, boolean fromFloor, int askers, Instant at) {
        /**
         * Checks the fields.
         *
         * @param question   the question
         * @param wording    its wording
         * @param outcome    answered live or deferred
         * @param agency     the agency that answered, or that will answer in writing
         * @param official   who spoke for it, or null
         * @param summary    the live answer in brief; for a deferral, the reason given
         * @param promisedBy for a deferral, the promised day; else null
         * @param fromFloor  true if it was raised from the floor
         * @param askers     how many askers it answers
         * @param at         when the outcome was recorded
         * @throws NullPointerException if {@code question}, {@code wording}, {@code outcome}, {@code agency},
         *                             {@code summary} or {@code at} is null
         */
        public Entry {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(wording, "wording");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Checks the session id and copies the entries.
     *
     * @param session the session's id
     * @param entries the questions taken up, in order
     * @throws NullPointerException     if {@code session} or {@code entries} is null, or an entry is
     * @throws IllegalArgumentException if {@code session} is not a valid key
     */
    public SessionRecord {
        session = Keys.require(session, "session");
        entries = List.copyOf(entries);
    }

    /**
     * The record of {@code session}, from the questions' current states, in the order their outcomes were
     * recorded.
     *
     * @param session   the session's id
     * @param questions the questions, in any state; those with no outcome at this session are left out
     * @return the record; never null
     */
    public static SessionRecord of(String session, Collection<? extends Question> questions) {
        Objects.requireNonNull(session, "session");
        List<Entry> entries = new ArrayList<>();
        for (Question q : questions) {
            Optional<LiveAnswer> live = Outcomes.liveAnswer(q);
            if (live.isPresent() && live.get().session().equals(session)) {
                LiveAnswer a = live.get();
                entries.add(new Entry(q.id(), q.dossier().wording(), Outcome.ANSWERED_LIVE, a.agency(), a.official(),
                        a.summary(), null, Outcomes.fromFloor(q), q.dossier().originals().size(), a.at()));
                continue;
            }
            Optional<Deferral> deferral = Outcomes.deferral(q);
            if (deferral.isPresent() && deferral.get().session().equals(session)) {
                Deferral d = deferral.get();
                entries.add(new Entry(q.id(), q.dossier().wording(), Outcome.DEFERRED, d.agency(), d.official(),
                        d.reason(), d.promisedBy(), Outcomes.fromFloor(q), q.dossier().originals().size(), d.at()));
            }
        }
        entries.sort(Comparator.comparing(Entry::at).thenComparing(Entry::question));
        return new SessionRecord(session, entries);
    }

    /**
     * How many were answered live.
     *
     * @return the number of {@link Outcome#ANSWERED_LIVE} entries
     */
    public long answeredLive() {
        return entries.stream().filter(e -> e.outcome() == Outcome.ANSWERED_LIVE).count();
    }

    /**
     * How many were deferred.
     *
     * @return the number of {@link Outcome#DEFERRED} entries
     */
    public long deferred() {
        return entries.stream().filter(e -> e.outcome() == Outcome.DEFERRED).count();
    }

    /**
     * How many were raised from the floor.
     *
     * @return the number of entries raised from the floor
     */
    public long fromFloor() {
        return entries.stream().filter(Entry::fromFloor).count();
    }
}
