package vn.dialogue.question;

import java.time.Instant;
import java.util.Objects;

import vn.dialogue.text.Nfc;

/**
 * A record that one asker of a deferred question was told which agency answers and by when. Immutable and
 * thread-safe.
 *
 * @param original the question the asker's submission was recorded as
 * @param means    how they were told: a letter number, "SMS", "phone call"
 * @param at       when
 */
public record AskerNotice(QuestionId original, String means, Instant at) {

    /**
     * Checks the fields and puts {@code means} in NFC, trimmed.
     *
     * @param original the question the asker's submission was recorded as
     * @param means    how they were told: a letter number, "SMS", "phone call"
     * @param at       when
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if {@code means} is blank
     */
    public AskerNotice {
        Objects.requireNonNull(original, "original");
        means = Nfc.of(Objects.requireNonNull(means, "means")).strip();
        if (means.isEmpty()) {
            throw new IllegalArgumentException("say how the asker was told (letter number, phone, SMS)");
        }
        Objects.requireNonNull(at, "at");
    }
}
