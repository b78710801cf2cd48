package vn.dialogue.deadline;

import vn.dialogue.text.Bilingual;

/**
 * When a piece of work is due, as the plan states it: a rule, not just a date.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface DeadlineRule permits FixedDeadline {

    /** How the rule reads in a document, in Vietnamese and English. */
    Bilingual describe();
}
