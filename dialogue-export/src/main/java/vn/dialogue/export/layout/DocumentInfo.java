package vn.dialogue.export.layout;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import vn.dialogue.export.internal.OutputText;

/**
 * Metadata written into a document's properties. The timestamp is the creation and modification
 * date stored in the file: it is a parameter, never the wall clock, so the same input gives
 * byte-identical output. Immutable and thread-safe.
 *
 * @param title     the document title, never null
 * @param author    the issuing body, never null
 * @param language  the language of the text, never null
 * @param timestamp the creation and modification instant written into the file, never null
 */
public record DocumentInfo(String title, String author, Locale language, Instant timestamp) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param title the document title, never null
     * @param author the issuing body, never null
     * @param language the language of the text, never null
     * @param timestamp the creation and modification instant written into the file, never null
     * @throws NullPointerException if a required component is null
     */
    public DocumentInfo {
        title = OutputText.of(Objects.requireNonNull(title, "title"));
        author = OutputText.of(Objects.requireNonNull(author, "author"));
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /**
     * Vietnamese metadata.
     *
     * @param title the document title, never null
     * @param author the issuing body, never null
     * @param timestamp the moment written into the documents' metadata, so that the same input gives the same bytes
     * @return Vietnamese metadata
     */
    public static DocumentInfo vietnamese(String title, String author, Instant timestamp) {
        return new DocumentInfo(title, author, Locale.forLanguageTag("vi-VN"), timestamp);
    }
}
