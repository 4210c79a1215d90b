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
    /**
     * A user of the tenant, of any status.
     *
     * @param tenant the tenant
     * @param id the user
     * @return the user, or empty
     */
    Optional<User> find(TenantId tenant, UserId id);

    /**
     * The user that is not DELETED with this canonical email.
     *
     * @param tenant the tenant
     * @param canonicalEmail the key
     * @return the user, or empty
     */
    Optional<User> findByEmail(TenantId tenant, String canonicalEmail);

    /**
     * The users that are not DELETED with any of these canonical emails (for batch checks).
     *
     * @param tenant the tenant
     * @param canonicalEmails the keys
     * @return the users
     */
    List<User> findByEmails(TenantId tenant, Collection<String> canonicalEmails);

    /**
     * The user that is not DELETED with this username key.
     *
     * @param tenant the tenant
     * @param usernameKey the key
     * @return the user, or empty
     */
    Optional<User> findByUsername(TenantId tenant, String usernameKey);

    /**
     * The user that is not DELETED with this external ID, compared exactly.
     *
     * @param tenant the tenant
     * @param externalId the host's id
     * @return the user, or empty
     */
    Optional<User> findByExternalId(TenantId tenant, String externalId);

    /**
     * The users whose address was released to {@code replacement} ({@link dev.roster.spi.model.EmailAddress#replacement()}):
     * the earlier records of the same person, kept when its type changed. Deleted ones included. A
     * store written before type changes answers with an exception; {@code spi-tck} requires an answer.
     *
     * @param tenant the tenant
     * @param replacement the user that took the address over
     * @return the replaced users, in no particular order
     */
    default List<User> findReplacedBy(TenantId tenant, dev.roster.spi.model.UserId replacement) {
        throw new UnsupportedOperationException(getClass().getName() + " does not look up replaced users");
    }

    /**
     * The user that is not deleted and whose own referral code ({@link dev.roster.spi.model.RegistrationSource#referralCode()})
     * is {@code code}: the member a sign-up names as its referrer. A store written before referrals
     * answers with an exception; {@code spi-tck} requires an answer.
     *
     * @param tenant the tenant
     * @param code the code, as the user shared it
     * @return the user, or empty
     */
    default Optional<User> findByReferralCode(TenantId tenant, String code) {
        throw new UnsupportedOperationException(getClass().getName() + " does not look users up by referral code");
    }

    /**
     * The users that are not deleted holding any of these external IDs, in one round trip where the
     * store can (a bulk import checks a batch of rows at once). The default asks one by one.
     *
     * @param tenant the tenant
     * @param externalIds the host's IDs
     * @return the users found, in no particular order
     */
    default List<User> findByExternalIds(TenantId tenant, Collection<String> externalIds) {
        List<User> found = new java.util.ArrayList<>();
        for (String id : new java.util.LinkedHashSet<>(externalIds)) {
            findByExternalId(tenant, id).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Inserts a user.
     *
     * @param user the user
     * @throws dev.roster.spi.error.DuplicateKeyException DUPLICATE_EMAIL, DUPLICATE_USERNAME, DUPLICATE_EXTERNAL_ID or DUPLICATE_ID
     */
    void insert(User user);

    /**
     * Writes {@code user} if the stored version equals its version, advancing it by one.
     *
     * @param user the user
     * @return the stored user with its new version
     * @throws dev.roster.spi.error.StaleVersionException when the versions differ or the user is gone
     * @throws dev.roster.spi.error.DuplicateKeyException DUPLICATE_EMAIL, DUPLICATE_USERNAME or DUPLICATE_EXTERNAL_ID
     */
    User update(User user);

    /**
     * Removes the user for good.
     *
     * @param tenant the tenant
     * @param id the user
     * @return false when there was nothing to remove
     */
    boolean delete(TenantId tenant, UserId id);

    /**
     * Users with status ACTIVE and {@code admin} set.
     *
     * @param tenant the tenant
     * @return how many
     */
    long countActiveAdmins(TenantId tenant);

    /**
     * Deleted users whose purge-after instant is at or before {@code now}, oldest first.
     *
     * @param tenant the tenant
     * @param now the instant to judge at
     * @param limit the most to return
     * @return the users
     */
    List<User> findPurgeable(TenantId tenant, Instant now, int limit);
}
