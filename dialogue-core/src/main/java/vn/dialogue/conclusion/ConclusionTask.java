package vn.dialogue.conclusion;

import vn.dialogue.question.DialogueTime;

import vn.dialogue.organisation.Ids;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.dialogue.text.Bilingual;
import vn.dialogue.text.Nfc;

/**
 * A task the chair's conclusions gave an agency. Immutable and thread-safe.
 *
 * @param id         the task's key
 * @param session    the session whose conclusions gave it
 * @param agency     organisation id of the agency that must do it
 * @param text       the task as the conclusions word it
 * @param due        its last day, resolved from its rule
 * @param deadline   the rule as a document prints it ("trong 10 ngày làm việc")
 * @param reportedAt when the agency reported it done, or null
 * @param report     what the agency reported, or null
 */
public record ConclusionTask(String id, String session, String agency, String text, LocalDate due,
                             Bilingual deadline, @Nullable Instant reportedAt, @Nullable String report) {

    /**
     * Checks the fields and puts the texts in NFC.
     *
     * @param id         the task's key, a key: ASCII letters, digits, dot, underscore and hyphen, at most 128 characters
     * @param session    the session's key
     * @param agency     organisation id of the agency that must do it
     * @param text       the task as the conclusions word it
     * @param due        its last day
     * @param deadline   the rule as a document prints it
     * @param reportedAt when the agency reported it done, or null
     * @param report     what the agency reported, or null; given exactly when {@code reportedAt} is
     * @throws NullPointerException     if a field other than {@code reportedAt} and {@code report} is null
     * @throws IllegalArgumentException if a key is not valid, or only one of {@code reportedAt} and
     *                                  {@code report} is given
     */
    public ConclusionTask {
        id = Ids.require(id, "id");
        session = Ids.require(session, "session");
        agency = Ids.require(agency, "agency");
        text = Nfc.of(Objects.requireNonNull(text, "text"));
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(deadline, "deadline");
        report = Nfc.normalize(report);
        if ((reportedAt == null) != (report == null)) {
            throw new IllegalArgumentException("task " + id + ": a report needs both its time and its text");
        }
    }

    /**
     * Whether the agency reported it done.
     *
     * @return true once a report is recorded, on time or late
     */
    public boolean isDone() {
        return reportedAt != null;
    }

    /**
     * When it was reported done, if it was.
     *
     * @return the report's instant, or empty while the task is not done
     */
    public Optional<Instant> done() {
        return Optional.ofNullable(reportedAt);
    }

    /**
     * Where it stands at {@code at}, in Vietnam's time zone: done on time or late once reported (whatever
     * {@code at}), else overdue once {@code at} falls after its last day, else open.
     *
     * @param at the instant to judge it at
     * @return its status; never null
     * @throws NullPointerException if {@code at} is null
     */
    public TaskStatus status(Instant at) {
        Objects.requireNonNull(at, "at");
        if (reportedAt != null) {
            return DialogueTime.onTime(reportedAt, due) ? TaskStatus.DONE_ON_TIME : TaskStatus.DONE_LATE;
        }
        return DialogueTime.dayOf(at).isAfter(due) ? TaskStatus.OVERDUE : TaskStatus.OPEN;
    }

    ConclusionTask reported(Instant at, String text) {
        return new ConclusionTask(id, session, agency, this.text, due, deadline, at, text);
    }
}
