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

    /** True once the agency reported it done. */
    public boolean isDone() {
        return reportedAt != null;
    }

    /** When it was reported done, if it was. */
    public Optional<Instant> done() {
        return Optional.ofNullable(reportedAt);
    }

    /** Where it stands at {@code at}, in Vietnam's time zone. */
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
