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

    public Invitee {
        name = OutputText.of(Objects.requireNonNull(name, "name")).trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an invitee needs a name");
        }
        title = OutputText.orNull(title);
    }

    /** A person, e.g. {@code person("Bà Nguyễn Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")}. */
    public static Invitee person(String name, @Nullable String title) {
        return new Invitee(name, title, null);
    }

    /** An organisation of the registry, printed by its name. */
    public static Invitee organisation(String id, String name) {
        return new Invitee(name, null, Objects.requireNonNull(id, "id"));
    }

    /** The invitee as printed: "name, title" or the organisation's name. */
    public String printed() {
        return title == null || title.isBlank() ? name : name + ", " + title;
    }
}
