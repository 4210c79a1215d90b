package dev.roster.spi.model;

/** What an override or a tenant default does to a permission. */
public enum Effect {
    GRANT,
    DENY
}
