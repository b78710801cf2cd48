package vn.dialogue.plan;

import java.util.List;
import java.util.Objects;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * A content area of the dialogue: questions must fit one to pass moderation, and it routes them to agencies.
 * Immutable and thread-safe.
 *
 * @param id       stable key
 * @param title    the text of the plan's bullet
 * @param agencies organisation ids of the agencies concerned, the usual lead first
 * @param keywords words that hint a question belongs here (used to suggest a topic and a lead agency)
 */
public record Topic(String id, String title, List<String> agencies, List<String> keywords) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param id stable key
     * @param title the text of the plan's bullet
     * @param agencies organisation ids of the agencies concerned, the usual lead first
     * @param keywords words that hint a question belongs here (used to suggest a topic and a lead agency)
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Topic {
        id = Ids.require(id, "id");
        title = Nfc.of(Objects.requireNonNull(title, "title")).strip();
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        keywords = Nfc.all(keywords);
    }
}
