package vn.dialogue.plan;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * A commitment of a previous dialogue that is not yet settled: a deferred question still unanswered, or a task of
 * the chair's conclusions still open. Next year's plan takes these up first. Immutable and thread-safe.
 *
 * @param fromPlan  id of the plan of the dialogue that made the commitment
 * @param kind      what kind of commitment
 * @param reference the question's or task's id in that dialogue's records
 * @param text      what was asked or ordered, as recorded
 * @param agency    organisation id responsible, or null
 * @param due       the day it was due, or null
 */
public record CarryOver(String fromPlan, Kind kind, String reference, String text, @Nullable String agency,
                        @Nullable LocalDate due) {

    /** Kinds of unsettled commitment. */
    public enum Kind {
        /** A question deferred at the session whose written answer has not closed it. */
        DEFERRED_QUESTION,
        /** A task of the chair's conclusions not done. */
        CONCLUSION_TASK
    }

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param fromPlan id of the plan of the dialogue that made the commitment
     * @param kind what kind of commitment
     * @param reference the question's or task's id in that dialogue's records
     * @param text what was asked or ordered, as recorded
     * @param agency organisation id responsible, or null
     * @param due the day it was due, or null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public CarryOver {
        fromPlan = Ids.require(fromPlan, "fromPlan");
        Objects.requireNonNull(kind, "kind");
        reference = Objects.requireNonNull(reference, "reference").strip();
        text = Nfc.of(Objects.requireNonNull(text, "text")).strip();
        agency = Ids.optional(agency, "agency");
    }
}
