package vn.dialogue.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.dialogue.question.QuestionEvent.QuestionReceived;

/**
 * How erasing an asker's personal data changes states and journaled events: the asker of one original is replaced
 * by {@link Asker#pseudonym}, everything else is kept as it was (the submission's text, the compiled wording, the
 * answers, the dates, the unit, the channel and message id). Stateless.
 *
 * <p>What is erased: the asker's name, organisation and contact, and their consent (a pseudonym never consents).
 * What is kept, and why: the question's text and a compiled question's wording (they are the substance the answer
 * answers; a text that quotes its asker is struck out of public documents by the export's redaction, and can be
 * reworded by recompiling), the administrative unit (an area, for counts by unit, not a person), the channel and
 * its message id (the key that keeps intake idempotent), the attachments' references, the notices' means and the
 * acts' reasons (officials' free text, which must name a channel, not a phone number).
 */
final class Erasure {

    private Erasure() {
    }

    /** True if {@code question}'s dossier answers the submission recorded as {@code original}. */
    static boolean holds(Question question, QuestionId original) {
        for (Original o : question.dossier().originals()) {
            if (o.question().equals(original)) {
                return true;
            }
        }
        return false;
    }

    /** True if the asker of {@code original} in {@code question} is already its pseudonym. */
    static boolean erased(Question question, QuestionId original) {
        for (Original o : question.dossier().originals()) {
            if (o.question().equals(original) && !o.asker().isPseudonymOf(original)) {
                return false;
            }
        }
        return true;
    }

    /** {@code question} with the asker of {@code original} replaced by its pseudonym, in the same state. */
    static Question erase(Question question, QuestionId original) {
        Objects.requireNonNull(original, "original");
        Dossier d = erase(question.dossier(), original);
        if (question instanceof ReceivedQuestion q) {
            return new ReceivedQuestion(q.id(), d);
        }
        if (question instanceof AcceptedQuestion q) {
            return new AcceptedQuestion(q.id(), d);
        }
        if (question instanceof RejectedQuestion q) {
            return new RejectedQuestion(q.id(), d, q.reason(), q.explanation(), q.at());
        }
        if (question instanceof MergedQuestion q) {
            return new MergedQuestion(q.id(), d, q.into(), q.at());
        }
        if (question instanceof RoutedQuestion q) {
            return new RoutedQuestion(q.id(), d, q.routing());
        }
        if (question instanceof DraftedQuestion q) {
            return new DraftedQuestion(q.id(), d, q.routing(), q.draft());
        }
        if (question instanceof DeferredQuestion q) {
            return new DeferredQuestion(q.id(), d, q.deferral(), q.notices());
        }
        if (question instanceof AnsweredLiveQuestion q) {
            return new AnsweredLiveQuestion(q.id(), d, q.answer());
        }
        if (question instanceof ResolvedQuestion q) {
            return new ResolvedQuestion(q.id(), d, q.deferral(), q.notices(), q.answer());
        }
        if (question instanceof LocallyHandledQuestion q) {
            return new LocallyHandledQuestion(q.id(), d, q.settlement());
        }
        if (question instanceof ClosedQuestion q) {
            return new ClosedQuestion((SettledQuestion) erase(q.settled(), original), q.at());
        }
        if (question instanceof WithdrawnQuestion q) {
            return new WithdrawnQuestion(erase(q.before(), original), q.at());
        }
        throw new IllegalStateException("unknown question state " + question.getClass().getName());
    }

    private static Dossier erase(Dossier dossier, QuestionId original) {
        List<Original> originals = new ArrayList<>(dossier.originals().size());
        for (Original o : dossier.originals()) {
            originals.add(o.question().equals(original) ? erase(o) : o);
        }
        return new Dossier(originals, dossier.topics(), dossier.wording());
    }

    private static Original erase(Original o) {
        return new Original(o.question(), o.submission().withAsker(Asker.pseudonym(o.question(), o.asker().unit())));
    }

    /**
     * {@code event} as the journal keeps it once the askers of {@code erased} are erased: a reception of one of
     * them carries the pseudonym; every other event is returned as it is (none carries an asker).
     */
    static QuestionEvent scrub(QuestionEvent event, Set<QuestionId> erased) {
        if (event instanceof QuestionReceived r && erased.contains(r.question())) {
            Asker asker = r.submission().asker();
            if (asker.isPseudonymOf(r.question())) {
                return event;
            }
            return new QuestionReceived(r.question(), r.act(),
                    r.submission().withAsker(Asker.pseudonym(r.question(), asker.unit())));
        }
        return event;
    }
}
