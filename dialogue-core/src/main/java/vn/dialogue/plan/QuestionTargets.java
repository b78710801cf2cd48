package vn.dialogue.plan;

import org.jspecify.annotations.Nullable;

import vn.dialogue.text.Nfc;

/**
 * How many opinions and questions the plan expects to gather before the session, and how many it expects to take
 * up at it ("dự kiến tổng hợp khoảng 150 ý kiến, lựa chọn 15 - 20 ý kiến để đối thoại trực tiếp"). Both are plans, not
 * results: the question lifecycle counts what was gathered and answered. Immutable and thread-safe.
 *
 * @param gathered the number expected to be gathered beforehand, or null
 * @param takenUp  the number expected to be taken up at the session, or null
 * @param note     how they are chosen, as written (e.g. "ưu tiên các ý kiến được nhiều người quan tâm"), or null
 */
public record QuestionTargets(@Nullable Headcount gathered, @Nullable Headcount takenUp, @Nullable String note) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param gathered the number expected to be gathered beforehand, or null
     * @param takenUp the number expected to be taken up at the session, or null
     * @param note how they are chosen, as written, or null
     * @throws IllegalArgumentException if neither count is given
     */
    public QuestionTargets {
        if (gathered == null && takenUp == null) {
            throw new IllegalArgumentException("questions: give gathered, takenUp or both");
        }
        note = Nfc.normalize(note);
    }
}
