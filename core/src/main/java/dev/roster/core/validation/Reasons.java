package dev.roster.core.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Puts a rule's own reason in the violation instead of the annotation's generic message. */
final class Reasons {
    private Reasons() {
    }

    /** @return true when {@code reason} is null (valid); otherwise reports it and returns false */
    static boolean report(String reason, ConstraintValidatorContext context) {
        if (reason == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // Escape so the parameter interpolator treats the reason, which may quote user input, as plain text.
        String literal = reason.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        context.buildConstraintViolationWithTemplate(literal).addConstraintViolation();
        return false;
    }
}
