package vn.dialogue.venue;

import org.jspecify.annotations.Nullable;

import vn.dialogue.text.Nfc;

/**
 * Connection details of an online meeting room. Immutable and thread-safe.
 *
 * @param system   the conferencing system, e.g. "Hệ thống hội nghị truyền hình tỉnh", or null
 * @param room     room name or number on that system, or null
 * @param link     join link, or null
 * @param provider who secures the link, e.g. an organisation id of the telecom operator, or null
 */
public record OnlineRoom(@Nullable String system, @Nullable String room, @Nullable String link,
                         @Nullable String provider) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param system the conferencing system, e.g. "Hệ thống hội nghị truyền hình tỉnh", or null
     * @param room room name or number on that system, or null
     * @param link join link, or null
     * @param provider who secures the link, e.g. an organisation id of the telecom operator, or null
     */
    public OnlineRoom {
        system = Nfc.normalize(system);
        room = Nfc.normalize(room);
        link = Nfc.normalize(link);
        provider = Nfc.normalize(provider);
    }
}
