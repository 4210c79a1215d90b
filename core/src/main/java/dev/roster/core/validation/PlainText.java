package dev.roster.core.validation;

import dev.roster.spi.text.TextKind;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The string follows {@link dev.roster.spi.text.TextRules} for its kind: the rules every store
 * applies too. Null is left to {@code @NotNull}. Commands normalise their text first ({@link Normalized}).
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
    /** {@return what the text is for} */
    TextKind value() default TextKind.LINE;

    /** {@return the message when the value is refused} */
    String message() default "is not plain text";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
