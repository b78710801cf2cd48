package vn.dialogue.export;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.internal.OutputText;

/**
 * Who a Giấy mời is addressed to: a person by name and title, or an organisation, printed as
 * given after "trân trọng kính mời:". Immutable and thread-safe.
 *
 * @param name         the person's name or the organisation's name, never null, never blank
 * @param title        the person's position ("Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"), or null
 * @param organisation the registry id of the organisation, or null
 */
public record Invitee(String name, @Nullable String title, @Nullable String organisation) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param name the person's name or the organisation's name, never null, never blank
     * @param title the person's position ("Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"), or null
     * @param organisation the registry id of the organisation, or null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Invitee {
        name = OutputText.of(Objects.requireNonNull(name, "name")).trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an invitee needs a name");
        }
        title = OutputText.orNull(title);
    }

    /**
     * A person, e.g. {@code person("Bà Nguyễn Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")}.
     *
     * @param name the person's name or the organisation's name, never null, never blank
     * @param title the person's position ("Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"), or null
     * @return a person, e.g. {@code person("Bà Nguyễn Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")}
     */
    public static Invitee person(String name, @Nullable String title) {
        return new Invitee(name, title, null);
    }

    /**
     * An organisation of the registry, printed by its name.
     *
     * @param name the person's name or the organisation's name, never null, never blank
     * @param id the organisation's id in the plan's registry
     * @return an organisation of the registry, printed by its name
     */
    public static Invitee organisation(String id, String name) {
        return new Invitee(name, null, Objects.requireNonNull(id, "id"));
    }

    /**
     * The invitee as printed: "name, title" or the organisation's name.
     *
     * @return the invitee as printed: "name, title" or the organisation's name
     */
    public String printed() {
        return title == null || title.isBlank() ? name : name + ", " + title;
    }
}
