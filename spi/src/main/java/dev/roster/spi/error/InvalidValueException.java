package dev.roster.spi.error;

import java.util.Objects;

/**
 * A store refused a value it cannot hold as given (too long, a control character, a date out of
 * range, ...), before writing anything. Every store throws it for the same values; core checks its
 * input against the same rules first, so a host sees it only from a store called directly.
 */
public class InvalidValueException extends RosterException {
    /** The field that holds the value. */
    private final String field;

    /**
     * A value a store refused.
     *
     * @param field the field that holds it, e.g. {@code profile.displayName}
     * @param problem why, as {@link dev.roster.spi.text.TextRules#problem} says it
     */
    public InvalidValueException(String field, String problem) {
        super(ErrorCode.VALIDATION_FAILED, field + " " + problem);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** {@return the field that holds the value, e.g. {@code profile.displayName}} */
    public String field() {
        return field;
    }
}
