package dev.roster.spi.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Maximum lengths shared by validation in core and by the storage schemas, so a value that passes
 * validation always fits its column and an adapter can reject an oversized value before any I/O.
 */
public final class Limits {
    /** The most UTF-16 units in an email address (RFC 5321). */
    public static final int EMAIL = 254;
    /** The most characters an email key holds: an address's key, or a released one (a prefix and a user id before it). */
    public static final int EMAIL_KEY = EMAIL + 64;
    /** The most UTF-16 units in a first, last or display name. */
    public static final int NAME = 100;
    /** The most UTF-16 units in a username. */
    public static final int USERNAME = 64;
    /** The most UTF-16 units in a phone number. */
    public static final int PHONE = 32;
    /** The most UTF-16 units in the host's own id for a user. */
    public static final int EXTERNAL_ID = 128;
    /** The most UTF-16 units in a time zone id. */
    public static final int TIMEZONE = 64;
    /** The most UTF-16 units in a user type. */
    public static final int USER_TYPE = 64;
    /** The most UTF-16 units in a group name. */
    public static final int GROUP_NAME = 100;
    /** The most UTF-16 units in a tenant name. */
    public static final int TENANT_NAME = 200;
    /** The most UTF-16 units in a personal message. */
    public static final int MESSAGE = 2000;
    /** The most UTF-16 units in a referrer URL. */
    public static final int URL = 2000;
    /** The most UTF-16 units in a promo or referral code. */
    public static final int CODE = 64;
    /** The most UTF-16 units in an attribute key (also an audit detail key). */
    public static final int ATTRIBUTE_KEY = 64;
    /** The most UTF-16 units in an attribute value. */
    public static final int ATTRIBUTE_VALUE = 1024;
    /** The most UTF-16 units in search text. */
    public static final int SEARCH_TEXT = 200;
    /** The most UTF-16 units in an audit action name. */
    public static final int AUDIT_ACTION = 64;
    /** The most UTF-16 units in an audit detail value. */
    public static final int AUDIT_DETAIL = 1024;
    /** The most UTF-16 units in an audit target type. */
    public static final int AUDIT_TARGET_TYPE = 32;
    /** The most UTF-16 units in an audit target id. */
    public static final int AUDIT_TARGET_ID = 64;
    /** The most UTF-16 units in a stored token hash (hex SHA-256). */
    public static final int TOKEN_HASH = 64;
    /** The most UTF-16 units kept of a client's user agent (longer ones are cut before they are parsed or kept). */
    public static final int USER_AGENT = 512;
    /** The most UTF-16 units in a browser's or an operating system's name, as read from a user agent. */
    public static final int DEVICE_NAME = 100;
    /** The most UTF-16 units in a client's address as text (an IPv6 address with an IPv4 tail fits). */
    public static final int CLIENT_ADDRESS = 45;
    /** The most UTF-16 units in a stored password hash (a PHC string). */
    public static final int PASSWORD_HASH = 512;
    /** The most UTF-16 units in an outbox message's sealed (encrypted, Base64) token. */
    public static final int SEALED_SECRET = 256;
    /** The most UTF-16 units in the name of a dispatcher holding an outbox message. */
    public static final int LEASE_OWNER = 100;
    /** The most UTF-16 units in why an outbox message's last attempt failed. */
    public static final int DELIVERY_ERROR = 500;

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

    /**
     * Whether every store can hold this day.
     *
     * @param day the day
     * @return true in the years 1 to 9999
     */
    public static boolean isStorable(LocalDate day) {
        return !day.isBefore(EARLIEST_DATE) && !day.isAfter(LATEST_DATE);
    }

    /**
     * Whether every store can hold this instant.
     *
     * @param instant the instant
     * @return true in the years 1 to 9999
     */
    public static boolean isStorable(Instant instant) {
        return !instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(INSTANT_BOUND);
    }
}
