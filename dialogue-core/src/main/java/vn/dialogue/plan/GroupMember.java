package vn.dialogue.plan;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.text.Nfc;

/**
 * One line of a delegate group ("- Chủ trì: Chủ tịch Ủy ban nhân dân tỉnh."). Immutable and thread-safe.
 *
 * @param text          the line as the plan writes it
 * @param role          the role of the people on this line, when it differs from the group's, or null
 * @param organisations organisation ids of the bodies this line invites
 * @param expected      how many people this line brings, or null when the plan does not say
 */
public record GroupMember(String text, @Nullable DelegateRole role, List<String> organisations,
                          @Nullable Headcount expected) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param text the line as the plan writes it
     * @param role the role of the people on this line, when it differs from the group's, or null
     * @param organisations organisation ids of the bodies this line invites
     * @param expected how many people this line brings, or null when the plan does not say
     * @throws NullPointerException if a required component is null
     */
    public GroupMember {
        text = Nfc.of(Objects.requireNonNull(text, "text")).strip();
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }

    /**
     * A member named by its text only, e.g. "Đại diện lãnh đạo các sở, ngành".
     *
     * @param text the member as the plan writes it
     * @return the member
     */
    public static GroupMember of(String text) {
        return new GroupMember(text, null, List.of(), null);
    }
}
