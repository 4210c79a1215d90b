package dev.roster.spi.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Maximum lengths shared by validation in core and by the storage schemas, so a value that passes
 * validation always fits its column and an adapter can reject an oversized value before any I/O.
 */
public final class Limits {
    public static final int EMAIL = 254;
    public static final int NAME = 100;
    public static final int USERNAME = 64;
    public static final int PHONE = 32;
    public static final int EXTERNAL_ID = 128;
    public static final int TIMEZONE = 64;
    public static final int USER_TYPE = 64;
    public static final int GROUP_NAME = 100;
    public static final int TENANT_NAME = 200;
    public static final int MESSAGE = 2000;
    public static final int URL = 2000;
    public static final int CODE = 64;
    public static final int ATTRIBUTE_KEY = 64;
    public static final int ATTRIBUTE_VALUE = 1024;
    public static final int SEARCH_TEXT = 200;
    public static final int AUDIT_ACTION = 64;
    public static final int AUDIT_DETAIL = 1024;
    public static final int AUDIT_TARGET_TYPE = 32;
    public static final int AUDIT_TARGET_ID = 64;
    public static final int TOKEN_HASH = 64;

    /** The first day every store can hold (PostgreSQL, H2 and java.time agree on years 1 to 9999). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1, 1, 1);
    /** The last day every store can hold. */
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    /** The first instant every store can hold. */
    public static final Instant EARLIEST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    /** The first instant past what every store can hold. */
    public static final Instant INSTANT_BOUND = Instant.parse("+10000-01-01T00:00:00Z");

    private Limits() {
    }

    /** Whether every store can hold this day. */
    public static boolean isStorable(LocalDate day) {
        return !day.isBefore(EARLIEST_DATE) && !day.isAfter(LATEST_DATE);
    }

    /** Whether every store can hold this instant. */
    public static boolean isStorable(Instant instant) {
        return !instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(INSTANT_BOUND);
    }
}
