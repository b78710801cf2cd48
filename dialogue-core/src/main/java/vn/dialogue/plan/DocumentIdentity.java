package vn.dialogue.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * Who issues a document, what it is and when: the header of every administrative document.
 * Immutable and thread-safe.
 *
 * @param issuer     organisation id of the issuing body (e.g. the provincial People's Committee)
 * @param parentBody organisation id of the body above it printed on the first header line, or null
 * @param type       document type, e.g. {@link DocumentType#KE_HOACH}
 * @param number     registered number, or null while a draft ("Số:      /KH-UBND")
 * @param symbol     symbol after the slash, e.g. "KH-UBND"
 * @param place      place name of the date line, e.g. "Kon Tum"
 * @param issueDate  issue date, possibly without day (draft)
 * @param subject    subject line (trích yếu)
 * @param coIssuers  organisation ids of the bodies that issue the document jointly with {@code issuer} (a joint
 *                   plan of the People's Committee and the Farmers' Association: symbol "KH-UBND-HNDT"), in the
 *                   order they are printed after the lead issuer; empty for a document of one body
 */
@SymbolMatchesType(message = "{dialogue.identity.symbol.type}")
public record DocumentIdentity(String issuer, @Nullable String parentBody, DocumentType type,
        @NotNull(groups = Issued.class, message = "{dialogue.identity.number.required}") @Nullable Integer number,
        @NotBlank(groups = Issued.class, message = "{dialogue.identity.symbol.required}") @Nullable String symbol,
        @NotBlank(groups = Issued.class, message = "{dialogue.identity.place.required}") @Nullable String place,
        @NotNull(groups = Issued.class, message = "{dialogue.identity.date.required}") @Nullable IssueDate issueDate,
        @NotBlank(message = "{dialogue.identity.subject.required}") @Nullable String subject,
        List<String> coIssuers) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param issuer organisation id of the issuing body (e.g. the provincial People's Committee)
     * @param parentBody organisation id of the body above it printed on the first header line, or null
     * @param type document type, e.g. {@link DocumentType#KE_HOACH}
     * @param number registered number, or null while a draft ("Số:      /KH-UBND")
     * @param symbol symbol after the slash, e.g. "KH-UBND"
     * @param place place name of the date line, e.g. "Kon Tum"
     * @param issueDate issue date, possibly without day (draft)
     * @param subject subject line (trích yếu)
     * @param coIssuers organisation ids of the bodies issuing jointly with {@code issuer}, in print order; may be
     *                  empty or null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public DocumentIdentity {
        issuer = Ids.require(issuer, "issuer");
        parentBody = Ids.optional(parentBody, "parentBody");
        Objects.requireNonNull(type, "type");
        if (number != null && number < 1) {
            throw new IllegalArgumentException("document number must be at least 1, was " + number);
        }
        symbol = Nfc.normalize(symbol);
        place = Nfc.normalize(place);
        subject = Nfc.normalize(subject);
        coIssuers = coIssuers == null ? List.of() : List.copyOf(coIssuers);
        for (String co : coIssuers) {
            Ids.require(co, "coIssuers");
            if (co.equals(issuer)) {
                throw new IllegalArgumentException("coIssuers: '" + co + "' is already the lead issuer");
            }
        }
        if (coIssuers.stream().distinct().count() != coIssuers.size()) {
            throw new IllegalArgumentException("coIssuers: a body is named twice in " + coIssuers);
        }
    }

    /**
     * The identity of a document issued by one body.
     *
     * @param issuer organisation id of the issuing body
     * @param parentBody organisation id of the body above it printed on the first header line, or null
     * @param type document type
     * @param number registered number, or null while a draft
     * @param symbol symbol after the slash, e.g. "KH-UBND"
     * @param place place name of the date line
     * @param issueDate issue date, possibly without day (draft)
     * @param subject subject line (trích yếu)
     */
    public DocumentIdentity(String issuer, @Nullable String parentBody, DocumentType type, @Nullable Integer number,
                            @Nullable String symbol, @Nullable String place, @Nullable IssueDate issueDate,
                            @Nullable String subject) {
        this(issuer, parentBody, type, number, symbol, place, issueDate, subject, List.of());
    }

    /**
     * True when more than one body issues the document (a joint document, "văn bản liên tịch").
     *
     * @return true when more than one body issues the document
     */
    public boolean isJoint() {
        return !coIssuers.isEmpty();
    }

    /**
     * Every issuing body, the lead issuer first.
     *
     * @return every issuing body, the lead issuer first; never empty
     */
    public List<String> issuers() {
        List<String> all = new java.util.ArrayList<>();
        all.add(issuer);
        all.addAll(coIssuers);
        return List.copyOf(all);
    }

    /**
     * "05/KH-UBND", or "     /KH-UBND" while the number is blank; numbers below 10 take a leading zero.
     *
     * @return "05/KH-UBND", or "     /KH-UBND" while the number is blank; numbers below 10 take a leading zero
     */
    public String numberAndSymbol() {
        String n = number == null ? "     " : String.format("%02d", number);
        return n + "/" + (symbol == null ? "" : symbol);
    }

    /**
     * A copy with the number cleared (a new draft).
     *
     * @return a copy with the number cleared (a new draft)
     */
    public DocumentIdentity withoutNumber() {
        return new DocumentIdentity(issuer, parentBody, type, null, symbol, place, issueDate, subject, coIssuers);
    }

    /**
     * A copy with another issue date.
     *
     * @param date the new issue date, or null
     * @return a copy with another issue date
     */
    public DocumentIdentity withIssueDate(@Nullable IssueDate date) {
        return new DocumentIdentity(issuer, parentBody, type, number, symbol, place, date, subject, coIssuers);
    }

    /**
     * A copy with another subject line.
     *
     * @param newSubject the new {@code subject}: subject line (trích yếu)
     * @return a copy with another subject line
     */
    public DocumentIdentity withSubject(@Nullable String newSubject) {
        return new DocumentIdentity(issuer, parentBody, type, number, symbol, place, issueDate, newSubject, coIssuers);
    }
}
