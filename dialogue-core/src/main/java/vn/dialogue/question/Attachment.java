package vn.dialogue.question;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.text.Nfc;

/**
 * A file sent with a submission, kept by reference (the library does not store content). Immutable and
 * thread-safe.
 *
 * @param reference where the file is: a URI or a storage key, never blank
 * @param title     a description, or null
 */
public record Attachment(String reference, @Nullable String title) {

    /**
     * Puts the reference (trimmed) and the title in NFC, and checks the reference.
     *
     * @param reference where the file is: a URI or a storage key, never blank
     * @param title     a description, or null
     * @throws NullPointerException     if {@code reference} is null
     * @throws IllegalArgumentException if it is blank
     */
    public Attachment {
        reference = Nfc.of(Objects.requireNonNull(reference, "reference")).strip();
        if (reference.isEmpty()) {
            throw new IllegalArgumentException("attachment reference is blank");
        }
        title = Nfc.normalize(title);
    }

    /**
     * An attachment with no title.
     *
     * @param reference where the file is, as given
     * @return the attachment; never null
     * @throws IllegalArgumentException if {@code reference} is blank
     */
    public static Attachment of(String reference) {
        return new Attachment(reference, null);
    }
}
