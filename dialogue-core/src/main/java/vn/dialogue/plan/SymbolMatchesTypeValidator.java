package vn.dialogue.plan;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.jspecify.annotations.Nullable;

/** Checks {@link SymbolMatchesType}. A missing symbol is left to the completeness constraints. */
public final class SymbolMatchesTypeValidator implements ConstraintValidator<SymbolMatchesType, DocumentIdentity> {

    @Override
    public boolean isValid(@Nullable DocumentIdentity identity, ConstraintValidatorContext context) {
        if (identity == null || identity.symbol() == null || identity.symbol().isBlank()) {
            return true;
        }
        String first = identity.symbol().strip().split("-", 2)[0];
        if (identity.type().isLetter()) {
            return DocumentType.ofAbbreviation(first).isEmpty();
        }
        return first.equals(identity.type().abbreviation());
    }
}
