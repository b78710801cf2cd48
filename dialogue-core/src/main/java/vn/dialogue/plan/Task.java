package vn.dialogue.plan;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * One piece of work the plan assigns: a bullet of section VI. Immutable and thread-safe.
 *
 * @param id           stable key, used by deadline rules that refer to it
 * @param text         the bullet as written; where it holds {@link #DEADLINE_MARKER}, the documents print the
 *                     deadline from {@code deadline} ({@link #printedText()}), so that the text keeps no second copy
 *                     of its deadline that could go stale when the plan is carried to another year
 * @param owners       organisation ids responsible, when they differ from the assignment's; else empty
 * @param coordinators organisation ids that cooperate ("phối hợp")
 * @param deliverables what the work produces (lists, documents, a report), in order
 * @param deadline     when it is due, or null when the plan sets no deadline
 */
public record Task(String id, @NotBlank(message = "{dialogue.task.text.required}") String text, List<String> owners, List<String> coordinators,
                   List<String> deliverables, @Nullable DeadlineRule deadline) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param id stable key, used by deadline rules that refer to it
     * @param text the bullet as written
     * @param owners organisation ids responsible, when they differ from the assignment's; else empty
     * @param coordinators organisation ids that cooperate ("phối hợp")
     * @param deliverables what the work produces (lists, documents, a report), in order
     * @param deadline when it is due, or null when the plan sets no deadline
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Task {
        id = Ids.require(id, "id");
        text = Nfc.of(Objects.requireNonNull(text, "text")).strip();
        owners = owners == null ? List.of() : List.copyOf(owners);
        coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
        deliverables = Nfc.all(deliverables);
    }

    /**
     * The marker a task's text holds where its deadline goes, e.g. "gửi về Sở Nội vụ {hạn} để tổng hợp": the
     * documents print the deadline there from the rule ("trước ngày 29 tháng 10 năm 2026", see
     * {@link DeadlineRule#inText()}).
     */
    public static final String DEADLINE_MARKER = "{hạn}";

    /**
     * Whether the text holds {@link #DEADLINE_MARKER}.
     *
     * @return whether the text holds the deadline marker
     */
    public boolean marksDeadline() {
        return text.contains(DEADLINE_MARKER);
    }

    /**
     * The task's words short enough for a line, as the timeline, the milestone chart and the checks name it: the
     * first clause of its printed text, at most {@value #LABEL} characters, cut at a word; never its id.
     *
     * @return the short text; never null
     */
    public String label() {
        String t = printedText().strip();
        for (char stop : new char[] {':', ';', '.'}) {
            int at = t.indexOf(stop);
            if (at >= 15) {
                t = t.substring(0, at).strip();
            }
        }
        if (t.length() > LABEL) {
            int cut = t.lastIndexOf(' ', LABEL);
            t = t.substring(0, cut > 30 ? cut : LABEL).strip();
            // a parenthesis the cut left open is dropped whole
            int open = t.lastIndexOf('(');
            if (open > 15 && t.indexOf(')', open) < 0) {
                t = t.substring(0, open).strip();
            }
            while (!t.isEmpty() && ",-–".indexOf(t.charAt(t.length() - 1)) >= 0) {
                t = t.substring(0, t.length() - 1).strip();
            }
        }
        return t;
    }

    private static final int LABEL = 160;

    /**
     * The text as a document prints it: each {@link #DEADLINE_MARKER} replaced by the deadline as it reads in a
     * sentence ({@link DeadlineRule#inText()}); a text without the marker as written. A marker in a task without a
     * deadline prints nothing in its place (the plan checks report it, {@code TASK_DEADLINE_MARKER_UNSET}).
     *
     * @return the text as a document prints it
     */
    public String printedText() {
        if (!marksDeadline()) {
            return text;
        }
        String phrase = deadline == null ? "" : deadline.inText();
        return text.replace(DEADLINE_MARKER, phrase).replaceAll(" {2,}", " ").replace(" .", ".").replace(" ,", ",")
                .strip();
    }

    /**
     * A copy with another deadline.
     *
     * @param rule the new deadline, or null for none
     * @return a copy with another deadline
     */
    public Task withDeadline(@Nullable DeadlineRule rule) {
        return new Task(id, text, owners, coordinators, deliverables, rule);
    }
}
