package dev.roster.spi.model;

/**
 * The stored lifecycle state of a user. Products name these differently ("Inactive" is
 * {@link #SUSPENDED}, "Pending" is an open invitation, not a user); the mapping lives in presets.
 */
public enum UserStatus {
    ACTIVE,
    SUSPENDED,
    DELETED
}
