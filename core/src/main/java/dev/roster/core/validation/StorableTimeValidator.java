package dev.roster.core.validation;

import dev.roster.spi.model.Limits;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.LocalDate;

/** The validators behind {@link StorableTime}, one per type. */
public final class StorableTimeValidator {
    private StorableTimeValidator() {
    }

    /** For days. */
    public static final class OfDate implements ConstraintValidator<StorableTime, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || Limits.isStorable(value);
        }
    }

    /** For instants. */
    public static final class OfInstant implements ConstraintValidator<StorableTime, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || Limits.isStorable(value);
        }
    }
}
