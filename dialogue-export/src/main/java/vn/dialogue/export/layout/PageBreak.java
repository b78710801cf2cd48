package vn.dialogue.export.layout;

/** Starts a new page: documents merged for many invitees print one per page. Immutable. */
public record PageBreak() implements Block {
}
