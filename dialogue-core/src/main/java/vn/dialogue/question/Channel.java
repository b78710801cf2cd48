package vn.dialogue.question;

import java.util.Objects;

import org.jspecify.annotations.Nullable;


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

    /** A union branch: {@code branch} is its organisation id, {@code level} its administrative level id. */
    public static Channel unionBranch(String branch, String level) {
        return new Channel(ChannelKind.UNION_BRANCH, branch, level);
    }

    /** A web portal, identified by {@code portal}. */
    public static Channel webPortal(String portal) {
        return new Channel(ChannelKind.WEB_PORTAL, Objects.requireNonNull(portal, "portal"), null);
    }

    /** The floor of the session at {@code venue} (the main hall or a bridge point). */
    public static Channel floor(String venue) {
        return new Channel(ChannelKind.FLOOR, Objects.requireNonNull(venue, "venue"), null);
    }

    public static Channel hotline() {
        return new Channel(ChannelKind.HOTLINE, null, null);
    }

    public static Channel email() {
        return new Channel(ChannelKind.EMAIL, null, null);
    }

    public static Channel paper() {
        return new Channel(ChannelKind.PAPER, null, null);
    }

    /** A key for reports: the kind, and the source when there is one, e.g. {@code UNION_BRANCH:hlhpn-dak-ha}. */
    public String key() {
        return source == null ? kind.name() : kind.name() + ":" + source;
    }
}
