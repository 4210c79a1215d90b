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
     * The user was deleted, and the admin named who takes over what it owned (schedules, reports,
     * dashboards: the host's data). Override this to move ownership; by default it does what
     * {@link #onDeleted(User, boolean)} does, which is also what a deletion naming nobody calls.
     *
     * @param user the user as it was before the deletion
     * @param permanently true when the user is removed for good
     * @param newOwner the active member of the same tenant the admin picked
     */
    default void onDeleted(User user, boolean permanently, User newOwner) {
        onDeleted(user, permanently);
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

    /**
     * The user was removed for good from the recently-deleted list, and the admin named who takes
     * over what it owned. By default it does what {@link #onPurged(User)} does.
     *
     * @param user the user as it was
     * @param newOwner the active member of the same tenant the admin picked
     */
    default void onPurged(User user, User newOwner) {
        onPurged(user);
    }
}
