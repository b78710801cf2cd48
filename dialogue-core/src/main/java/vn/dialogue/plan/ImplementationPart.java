package vn.dialogue.plan;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

import vn.dialogue.text.Nfc;

/**
 * A numbered part of section VI ("1. Triển khai công tác thông tin, tuyên truyền", "2. Phân công nhiệm vụ").
 * Immutable and thread-safe.
 *
 * @param title       the part's title
 * @param assignments its assignments, in order (lettered a, b, c, d, đ... when more than one)
 */
public record ImplementationPart(String title, List<@Valid Assignment> assignments) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param title the part's title
     * @param assignments its assignments, in order (lettered a, b, c, d, đ... when more than one)
     * @throws NullPointerException if a required component is null
     */
    public ImplementationPart {
        title = Nfc.of(Objects.requireNonNull(title, "title")).strip();
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }
}
