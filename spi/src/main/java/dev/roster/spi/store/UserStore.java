package dev.roster.spi.store;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Users. Uniqueness within a tenant is part of the contract, among users that are not DELETED (a
 * deleted user's address may be invited again; restoring it then fails): the canonical email
 * ({@link dev.roster.spi.model.EmailAddress#canonical()}), and the username key
 * ({@link dev.roster.spi.model.Profile#usernameKey()}) of users that have one, and the external ID
 * ({@link dev.roster.spi.model.Profile#externalId()}, compared exactly) of users that have one.
 */
public interface UserStore {
    Optional<User> find(TenantId tenant, UserId id);

    /** The user that is not DELETED with this canonical email. */
    Optional<User> findByEmail(TenantId tenant, String canonicalEmail);

    /** The users that are not DELETED with any of these canonical emails (for batch checks). */
    List<User> findByEmails(TenantId tenant, Collection<String> canonicalEmails);

    /** The user that is not DELETED with this username key. */
    Optional<User> findByUsername(TenantId tenant, String usernameKey);

    /** The user that is not DELETED with this external ID, compared exactly. */
    Optional<User> findByExternalId(TenantId tenant, String externalId);

    /** @throws dev.roster.spi.error.DuplicateKeyException DUPLICATE_EMAIL, DUPLICATE_USERNAME, DUPLICATE_EXTERNAL_ID or DUPLICATE_ID */
    void insert(User user);

    /**
     * Writes {@code user} if the stored version equals {@code user.version()}, advancing it by one.
     *
     * @return the stored user with its new version
     * @throws dev.roster.spi.error.StaleVersionException when the versions differ or the user is gone
     * @throws dev.roster.spi.error.DuplicateKeyException DUPLICATE_EMAIL, DUPLICATE_USERNAME or DUPLICATE_EXTERNAL_ID
     */
    User update(User user);

    /** Removes the user for good; returns false when there was nothing to remove. */
    boolean delete(TenantId tenant, UserId id);

    /** Users with status ACTIVE and {@code admin} set. */
    long countActiveAdmins(TenantId tenant);

    /** Deleted users whose purge-after instant is at or before {@code now}, oldest first. */
    List<User> findPurgeable(TenantId tenant, Instant now, int limit);
}
