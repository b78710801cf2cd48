package vn.dialogue.export.layout;

import java.util.List;
import java.util.Objects;

import vn.dialogue.export.internal.OutputText;

/**
 * The document type name and the subject line (trích yếu) under it, centred and bold, with a
 * short rule under the subject (Nghị định 30/2020, Phụ lục I). A letter (công văn) has no type name: its subject
 * ("V/v ...") is then printed, where the block follows the {@link AdministrativeHeader}, under the number in the
 * header's left column, in regular type of 12 to 13 pt, as Phụ lục I places it; see {@link #isLetterSubject()}.
 * Immutable and thread-safe.
 *
 * @param typeName     "KẾ HOẠCH", "GIẤY MỜI", ..., never null; empty for a letter (công văn)
 * @param subjectLines the subject, one string per printed line, never null
 */
public record DocumentTitle(String typeName, List<String> subjectLines) implements Block {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param typeName "KẾ HOẠCH", "GIẤY MỜI", ..., never null; empty for a letter (công văn)
     * @param subjectLines the subject, one string per printed line, never null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public DocumentTitle {
        typeName = OutputText.of(Objects.requireNonNull(typeName, "typeName"));
        subjectLines = OutputText.all(Objects.requireNonNull(subjectLines, "subjectLines"));
        if (typeName.isEmpty() && subjectLines.isEmpty()) {
            throw new IllegalArgumentException("a document title needs a type name or a subject");
        }
    }

    /**
     * Whether this is a letter's subject ("V/v ..."): no type name, a subject. Renderers print it under the number in
     * the header's left column when it follows the header.
     *
     * @return whether this is a letter's subject: no type name, a subject
     */
    public boolean isLetterSubject() {
        return typeName.isEmpty() && !subjectLines.isEmpty();
    }

    /**
     * A title with a subject on one or more lines.
     *
     * @param typeName "KẾ HOẠCH", "GIẤY MỜI", ..., never null; empty for a letter (công văn)
     * @param subjectLines the subject, one string per printed line, never null
     * @return a title with a subject on one or more lines
     */
    public static DocumentTitle of(String typeName, String... subjectLines) {
        return new DocumentTitle(typeName, List.of(subjectLines));
    }
}
