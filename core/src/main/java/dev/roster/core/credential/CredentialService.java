package dev.roster.core.credential;

import dev.roster.core.access.Actor;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.spi.access.SignInAttempt;
import dev.roster.spi.access.SignInQuery;
import dev.roster.spi.store.Page;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;

/**
 * Passwords: an admin's reset to a temporary password, and a user setting their own. Needs
 * {@code RosterBuilder.passwords(...)} and a store with the {@code credentials} capability.
 */
public interface CredentialService {
    /**
     * Signs in with an email address, or a username where the user has one, and a password. Only an
     * active account with a matching password gets in; every refusal is the same {@link SignInResult},
     * and an unknown account costs the same hashing as a known one. Every attempt is recorded with its
     * real reason, failures count towards the lockout policy, and a hash made with weaker parameters
     * is replaced. A temporary password yields {@link SignInResult.Outcome#MUST_CHANGE_PASSWORD}.
     *
     * @param tenant the tenant
     * @param identifier the email address or username as typed
     * @param password the password as typed
     * @param context where the attempt comes from
     * @return the result
     * @throws dev.roster.core.error.BusyException when too many hashes are running
     */
    SignInResult authenticate(TenantId tenant, String identifier, String password, SignInContext context);

    /**
     * Lifts a lockout, temporary or for good, and clears the failures. Needs
     * {@link dev.roster.core.policy.Operation#RESET_PASSWORD} and every permission the user holds.
     *
     * @param actor the admin
     * @param user the locked user
     * @throws dev.roster.core.error.PermissionDeniedException when the actor may not
     * @throws dev.roster.core.error.NotFoundException when the tenant has no such (undeleted) user
     */
    void unlock(Actor actor, UserId user);

    /**
     * Locks a user out until an admin unlocks it, and ends its sessions. Needs
     * {@link dev.roster.core.policy.Operation#RESET_PASSWORD} and every permission the user holds.
     *
     * @param actor the admin
     * @param user the user to lock
     * @throws dev.roster.core.error.PermissionDeniedException when the actor may not, or names itself
     * @throws dev.roster.core.error.NotFoundException when the tenant has no such (undeleted) user
     */
    void lock(Actor actor, UserId user);

    /**
     * A page of the tenant's recorded sign-in attempts, newest first, with their real reasons. Needs
     * {@link dev.roster.core.policy.Operation#VIEW_AUDIT}.
     *
     * @param actor the admin
     * @param query the actor's tenant, the filters (user, success, period) and the position
     * @return the page
     * @throws dev.roster.core.error.PermissionDeniedException when the actor may not, or asks about another tenant
     */
    Page<SignInAttempt> signInAttempts(Actor actor, SignInQuery query);

    /**
     * Deletes recorded sign-in attempts older than {@link PasswordSettings#attemptRetention()}, of
     * every tenant, in batches; run it daily with the other maintenance jobs.
     *
     * @return how many were deleted
     */
    int pruneSignInAttempts();

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
     * Creates a user directly (as {@link dev.roster.core.user.UserService#create}) with a temporary
     * password, in one unit of work: if either fails, neither happens.
     *
     * @param actor the admin, who needs {@link dev.roster.core.policy.Operation#CREATE_USER}
     * @param command the user to create
     * @return the user and its temporary password, to show once
     */
    UserWithTemporaryPassword createWithTemporaryPassword(Actor actor, CreateUserCommand command);

    /**
     * Accepts an invitation (as {@link dev.roster.core.invitation.InviteeService#accept}) and sets the
     * new member's password, in one unit of work. The password is checked against the rules before
     * the token is used, so a refused password leaves the invitation open.
     *
     * @param tenant the tenant of the link
     * @param token the link's token
     * @param command the invitee's details
     * @param password the password, which must meet the rules
     * @return the new member
     * @throws dev.roster.core.error.ValidationException naming {@code password} when it breaks a rule
     */
    User acceptWithPassword(TenantId tenant, String token, AcceptCommand command, String password);

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

    /**
     * Asks for a password-reset link for whoever has this address. The reply and the work are the
     * same whether or not anyone has it (one queued message either way; the dispatcher mails only an
     * active user), so nothing tells who has an account. Needs {@code RosterBuilder.passwordResetLink}.
     *
     * @param tenant the tenant
     * @param email the address as typed
     * @throws IllegalStateException when Roster has no reset by mail
     */
    void requestPasswordReset(TenantId tenant, String email);

    /**
     * Sets a new password with a reset link's token, once: the token works a single time, until it
     * expires, and only for an active user; completing it ends the user's sessions (unless the
     * session settings say otherwise) and lifts a lockout. An expired, used or unknown token changes
     * nothing, and the old password stays valid.
     *
     * @param tenant the tenant of the link
     * @param token the link's token
     * @param newPassword the new password, which must meet the rules (checked before the token is used)
     * @throws dev.roster.core.error.ValidationException naming {@code newPassword} when it breaks a rule
     * @throws dev.roster.core.error.InvalidTokenException when the token does not open a live link
     */
    void completePasswordReset(TenantId tenant, String token, String newPassword);
}
