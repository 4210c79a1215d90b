package dev.roster.core.validation;

import dev.roster.spi.text.TextKind;
import dev.roster.spi.text.TextRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Delegates to {@link TextRules}, the rules the stores apply, and reports its reason. */
public final class PlainTextValidator implements ConstraintValidator<PlainText, String> {
    private TextKind kind;

    @Override
    public void initialize(PlainText annotation) {
        kind = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return Reasons.report(TextRules.problem(value, kind), context);
    }
}
