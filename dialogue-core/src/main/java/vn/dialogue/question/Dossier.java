package vn.dialogue.question;

import java.util.List;
import java.util.Objects;

import vn.dialogue.internal.Keys;
import vn.dialogue.text.Nfc;

/**
 * What a question is about, whatever its state: the originals it answers, its topics and its wording.
 * Immutable and thread-safe.
 *
 * @param originals the submissions it answers: one for a question as submitted, all members' for a compiled
 *                  question (never empty)
 * @param topics    ids of the plan's topics it belongs to
 * @param wording   the text to answer: the submission's text, or the compiled wording
 */
public record Dossier(List<Original> originals, List<String> topics, String wording) {

    /**
     * Checks the fields, copies the lists and puts the wording in NFC.
     *
     * @param originals the submissions it answers: one for a question as submitted, all members' for a compiled
     *                  question (never empty)
     * @param topics    ids of the plan's topics it belongs to
     * @param wording   the text to answer: the submission's text, or the compiled wording
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if there is no original, a topic id is not a valid key, or the wording is
     *                                  blank
     */
    public Dossier {
        originals = List.copyOf(Objects.requireNonNull(originals, "originals"));
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("a question answers at least one submission");
        }
        topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
        for (String topic : topics) {
            Keys.require(topic, "topic");
        }
        Objects.requireNonNull(wording, "wording");
        // a submission's text is NFC already: skip the check when the wording is that very string
        if (originals.size() != 1 || wording != originals.get(0).submission().text()) {
            wording = Nfc.of(wording);
        }
        if (wording.isBlank()) {
            throw new IllegalArgumentException("a question's wording is blank");
        }
    }

    /** The dossier of a question as submitted. */
    static Dossier of(QuestionId id, Submission submission) {
        return new Dossier(List.of(new Original(id, submission)), submission.topics(), submission.text());
    }

    /** A copy with these topics. */
    Dossier withTopics(List<String> newTopics) {
        return new Dossier(originals, newTopics, wording);
    }

    /**
     * Whether it answers several submissions: a compiled question's dossier.
     *
     * @return true for more than one original
     */
    public boolean isCompiled() {
        return originals.size() > 1;
    }

    /**
     * Every asker it answers, in order.
     *
     * @return one asker per original; unmodifiable, never null
     */
    public List<Asker> askers() {
        return originals.stream().map(Original::asker).toList();
    }

    @Override
    public String toString() {
        return "Dossier[" + originals.size() + " originals, topics=" + topics + "]";
    }
}
