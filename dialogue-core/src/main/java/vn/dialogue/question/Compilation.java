package vn.dialogue.question;

import java.util.List;
import java.util.Objects;

import vn.dialogue.question.QuestionEvent.QuestionsCompiled;

/**
 * The outcome of compiling similar questions: one event, the new compiled question, and the merged members.
 * Immutable and thread-safe.
 *
 * @param event    what happened
 * @param compiled the new compiled question, accepted, holding every member's originals
 * @param merged   the members, each now merged into it
 */
public record Compilation(QuestionsCompiled event, AcceptedQuestion compiled, List<MergedQuestion> merged) {

    /**
     * Checks the fields and copies the merged questions.
     *
     * @param event    what happened
     * @param compiled the new compiled question, accepted, holding every member's originals
     * @param merged   the members, each now merged into it
     * @throws NullPointerException if a field is null
     */
    public Compilation {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(compiled, "compiled");
        merged = List.copyOf(merged);
    }
}
