package dev.roster.core.policy;

/** What "delete user" does. */
public enum DeletionMode {
    /** Into "recently deleted", restorable until the retention window ends, then purged. */
    SOFT,
    /** Gone at once, with the host's hook deleting or reassigning the user's content. */
    HARD
}
