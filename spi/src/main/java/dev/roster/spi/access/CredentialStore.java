package dev.roster.spi.access;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.Capability;
import java.util.Optional;

/**
 * Users' password hashes, one per user, outside the versioned user record. Written in the unit of
 * work of the change that causes it (a password set, a temporary password issued, a user removed
 * for good).
 *
 * <p>An optional capability ({@link #CAPABILITY}): a store that offers it lists it in
 * {@link dev.roster.spi.store.RosterStore#capabilities()} and passes {@code CredentialStoreContract}.
 */
public interface CredentialStore {
    /** The capability this port gives a store. */
    Capability<CredentialStore> CAPABILITY = new Capability<>("credentials", CredentialStore.class);

    /**
     * The user's credential.
     *
     * @param tenant the tenant
     * @param user the user
     * @return it, or empty when the user has no password
     */
    Optional<Credential> find(TenantId tenant, UserId user);

    /**
     * Sets the user's credential, replacing any it had.
     *
     * @param credential the new credential
     * @throws dev.roster.spi.error.InvalidValueException when a value cannot be stored
     */
    void put(Credential credential);

    /**
     * Replaces the hash with one of the same password made with today's parameters, only if the
     * stored hash is still {@code expected} (a password changed meanwhile wins). Nothing else changes.
     *
     * @param tenant the tenant
     * @param user the user
     * @param expected the hash that was verified
     * @param replacement the new hash
     * @return whether it was replaced
     */
    boolean replaceHash(TenantId tenant, UserId user, String expected, String replacement);

    /**
     * Removes the user's credential.
     *
     * @param tenant the tenant
     * @param user the user
     * @return whether there was one
     */
    boolean delete(TenantId tenant, UserId user);

    /**
     * Keeps a password-reset link for its user, replacing any the user had.
     *
     * @param reset the link
     * @throws dev.roster.spi.error.InvalidValueException when a value cannot be stored
     */
    void putReset(PasswordReset reset);

    /**
     * The user's open password-reset link.
     *
     * @param tenant the tenant
     * @param user the user
     * @return it, or empty
     */
    Optional<PasswordReset> findReset(TenantId tenant, UserId user);

    /**
     * Takes the link with this token hash: returns it and deletes it, atomically, so that of
     * concurrent units taking one hash exactly one gets it (if its unit rolls back, the link stays).
     *
     * @param tokenHash the hash of the token presented
     * @return the link, or empty when none has this hash
     */
    Optional<PasswordReset> takeReset(String tokenHash);

    /**
     * Deletes the user's open password-reset link, if any: a password changed or an account closed
     * another way makes an earlier link void.
     *
     * @param tenant the tenant
     * @param user the user
     * @return whether there was one
     */
    boolean dropReset(TenantId tenant, UserId user);
}
