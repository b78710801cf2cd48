package vn.dialogue.conclusion;

import vn.dialogue.question.Act;
import vn.dialogue.question.Contribution;

import vn.dialogue.organisation.Ids;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.dialogue.text.Bilingual;
import vn.dialogue.text.Nfc;

/**
 * Something that happened to the chair's conclusions or one of their tasks, in the past tense; journaled like
 * question events. Records, immutable and thread-safe.
 */
public sealed interface ConclusionEvent {

    /** Who did it, when and why. */
    Act act();

    /** The chair's conclusions of a session were recorded: the general assessment and the directions. */
    record ConclusionsRecorded(String session, Act act, String assessment, List<String> directions)
            implements ConclusionEvent {
        public ConclusionsRecorded {
            session = Ids.require(session, "session");
            Objects.requireNonNull(act, "act");
            assessment = Contribution.requireText(assessment, "assessment");
            directions = Nfc.all(directions);
        }
    }

    /**
     * A task of the conclusions was assigned to an agency, due by {@code due} under the rule {@code deadline}
     * describes.
     */
    record TaskAssigned(String task, Act act, String session, String agency, String text, LocalDate due,
                        Bilingual deadline) implements ConclusionEvent {
        public TaskAssigned {
            task = Ids.require(task, "task");
            Objects.requireNonNull(act, "act");
            session = Ids.require(session, "session");
            agency = Ids.require(agency, "agency");
            text = Contribution.requireText(text, "task");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /** The agency reported the task done. */
    record TaskReported(String task, Act act, String report) implements ConclusionEvent {
        public TaskReported {
            task = Ids.require(task, "task");
            Objects.requireNonNull(act, "act");
            report = Contribution.requireText(report, "task report");
        }
    }
}
