package vn.dialogue.plan;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * How the dialogue is held: one main venue in person plus online bridge points. Immutable and thread-safe.
 *
 * @param mainVenue    id of the in-person venue where the chair sits
 * @param bridgePoints online points, each tied to a unit
 * @param summary      the plan's lead sentence ("Tổ chức đối thoại trực tiếp ... cụ thể:"), or null
 * @param details      the plan's bullets and paragraphs on how the dialogue runs, in order
 * @param bridgePointRule bridge points given as a rule ("every commune except ..."), expanded with the registry by
 *                     {@link Plan#bridgePoints()}, or null when every point is listed
 */
public record DialogueFormat(String mainVenue, List<BridgePoint> bridgePoints, @Nullable String summary,
                             List<String> details, @Nullable BridgePointRule bridgePointRule) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param mainVenue id of the in-person venue where the chair sits
     * @param bridgePoints online points, each tied to a unit
     * @param summary the plan's lead sentence ("Tổ chức đối thoại trực tiếp ... cụ thể:"), or null
     * @param details the plan's bullets and paragraphs on how the dialogue runs, in order
     * @param bridgePointRule bridge points given as a rule, or null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public DialogueFormat {
        mainVenue = Ids.require(mainVenue, "mainVenue");
        bridgePoints = bridgePoints == null ? List.of() : List.copyOf(bridgePoints);
        summary = Nfc.normalize(summary);
        details = Nfc.all(details);
    }

    /**
     * A format whose bridge points are all listed.
     *
     * @param mainVenue id of the in-person venue where the chair sits
     * @param bridgePoints online points, each tied to a unit
     * @param summary the plan's lead sentence, or null
     * @param details the plan's bullets and paragraphs on how the dialogue runs, in order
     */
    public DialogueFormat(String mainVenue, List<BridgePoint> bridgePoints, @Nullable String summary,
                          List<String> details) {
        this(mainVenue, bridgePoints, summary, details, null);
    }
}
