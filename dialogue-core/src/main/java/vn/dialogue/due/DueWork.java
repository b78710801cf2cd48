package vn.dialogue.due;

import java.time.LocalDate;
import java.util.Objects;

import vn.dialogue.text.Bilingual;

/**
 * One piece of work an agency owes, judged on one day. Immutable and thread-safe.
 *
 * @param kind        what is due
 * @param agency      organisation id of the agency that owes it
 * @param reference   the question's id or the conclusion task's id
 * @param text        the question's wording or the task as the conclusions word it
 * @param due         the last day
 * @param workingDays working days from the day judged on to the last day: positive while days are left (the last
 *                    day counted, the day judged on not), 0 on the last day itself, negative when overdue (the
 *                    working days after the last day up to and including the day judged on, negated; 0 when only
 *                    days off have passed since)
 * @param overdue     whether the last day ended before the day judged on
 */
public record DueWork(Kind kind, String agency, String reference, String text, LocalDate due, int workingDays,
        boolean overdue) {

    /** What is due. */
    public enum Kind {
        /** The lead agency's draft answer of a routed question, before the session. */
        PREPARE_ANSWER("Chuẩn bị nội dung trả lời", "Prepare the answer"),
        /** The written answer to a question deferred at the session. */
        ANSWER_IN_WRITING("Trả lời bằng văn bản", "Answer in writing"),
        /** Telling every asker of a deferred question which agency answers and by when. */
        NOTIFY_ASKERS("Thông báo cho người hỏi", "Notify the askers"),
        /** A task the chair's conclusions gave the agency. */
        CONCLUSION_TASK("Thực hiện kết luận của chủ trì", "Carry out the chair's conclusion");

        private final Bilingual label;

        Kind(String vi, String en) {
            this.label = Bilingual.of(vi, en);
        }

        /**
         * The kind as an official reads it.
         *
         * @return its label in Vietnamese and English; never null
         */
        public Bilingual label() {
            return label;
        }
    }

    /**
     * Checks the fields.
     *
     * @param kind        what is due
     * @param agency      organisation id of the agency that owes it
     * @param reference   the question's or task's id
     * @param text        the wording of the work
     * @param due         the last day
     * @param workingDays working days left (positive), 0 on the last day, negative or 0 when overdue
     * @param overdue     whether the last day has passed
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if {@code workingDays} contradicts {@code overdue}
     */
    public DueWork {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(due, "due");
        if (overdue ? workingDays > 0 : workingDays < 0) {
            throw new IllegalArgumentException("workingDays " + workingDays + " contradicts overdue " + overdue);
        }
    }

    /**
     * Working days overdue, 0 while not overdue (and when only days off have passed since the last day).
     *
     * @return the working days after the last day up to and including the day judged on
     */
    public int workingDaysOverdue() {
        return overdue ? -workingDays : 0;
    }

    /**
     * Working days left, 0 on the last day and once overdue.
     *
     * @return the working days after the day judged on up to and including the last day
     */
    public int workingDaysLeft() {
        return overdue ? 0 : workingDays;
    }
}
