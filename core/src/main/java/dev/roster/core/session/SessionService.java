package dev.roster.core.session;

import dev.roster.core.access.Actor;
import dev.roster.core.credential.SignInContext;
import dev.roster.spi.access.Session;
import dev.roster.spi.access.SessionQuery;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.Page;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed-in sessions: started by a sign-in, validated on every request, listed and ended. Needs
 * {@code RosterBuilder.sessions(...)} and a store with the {@code sessions} capability. Suspending,
 * deleting or locking a user, and a password change or reset, end the user's sessions in the same
 * unit of work.
 */
public interface SessionService {
    /**
     * Signs in as {@link dev.roster.core.credential.CredentialService#authenticate} does and, when it
     * succeeds with a lasting password, starts a session in the same unit of work
     * ({@link SessionSignIn#session()}).
     *
     * @param tenant the tenant
     * @param identifier the email address or username as typed
     * @param password the password as typed
     * @param context where the attempt comes from
     * @return the result, with the session when signed in
     * @throws dev.roster.core.error.BusyException when too many hashes are running
     */
    SessionSignIn signIn(TenantId tenant, String identifier, String password, SignInContext context);

    /**
     * Starts a session for an active user the host signed in another way (single sign-on, say).
     *
     * @param tenant the tenant
     * @param user the user
     * @param context where the request comes from
     * @return the session and its token
     * @throws dev.roster.core.error.NotFoundException when the tenant has no such active user
     * @throws dev.roster.core.error.ConflictException POLICY_FORBIDS when an admin locked the user, or
     *     the user holds the most sessions allowed and the policy refuses more (a lockout for wrong
     *     passwords does not stop a sign-in that used none)
     */
    StartedSession start(TenantId tenant, UserId user, SignInContext context);

    /**
     * The principal of a live session: the token names a session of this tenant that is neither idle
     * past its timeout nor past its lifetime, and the permissions are the user's current ones, on
     * every instance. Fails closed: when the store cannot answer, this throws and grants nothing.
     *
     * @param tenant the tenant the request is for
     * @param token the token the client presented, as it came
     * @return the principal, or empty
     * @throws dev.roster.spi.error.StoreException when the store fails
     */
    Optional<Principal> validate(TenantId tenant, String token);

    /**
     * Ends the session of this token, if it is live; signing out twice is harmless.
     *
     * @param tenant the tenant
     * @param token the token
     */
    void signOut(TenantId tenant, String token);

    /**
     * Ends the other sessions of the token's user, keeping this one.
     *
     * @param tenant the tenant
     * @param token the token of the session to keep
     * @return how many ended (0 when the token is not live)
     */
    int signOutOthers(TenantId tenant, String token);

    /**
     * A user's sessions, oldest first: one's own always, another's with
     * {@link dev.roster.core.policy.Operation#VIEW_AUDIT}.
     *
     * @param actor who asks
     * @param user whose
     * @return the sessions
     */
    List<Session> sessionsOf(Actor actor, UserId user);

    /**
     * A page of the tenant's sessions, most recently started first. Needs
     * {@link dev.roster.core.policy.Operation#VIEW_AUDIT}.
     *
     * @param actor who asks
     * @param query the actor's tenant, the user if any, and the position
     * @return the page
     */
    Page<Session> sessions(Actor actor, SessionQuery query);

    /**
     * Ends one session: one's own always, another's with
     * {@link dev.roster.core.policy.Operation#RESET_PASSWORD} and every permission its user holds.
     *
     * @param actor who asks
     * @param session the session
     * @throws dev.roster.core.error.NotFoundException when the tenant has no such session
     */
    void end(Actor actor, UUID session);

    /**
     * Ends every session of a user: one's own always, another's with
     * {@link dev.roster.core.policy.Operation#RESET_PASSWORD} and every permission the user holds.
     *
     * @param actor who asks
     * @param user whose
     * @return how many ended
     */
    int endAll(Actor actor, UserId user);

    /**
     * Deletes sessions past their idle timeout or lifetime, of every tenant, in batches; run it
     * with the other maintenance jobs (validation refuses them either way).
     *
     * @return how many were deleted
     */
    int pruneExpired();
}
