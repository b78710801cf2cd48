package vn.dialogue.question;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts over a dialogue's questions at an instant, for the compiling department's reports. Immutable and
 * thread-safe.
 *
 * <p>What is counted: {@code byStatus} counts every question, merged members and compiled questions alike.
 * {@code byTopic} and {@code byAgency} count the questions to be answered (merged members are answered through
 * their compiled question and left out); a question with several topics counts under each. {@code byChannel},
 * {@code byChannelSource} and {@code byUnit} count submissions, each once, by how it came and the asker's unit
 * ({@code submissionsWithoutUnit} when the asker gave none). Deferred questions are on time when answered in
 * writing by the end of the promised day, late after it, overdue when still unanswered after it.
 *
 * @param at                     the instant it was computed for
 * @param byStatus               questions by state
 * @param byTopic                questions to answer, by topic id
 * @param byAgency               questions to answer, by answerable agency id (lead, answering or responsible)
 * @param byChannel              submissions by channel kind
 * @param byChannelSource        submissions by channel key (kind and source, e.g. a union branch)
 * @param byUnit                 submissions by the asker's administrative unit id
 * @param submissionsWithoutUnit submissions whose asker gave no unit
 * @param answeredLive           questions answered live at a session
 * @param deferred               questions deferred at a session
 * @param deferredOnTime         deferred questions answered in writing on time
 * @param deferredLate           deferred questions answered in writing late
 * @param deferredOverdue        deferred questions unanswered after the promised day
 * @param deferredPending        deferred questions unanswered, not yet due
 * @param overdueByAgency        overdue work by agency id
 * @param writtenByAgency        deferred questions by the agency responsible for the written answer, on time,
 *                               late, overdue and pending
 */
public record QuestionReport(Instant at, Map<QuestionStatus, Integer> byStatus, Map<String, Integer> byTopic,
                             Map<String, Integer> byAgency, Map<ChannelKind, Integer> byChannel,
                             Map<String, Integer> byChannelSource, Map<String, Integer> byUnit,
                             int submissionsWithoutUnit, int answeredLive, int deferred, int deferredOnTime,
                             int deferredLate, int deferredOverdue, int deferredPending,
                             Map<String, List<DueItem>> overdueByAgency, Map<String, Timeliness> writtenByAgency) {

    /**
     * How one agency kept its promises of written answers.
     *
     * @param onTime  answered in writing by the end of the promised day
     * @param late    answered in writing after it
     * @param overdue unanswered after it
     * @param pending unanswered, not yet due
     */
    public record Timeliness(int onTime, int late, int overdue, int pending) {

        /**
         * How many answers it promised.
         *
         * @return the sum of the four counts
         */
        public int promised() {
            return onTime + late + overdue + pending;
        }

        /**
         * The share of answers due by now that came on time.
         *
         * @return {@code onTime / (onTime + late + overdue)}, 0 to 1; 1 when none is due yet
         */
        public double onTimeRate() {
            int due = onTime + late + overdue;
            return due == 0 ? 1 : (double) onTime / due;
        }

        Timeliness plus(Timeliness other) {
            return new Timeliness(onTime + other.onTime, late + other.late, overdue + other.overdue,
                    pending + other.pending);
        }
    }

    /**
     * Copies the maps and lists, sorted by key (statuses in their order).
     *
     * @param at                     the instant it was computed for
     * @param byStatus               questions by state
     * @param byTopic                questions to answer, by topic id
     * @param byAgency               questions to answer, by answerable agency id (lead, answering or responsible)
     * @param byChannel              submissions by channel kind
     * @param byChannelSource        submissions by channel key (kind and source, e.g. a union branch)
     * @param byUnit                 submissions by the asker's administrative unit id
     * @param submissionsWithoutUnit submissions whose asker gave no unit
     * @param answeredLive           questions answered live at a session
     * @param deferred               questions deferred at a session
     * @param deferredOnTime         deferred questions answered in writing on time
     * @param deferredLate           deferred questions answered in writing late
     * @param deferredOverdue        deferred questions unanswered after the promised day
     * @param deferredPending        deferred questions unanswered, not yet due
     * @param overdueByAgency        overdue work by agency id
     * @param writtenByAgency        deferred questions by the agency responsible for the written answer, on time,
     *                               late, overdue and pending
     * @throws NullPointerException if {@code at} or a collection is null
     */
    public QuestionReport {
        Objects.requireNonNull(at, "at");
        byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus.isEmpty()
                ? new EnumMap<>(QuestionStatus.class) : byStatus));
        byTopic = Collections.unmodifiableMap(new TreeMap<>(byTopic));
        byAgency = Collections.unmodifiableMap(new TreeMap<>(byAgency));
        byChannel = Collections.unmodifiableMap(new EnumMap<>(byChannel.isEmpty()
                ? new EnumMap<>(ChannelKind.class) : byChannel));
        byChannelSource = Collections.unmodifiableMap(new TreeMap<>(byChannelSource));
        byUnit = Collections.unmodifiableMap(new TreeMap<>(byUnit));
        TreeMap<String, List<DueItem>> overdue = new TreeMap<>();
        overdueByAgency.forEach((agency, items) -> overdue.put(agency, List.copyOf(items)));
        overdueByAgency = Collections.unmodifiableMap(overdue);
        writtenByAgency = Collections.unmodifiableMap(new TreeMap<>(writtenByAgency));
    }

    /**
     * Counts over {@code questions} at {@code at}.
     *
     * @param questions the questions, in any state
     * @param at        the instant to judge deadlines at
     * @return the report; never null
     */
    public static QuestionReport of(Collection<? extends Question> questions, Instant at) {
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(at, "at");
        EnumMap<QuestionStatus, Integer> byStatus = new EnumMap<>(QuestionStatus.class);
        TreeMap<String, Integer> byTopic = new TreeMap<>();
        TreeMap<String, Integer> byAgency = new TreeMap<>();
        EnumMap<ChannelKind, Integer> byChannel = new EnumMap<>(ChannelKind.class);
        TreeMap<String, Integer> byChannelSource = new TreeMap<>();
        TreeMap<String, Integer> byUnit = new TreeMap<>();
        int withoutUnit = 0;
        int live = 0;
        int deferred = 0;
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        int pending = 0;
        TreeMap<String, Timeliness> written = new TreeMap<>();
        for (Question q : questions) {
            byStatus.merge(q.status(), 1, Integer::sum);
            for (Original original : q.dossier().originals()) {
                if (!original.question().equals(q.id())) {
                    continue;
                }
                Submission s = original.submission();
                byChannel.merge(s.channel().kind(), 1, Integer::sum);
                byChannelSource.merge(s.channel().key(), 1, Integer::sum);
                String unit = s.asker().unit();
                if (unit == null) {
                    withoutUnit++;
                } else {
                    byUnit.merge(unit, 1, Integer::sum);
                }
            }
            if (q instanceof MergedQuestion || (q instanceof WithdrawnQuestion w && w.before() instanceof MergedQuestion)) {
                continue;
            }
            for (String topic : q.dossier().topics()) {
                byTopic.merge(topic, 1, Integer::sum);
            }
            q.agency().ifPresent(agency -> byAgency.merge(agency, 1, Integer::sum));
            if (Outcomes.liveAnswer(q).isPresent()) {
                live++;
            }
            Optional<Deferral> deferral = Outcomes.deferral(q);
            if (deferral.isPresent()) {
                deferred++;
                Optional<ResolvedQuestion> resolved = Outcomes.resolution(q);
                Timeliness one = null;
                if (resolved.isPresent()) {
                    if (resolved.get().onTime()) {
                        onTime++;
                        one = new Timeliness(1, 0, 0, 0);
                    } else {
                        late++;
                        one = new Timeliness(0, 1, 0, 0);
                    }
                } else if (q instanceof DeferredQuestion) {
                    if (DialogueTime.dayOf(at).isAfter(deferral.get().promisedBy())) {
                        overdue++;
                        one = new Timeliness(0, 0, 1, 0);
                    } else {
                        pending++;
                        one = new Timeliness(0, 0, 0, 1);
                    }
                }
                if (one != null) {
                    written.merge(deferral.get().agency(), one, Timeliness::plus);
                }
            }
        }
        TreeMap<String, List<DueItem>> overdueByAgency = new TreeMap<>();
        for (DueItem item : Deadlines.overdue(questions, at)) {
            overdueByAgency.computeIfAbsent(item.agency(), a -> new ArrayList<>()).add(item);
        }
        return new QuestionReport(at, byStatus, byTopic, byAgency, byChannel, byChannelSource, byUnit, withoutUnit,
                live, deferred, onTime, late, overdue, pending, overdueByAgency, written);
    }

    /**
     * How many questions are in {@code status}.
     *
     * @param status the state
     * @return the count, 0 when none is
     */
    public int count(QuestionStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    /**
     * The overdue work of {@code agency}.
     *
     * @param agency the agency's organisation id
     * @return its overdue items, empty if none; unmodifiable, never null
     */
    public List<DueItem> overdue(String agency) {
        return overdueByAgency.getOrDefault(agency, List.of());
    }
}
