package vn.dialogue.seating;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.plan.DelegateRole;
import vn.dialogue.text.Nfc;

/**
 * The data printed on one card: a table card (bảng tên để bàn) for a leader's place, or a delegate's name card
 * (bảng tên). Immutable and thread-safe.
 *
 * @param kind         table card or name card
 * @param delegate     id of the delegate
 * @param name         the name as written
 * @param title        title or position, or null
 * @param organisation the organisation's name, or null
 * @param seat         the seat
 * @param role         the delegate's role
 */
public record NameCard(Kind kind, String delegate, String name, @Nullable String title,
                       @Nullable String organisation, Seat seat, DelegateRole role) {

    /** Which card. */
    public enum Kind {
        /** Placed on the table at a leader's seat: the presidium and the leaders' rows. */
        TABLE_CARD,
        /** Worn or held by every seated delegate. */
        NAME_CARD
    }

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param kind table card or name card
     * @param delegate id of the delegate
     * @param name the name as written
     * @param title title or position, or null
     * @param organisation the organisation's name, or null
     * @param seat the seat
     * @param role the delegate's role
     * @throws NullPointerException if a required component is null
     */
    public NameCard {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(delegate, "delegate");
        name = Nfc.of(Objects.requireNonNull(name, "name"));
        title = Nfc.normalize(title);
        organisation = Nfc.normalize(organisation);
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(role, "role");
    }

    /**
     * "Phó Giám đốc Sở Y tế tỉnh Kon Tum" style line under the name: title and organisation, as known.
     *
     * @return "Phó Giám đốc Sở Y tế tỉnh Kon Tum" style line under the name: title and organisation, as known
     */
    public String titleLine() {
        if (title == null) {
            return organisation == null ? "" : organisation;
        }
        return organisation == null ? title : title + ", " + organisation;
    }
}
