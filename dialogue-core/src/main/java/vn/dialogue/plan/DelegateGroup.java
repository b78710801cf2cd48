package vn.dialogue.plan;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * A group of delegates at a venue, as section IV of a plan lists them ("b) Đại biểu mời: ...").
 * Immutable and thread-safe.
 *
 * @param id          stable key
 * @param heading     the group's heading as written, or null
 * @param role        the role of its members
 * @param members     its lines, in order
 * @param composition free text on who makes it up, when the plan describes it in prose, or null
 * @param expected    how many people it brings, or null when the plan does not say
 * @param invitedBy   organisation id of whoever invites them, or null for the issuer
 */
public record DelegateGroup(String id, @Nullable String heading, DelegateRole role, List<GroupMember> members,
                            @Nullable String composition, @Nullable Headcount expected,
                            @Nullable String invitedBy) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param id stable key
     * @param heading the group's heading as written, or null
     * @param role the role of its members
     * @param members its lines, in order
     * @param composition free text on who makes it up, when the plan describes it in prose, or null
     * @param expected how many people it brings, or null when the plan does not say
     * @param invitedBy organisation id of whoever invites them, or null for the issuer
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public DelegateGroup {
        id = Ids.require(id, "id");
        heading = Nfc.normalize(heading);
        role = role == null ? DelegateRole.PARTICIPANT : role;
        members = members == null ? List.of() : List.copyOf(members);
        composition = Nfc.normalize(composition);
        invitedBy = Ids.optional(invitedBy, "invitedBy");
    }

    /**
     * The group's stated count, or else the sum of its members' counts when every member states one;
     * null when neither is known.
     *
     * @return the group's stated count, or else the sum of its members' counts when every member states one; null when
     *         neither is known
     */
    public @Nullable Headcount effectiveExpected() {
        if (expected != null) {
            return expected;
        }
        if (members.isEmpty() || members.stream().anyMatch(m -> m.expected() == null)) {
            return null;
        }
        int low = 0;
        int nominal = 0;
        for (GroupMember m : members) {
            low += m.expected().lowest();
            nominal += m.expected().nominal();
        }
        return low == nominal ? Headcount.exactly(nominal) : Headcount.about(nominal);
    }
}
