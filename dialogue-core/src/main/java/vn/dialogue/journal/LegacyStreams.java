package vn.dialogue.journal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How one family of events reads journals written before events carried their streams (the format of dialogue
 * 0.1): for each such event, in file order, the streams it changed and its idempotency key. It may keep state
 * across calls (a compilation's members are found by what came before); one is made per file read.
 */
@FunctionalInterface
public interface LegacyStreams {

    /**
     * The streams a legacy event changed (its own first) and its key.
     *
     * @param type the event's type name, from its {@code "type"}
     * @param data the event's other fields, as one JSON object
     * @return its streams and key
     * @throws RuntimeException with a message saying why, if the event is not one of the family
     */
    Upgrade streamsOf(String type, String data);

    /**
     * What a legacy event becomes.
     *
     * @param streams the streams it changed, its own first
     * @param key     its idempotency key, or null
     */
    record Upgrade(List<String> streams, @Nullable String key) {
        /**
         * Copies the list.
         *
         * @param streams the streams it changed, its own first
         * @param key     its idempotency key, or null
         * @throws NullPointerException if {@code streams} is null or holds null
         */
        public Upgrade {
            streams = List.copyOf(streams);
        }
    }
}
