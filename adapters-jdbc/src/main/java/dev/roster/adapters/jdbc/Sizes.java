package dev.roster.adapters.jdbc;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;

/** Rejects a value longer than its column before any SQL runs, naming the field. */
final class Sizes {
    private Sizes() {
    }

    static String check(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new RosterException(ErrorCode.VALIDATION_FAILED, field + " is longer than " + max + " characters");
        }
        return value;
    }
}
