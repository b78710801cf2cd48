package vn.dialogue.question;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.internal.Keys;


/**
 * The channel a submission came through, with what identifies it within its kind. Immutable and thread-safe.
 *
 * @param kind   the kind of channel
 * @param source what identifies it: the union branch's organisation id, the portal's id, the venue where the
 *               floor question was raised; null when the kind alone says enough (hotline, email, paper)
 * @param level  for a union branch, the id of its administrative level (as the plan's registry names levels);
 *               null otherwise
 */
public record Channel(ChannelKind kind, @Nullable String source, @Nullable String level) {

    /**
     * Checks the fields.
     *
     * @param kind   the kind of channel
     * @param source what identifies it, a key, or null
     * @param level  the administrative level id, for a union branch only
     * @throws NullPointerException     if {@code kind} is null
     * @throws IllegalArgumentException if {@code source} or {@code level} is not a valid key, a union branch lacks
     *                                  either, or another kind has a level
     */
    public Channel {
        Objects.requireNonNull(kind, "kind");
        source = Keys.optional(source, "channel source");
        level = Keys.optional(level, "channel level");
        if (kind == ChannelKind.UNION_BRANCH && (source == null || level == null)) {
            throw new IllegalArgumentException("a union-branch channel needs the branch's organisation id and its level");
        }
        if (kind != ChannelKind.UNION_BRANCH && level != null) {
            throw new IllegalArgumentException("only a union-branch channel has a level, not " + kind);
        }
    }

    /**
     * A union branch.
     *
     * @param branch the branch's organisation id
     * @param level  the id of its administrative level
     * @return the channel; never null
     * @throws IllegalArgumentException if either is null or not a valid key
     */
    public static Channel unionBranch(String branch, String level) {
        return new Channel(ChannelKind.UNION_BRANCH, branch, level);
    }

    /**
     * A web portal.
     *
     * @param portal the portal's id
     * @return the channel; never null
     * @throws NullPointerException     if {@code portal} is null
     * @throws IllegalArgumentException if it is not a valid key
     */
    public static Channel webPortal(String portal) {
        return new Channel(ChannelKind.WEB_PORTAL, Objects.requireNonNull(portal, "portal"), null);
    }

    /**
     * The floor of the session at {@code venue} (the main hall or a bridge point).
     *
     * @param venue the venue's id
     * @return the channel; never null
     * @throws NullPointerException     if {@code venue} is null
     * @throws IllegalArgumentException if it is not a valid key
     */
    public static Channel floor(String venue) {
        return new Channel(ChannelKind.FLOOR, Objects.requireNonNull(venue, "venue"), null);
    }

    /**
     * The hotline.
     *
     * @return the channel, with no source; never null
     */
    public static Channel hotline() {
        return new Channel(ChannelKind.HOTLINE, null, null);
    }

    /**
     * E-mail to the organisers.
     *
     * @return the channel, with no source; never null
     */
    public static Channel email() {
        return new Channel(ChannelKind.EMAIL, null, null);
    }

    /**
     * A paper submission (a letter or a form).
     *
     * @return the channel, with no source; never null
     */
    public static Channel paper() {
        return new Channel(ChannelKind.PAPER, null, null);
    }

    /**
     * A key for reports: the kind, and the source when there is one.
     *
     * @return e.g. {@code UNION_BRANCH:hlhpn-dak-ha} or {@code HOTLINE}; never null
     */
    public String key() {
        return source == null ? kind.name() : kind.name() + ":" + source;
    }
}
