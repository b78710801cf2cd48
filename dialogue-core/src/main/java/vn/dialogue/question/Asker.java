package vn.dialogue.question;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.dialogue.internal.Keys;
import vn.dialogue.text.Nfc;

/**
 * The person who submitted a question, and whether they agreed to have their identity published.
 *
 * <p>Names and contacts are personal data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): they are kept for answering
 * the asker, shown in internal documents, published only with {@link #consentToPublish()}, and never written to
 * logs; {@link #toString()} leaves them out. Immutable and thread-safe.
 *
 * @param name             the asker's name, never blank
 * @param organisation     where the asker works or belongs (free text as given), or null
 * @param unit             id of the administrative unit the asker lives in (for reports by unit), or null
 * @param contact          how to reach the asker (phone, address, email), or null
 * @param consentToPublish true if the asker agreed that their identity be published with the question
 */
public record Asker(String name, @Nullable String organisation, @Nullable String unit, @Nullable String contact,
                    boolean consentToPublish) {

    /**
     * Puts the text in NFC, trimmed (blank optional text becoming null), and checks the name and unit.
     *
     * @param name             the asker's name, not blank
     * @param organisation     the organisation they speak for, or null
     * @param unit             id of their administrative unit, or null
     * @param contact          how to reach them, or null
     * @param consentToPublish whether their identity may be published
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if the name is blank or the unit is not a valid key
     */
    public Asker {
        name = Nfc.of(Objects.requireNonNull(name, "name")).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("asker name is blank");
        }
        organisation = blankToNull(Nfc.normalize(organisation));
        unit = Keys.optional(unit, "asker unit");
        contact = blankToNull(Nfc.normalize(contact));
    }

    /**
     * An asker who did not consent to publication and speaks for no organisation.
     *
     * @param name    the asker's name, not blank
     * @param unit    id of their administrative unit, or null
     * @param contact how to reach them, or null
     * @return the asker; never null
     * @throws IllegalArgumentException if the name is blank or the unit is not a valid key
     */
    public static Asker of(String name, @Nullable String unit, @Nullable String contact) {
        return new Asker(name, null, unit, contact, false);
    }

    /** The words every pseudonym starts with: "anonymous asker", followed by the question's id. */
    public static final String PSEUDONYM_PREFIX = "Người hỏi ẩn danh";

    /**
     * The pseudonym that replaces an asker whose personal data was erased (see
     * {@link QuestionRegistry#eraseAsker}): named {@value #PSEUDONYM_PREFIX} and the id of the question their
     * submission was recorded as (stable, and no personal data), with no organisation and no contact, not
     * consenting to publication, and in the administrative unit {@code unit} (kept so that counts by unit survive;
     * a commune or ward is not a person).
     *
     * @param original the id of the question the submission was recorded as
     * @param unit     the asker's administrative unit, kept, or null
     * @return the pseudonym; never null
     * @throws NullPointerException if {@code original} is null
     */
    public static Asker pseudonym(QuestionId original, @Nullable String unit) {
        Objects.requireNonNull(original, "original");
        return new Asker(PSEUDONYM_PREFIX + " " + original.value(), null, unit, null, false);
    }

    /**
     * Whether this asker is the pseudonym {@link #pseudonym} gives for {@code original} (with this asker's unit).
     *
     * @param original the id of the question the submission was recorded as
     * @return true if every field equals the pseudonym's
     */
    public boolean isPseudonymOf(QuestionId original) {
        return equals(pseudonym(original, unit));
    }

    /**
     * A copy recording the asker's consent (or its withdrawal); everything else stays.
     *
     * @param consent whether the asker's identity may be published
     * @return the new asker; never null
     */
    public Asker withConsent(boolean consent) {
        return new Asker(name, organisation, unit, contact, consent);
    }

    /**
     * The name to print in public documents.
     *
     * @return the name with consent to publish, else empty
     */
    public Optional<String> publicName() {
        return consentToPublish ? Optional.of(name) : Optional.empty();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Leaves out the name, organisation and contact: they are personal data. */
    @Override
    public String toString() {
        return "Asker[unit=" + unit + ", consentToPublish=" + consentToPublish + "]";
    }
}
