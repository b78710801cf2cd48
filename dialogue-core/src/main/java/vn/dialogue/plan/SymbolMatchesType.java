package vn.dialogue.plan;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The symbol of a document begins with its type's abbreviation ("KH-UBND" for a Kế hoạch), and a công văn's
 * symbol carries none of the known type abbreviations (Nghị định 30/2020, Phụ lục III).
 */
@Documented
@Constraint(validatedBy = SymbolMatchesTypeValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SymbolMatchesType {

    /**
     * The message key.
     *
     * @return the message template, a key of the check package's messages
     */
    String message() default "{dialogue.identity.symbol.type}";

    /**
     * The validation groups.
     *
     * @return the groups the constraint belongs to
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload, unused
     */
    Class<? extends Payload>[] payload() default {};
}
