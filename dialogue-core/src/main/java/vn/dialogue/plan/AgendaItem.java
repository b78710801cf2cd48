package vn.dialogue.plan;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * An item of the session's programme (Chương trình): what happens, when, for how long, who speaks.
 * Immutable and thread-safe.
 *
 * @param id          stable key
 * @param title       what happens, e.g. "Phát biểu khai mạc"
 * @param start       start time, or null when the programme only orders the items
 * @param minutes     planned length in minutes, or null
 * @param presenter   who speaks or leads it, as written, e.g. "Lãnh đạo Sở Nội vụ", or null
 * @param agencies    organisation ids answering or reporting in this item
 * @param carriedOver the previous dialogue's commitment this item follows up, or null
 * @param topic       the id of the plan's topic this item takes up (a dialogue item), or null; the run-of-show
 *                    script places a question under the item of its topic
 * @param session     id of the session (sitting or event) the item belongs to, or null for the first session
 */
public record AgendaItem(String id, String title, @Nullable LocalTime start, @Nullable Integer minutes,
                         @Nullable String presenter, List<String> agencies, @Nullable CarryOver carriedOver,
                         @Nullable String topic, @Nullable String session) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param id stable key
     * @param title what happens, e.g. "Phát biểu khai mạc"
     * @param start start time, or null when the programme only orders the items
     * @param minutes planned length in minutes, or null
     * @param presenter who speaks or leads it, as written, e.g. "Lãnh đạo Sở Nội vụ", or null
     * @param agencies organisation ids answering or reporting in this item
     * @param carriedOver the previous dialogue's commitment this item follows up, or null
     * @param topic the id of the plan's topic this item takes up, or null
     * @param session id of the session the item belongs to, or null for the first session
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public AgendaItem {
        id = Ids.require(id, "id");
        title = Nfc.of(Objects.requireNonNull(title, "title")).strip();
        if (minutes != null && minutes <= 0) {
            throw new IllegalArgumentException("agenda item " + id + ": minutes must be positive, was " + minutes);
        }
        presenter = Nfc.normalize(presenter);
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        topic = topic == null || topic.isBlank() ? null : Ids.require(topic, "topic");
        session = Ids.optional(session, "session");
    }

    /**
     * An item of the first session that takes up no particular topic.
     *
     * @param id stable key
     * @param title what happens
     * @param start start time, or null
     * @param minutes planned length in minutes, or null
     * @param presenter who speaks or leads it, or null
     * @param agencies organisation ids answering or reporting in this item
     * @param carriedOver the previous dialogue's commitment this item follows up, or null
     */
    public AgendaItem(String id, String title, @Nullable LocalTime start, @Nullable Integer minutes,
                      @Nullable String presenter, List<String> agencies, @Nullable CarryOver carriedOver) {
        this(id, title, start, minutes, presenter, agencies, carriedOver, null, null);
    }
}
