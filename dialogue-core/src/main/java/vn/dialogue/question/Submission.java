package vn.dialogue.question;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.internal.Keys;
import vn.dialogue.text.Nfc;

/**
 * What an asker sent, as it arrived: never changed afterwards (text is only brought to Unicode NFC, which does
 * not change what was typed). Immutable and thread-safe.
 *
 * @param messageId   the channel's own id for the message (a portal's form id, a branch's register number, the
 *                    secretariat's number for a floor question); with the channel it makes intake idempotent
 * @param kind        opinion, proposal, recommendation or question
 * @param text        the text as written, never blank, at most {@value #MAX_TEXT} characters
 * @param topics      ids of the plan's topics the sender or the branch chose; may be empty
 * @param asker       who sent it
 * @param channel     how it came
 * @param receivedAt  when the channel received it
 * @param forwardedBy id of the organisation (a union branch, a district) that forwarded it, or null
 * @param attachments files sent with it, by reference
 */
public record Submission(String messageId, SubmissionKind kind, String text, List<String> topics, Asker asker,
                         Channel channel, Instant receivedAt, @Nullable String forwardedBy,
                         List<Attachment> attachments) {

    /** The longest text accepted, in characters. */
    public static final int MAX_TEXT = 20_000;

    /**
     * Checks the fields, puts the text in NFC and copies the lists.
     *
     * @param messageId   the channel's own id for the message, a key
     * @param kind        opinion, proposal, recommendation or question
     * @param text        the text as written, not blank, at most {@value #MAX_TEXT} characters
     * @param topics      ids of the plan's topics, each a key; may be empty
     * @param asker       who sent it
     * @param channel     how it came
     * @param receivedAt  when the channel received it
     * @param forwardedBy id of the organisation that forwarded it, or null
     * @param attachments files sent with it, by reference
     * @throws NullPointerException     if a field other than {@code forwardedBy} is null
     * @throws IllegalArgumentException if the text is blank or too long, or an id is not a valid key, saying which
     */
    public Submission {
        messageId = Keys.require(messageId, "messageId");
        Objects.requireNonNull(kind, "kind");
        text = Nfc.of(Objects.requireNonNull(text, "text"));
        if (text.isBlank()) {
            throw new IllegalArgumentException("submission " + messageId + ": text is blank");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("submission " + messageId + ": text has " + text.length()
                    + " characters, the limit is " + MAX_TEXT + "; attach longer documents by reference");
        }
        topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
        for (String topic : topics) {
            Keys.require(topic, "topic");
        }
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        forwardedBy = Keys.optional(forwardedBy, "forwardedBy");
        attachments = List.copyOf(Objects.requireNonNull(attachments, "attachments"));
    }

    /**
     * A submission with no topics chosen, no forwarding organisation and no attachments.
     *
     * @param messageId  the channel's own id for the message
     * @param kind       opinion, proposal, recommendation or question
     * @param text       the text as written
     * @param asker      who sent it
     * @param channel    how it came
     * @param receivedAt when the channel received it
     * @return the submission; never null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the text is blank or too long, or the message id is not a valid key
     */
    public static Submission of(String messageId, SubmissionKind kind, String text, Asker asker, Channel channel,
                                Instant receivedAt) {
        return new Submission(messageId, kind, text, List.of(), asker, channel, receivedAt, null, List.of());
    }

    /**
     * A copy with these topic ids; everything else stays.
     *
     * @param newTopics ids of the plan's topics, each a key
     * @return the new submission; never null
     * @throws NullPointerException     if {@code newTopics} is null
     * @throws IllegalArgumentException if a topic id is not a valid key
     */
    public Submission withTopics(List<String> newTopics) {
        return new Submission(messageId, kind, text, newTopics, asker, channel, receivedAt, forwardedBy, attachments);
    }

    /**
     * A copy forwarded by this organisation; everything else stays.
     *
     * @param organisation id of the forwarding organisation, or null for none
     * @return the new submission; never null
     * @throws IllegalArgumentException if {@code organisation} is not a valid key
     */
    public Submission withForwardedBy(@Nullable String organisation) {
        return new Submission(messageId, kind, text, topics, asker, channel, receivedAt, organisation, attachments);
    }

    /** A copy sent by {@code newAsker}: for erasure, which replaces the asker by a pseudonym. */
    Submission withAsker(Asker newAsker) {
        return new Submission(messageId, kind, text, topics, newAsker, channel, receivedAt, forwardedBy, attachments);
    }

    /**
     * A copy with these attachments; everything else stays.
     *
     * @param newAttachments files sent with it, by reference
     * @return the new submission; never null
     * @throws NullPointerException if {@code newAttachments} is null or holds null
     */
    public Submission withAttachments(List<Attachment> newAttachments) {
        return new Submission(messageId, kind, text, topics, asker, channel, receivedAt, forwardedBy, newAttachments);
    }

    /**
     * The key that makes intake idempotent: the channel and its message id.
     *
     * @return {@code channel().key() + "#" + messageId()}; never null
     */
    public String intakeKey() {
        return channel.key() + "#" + messageId;
    }

    /** Leaves out the text and the asker's identity, which may hold personal data. */
    @Override
    public String toString() {
        return "Submission[" + intakeKey() + ", " + kind + ", " + text.length() + " chars, topics=" + topics
                + ", " + asker + "]";
    }
}
