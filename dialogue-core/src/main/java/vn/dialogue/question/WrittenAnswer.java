package vn.dialogue.question;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.internal.Keys;
import vn.dialogue.text.Nfc;

/**
 * The written answer to a deferred question. Immutable and thread-safe.
 *
 * @param agency   organisation id of the agency that answered
 * @param official who signed, or null
 * @param document the answering document's reference (number and symbol, or a storage key)
 * @param summary  the answer in brief
 * @param at       when it was sent
 */
public record WrittenAnswer(String agency, @Nullable String official, String document, String summary, Instant at) {

    /**
     * Checks the fields and puts the text in NFC.
     *
     * @param agency   organisation id of the agency that answered
     * @param official who signed, or null
     * @param document the answering document's reference (number and symbol, or a storage key)
     * @param summary  the answer in brief
     * @param at       when it was sent
     * @throws NullPointerException     if a field other than {@code official} is null
     * @throws IllegalArgumentException if the agency is not a valid key, the document is blank, or the summary is
     *                                  blank or longer than {@link Submission#MAX_TEXT} characters
     */
    public WrittenAnswer {
        agency = Keys.require(agency, "agency");
        official = Nfc.normalize(official);
        document = Nfc.of(Objects.requireNonNull(document, "document")).strip();
        if (document.isEmpty()) {
            throw new IllegalArgumentException("a written answer names its document");
        }
        summary = Contribution.requireText(summary, "written answer");
        Objects.requireNonNull(at, "at");
    }
}
