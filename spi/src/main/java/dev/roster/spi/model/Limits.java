package dev.roster.spi.model;

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

    private Limits() {
    }
}
