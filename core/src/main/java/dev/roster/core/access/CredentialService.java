package dev.roster.core.access;

import dev.roster.spi.model.UserId;

/**
 * Passwords: an admin's reset to a temporary password, and a user setting their own. Needs
 * {@code RosterBuilder.passwords(...)} and a store with the {@code credentials} capability.
 */
public interface CredentialService {
    /**
     * Gives another user a temporary password, replacing any password it had. Needs
     * {@link dev.roster.core.policy.Operation#RESET_PASSWORD} and every permission the user holds (a
     * manager cannot take over an admin's account this way); one's own password is changed with
     * {@link #changePassword}.
     *
     * @param actor the admin
     * @param user the user
     * @return the temporary password, to show once
     * @throws dev.roster.core.error.PermissionDeniedException when the actor may not, or names itself
     * @throws dev.roster.core.error.NotFoundException when the tenant has no such (undeleted) user
     */
    TemporaryPassword issueTemporaryPassword(Actor actor, UserId user);

    /**
     * Sets the actor's own password, given the current one (a temporary one included, until it expires).
     *
     * @param actor the user, who must be active
     * @param currentPassword the password it has now
     * @param newPassword the new password, which must meet the rules
     * @throws dev.roster.core.error.ValidationException naming {@code currentPassword} when it is wrong or
     *     expired (the same message either way), or {@code newPassword} when it breaks a rule
     */
    void changePassword(Actor actor, String currentPassword, String newPassword);
}
