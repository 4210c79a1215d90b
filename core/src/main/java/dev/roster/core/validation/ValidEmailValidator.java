package dev.roster.core.validation;

import dev.roster.spi.model.EmailAddress;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Delegates to {@link EmailAddress#of}, the one place the email rules live, and reports its reason. */
public final class ValidEmailValidator implements ConstraintValidator<ValidEmail, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            EmailAddress.of(value);
            return true;
        } catch (IllegalArgumentException e) {
            return Reasons.report(e.getMessage(), context);
        }
    }
}
