package dev.roster.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link java.time.LocalDate} or {@link java.time.Instant} lies in the years 1 to 9999, which
 * every store can hold ({@link dev.roster.spi.model.Limits#isStorable}). Null is allowed.
 */
@Documented
@Constraint(validatedBy = {StorableTimeValidator.OfDate.class, StorableTimeValidator.OfInstant.class})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableTime {
    /** {@return the message when the value is refused} */
    String message() default "must lie in the years 1 to 9999";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
