package dev.roster.spi.model;

/** What an override or a tenant default does to a permission. */
public enum Effect {
    /** The permission is held. */
    GRANT,
    /** The permission is not held, whatever a lower layer says. */
    DENY
}
