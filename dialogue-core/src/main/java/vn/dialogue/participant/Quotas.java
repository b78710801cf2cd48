package vn.dialogue.participant;

import vn.dialogue.plan.Headcount;

/** Comparing a count with a stated headcount. */
final class Quotas {

    enum Outcome { SHORT, WITHIN, OVER }

    private Quotas() {
    }

    static Outcome compare(int count, Headcount expected) {
        if (count < expected.lowest()) {
            return Outcome.SHORT;
        }
        return count > expected.highest() ? Outcome.OVER : Outcome.WITHIN;
    }

    static String english(Headcount h) {
        if (h.exactly() != null) {
            return "exactly " + h.exactly();
        }
        if (h.about() != null) {
            return "about " + h.about() + " (" + h.lowest() + " to " + h.highest() + ")";
        }
        if (h.min() != null && h.max() != null) {
            return h.min() + " to " + h.max();
        }
        return h.min() != null ? "at least " + h.min() : "at most " + h.max();
    }
}
