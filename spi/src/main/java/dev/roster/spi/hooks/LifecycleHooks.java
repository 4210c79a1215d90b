package dev.roster.spi.hooks;

import dev.roster.spi.model.User;

/**
 * Lets the host act on its own data when a user's lifecycle changes: delete the user's content,
 * or reassign its ownership. Called inside the unit of work that makes the change, after the
 * change is written; an exception from a hook rolls the whole unit back and reaches the caller.
 */
public interface LifecycleHooks {
    /** Hooks that do nothing. */
    LifecycleHooks NONE = new LifecycleHooks() {
    };

    /**
     * The user was soft-deleted (still restorable) or, under a hard-delete policy, removed.
     *
     * @param user the user as it was before the deletion
     * @param permanently true when the user is removed for good
     */
    default void onDeleted(User user, boolean permanently) {
    }

    /**
     * The user was restored from the recently-deleted list.
     *
     * @param user the user as restored
     */
    default void onRestored(User user) {
    }

    /**
     * The user was removed for good from the recently-deleted list, by an admin or by the purge.
     *
     * @param user the user as it was
     */
    default void onPurged(User user) {
    }
}
