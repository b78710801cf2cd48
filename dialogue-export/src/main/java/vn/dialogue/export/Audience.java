package vn.dialogue.export;

/**
 * Who may read a document: the rule that decides whether it may carry askers' personal data (Luật Bảo vệ dữ liệu
 * cá nhân 91/2025/QH15). Every document a {@link DocumentSet} writes has one, see {@link DocumentKind}.
 */
public enum Audience {
    /**
     * Published or read beyond the offices that handle the questions (the portal, the hall and its bridge points,
     * a notice sent to many bodies, a calendar shared with subscribers): it names an asker only with their consent,
     * never prints a non-consenting asker's name, organisation or contact, and strikes them out of any free text it
     * shows (see {@code Redaction}); contacts are never printed at all.
     */
    PUBLIC,
    /**
     * Read by the offices that handle the questions or addressed to the asker themselves (the compiled workbook, the
     * letters routing questions to agencies, the notices to askers): it may carry the askers' identity, which those
     * offices need to answer them.
     */
    INTERNAL
}
