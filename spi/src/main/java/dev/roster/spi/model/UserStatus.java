package dev.roster.spi.model;

/**
 * The stored lifecycle state of a user. Products name these differently ("Inactive" is
 * {@link #SUSPENDED}, "Pending" is an open invitation, not a user); the mapping lives in presets.
 */
public enum UserStatus {
    /** A member who holds its permissions. */
    ACTIVE,
    /** A member who keeps everything but holds no permission and cannot sign in. */
    SUSPENDED,
    /** In "recently deleted": restorable until its window ends, then purged. */
    DELETED
}
