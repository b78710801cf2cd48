package vn.dialogue.plan;

/**
 * Validation group of the constraints an issued plan must meet and a draft may not yet: number, symbol, place,
 * date, recipients, archive line, signature.
 */
public interface Issued {
}
