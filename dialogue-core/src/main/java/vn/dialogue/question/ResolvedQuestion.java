package vn.dialogue.question;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deferred question answered in writing.
 *
 * @param id       the question's key
 * @param dossier  what it was about
 * @param deferral the promise made at the session
 * @param notices  the notices sent to askers
 * @param answer   the written answer
 */
public record ResolvedQuestion(QuestionId id, Dossier dossier, Deferral deferral, List<AskerNotice> notices,
                               WrittenAnswer answer) implements SettledQuestion {

    public ResolvedQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(deferral, "deferral");
        notices = List.copyOf(notices);
        Objects.requireNonNull(answer, "answer");
    }

    @Override
    public QuestionStatus status() {
        return QuestionStatus.RESOLVED_IN_WRITING;
    }

    @Override
    public Optional<String> agency() {
        return Optional.of(answer.agency());
    }

    /** True if the answer was sent by the end of the promised day, in Vietnam's time zone. */
    public boolean onTime() {
        return DialogueTime.onTime(answer.at(), deferral.promisedBy());
    }

    /** The originals whose askers were never told of the deferral. */
    public List<Original> noticesPending() {
        return DeferredQuestion.pending(dossier, notices);
    }
}
