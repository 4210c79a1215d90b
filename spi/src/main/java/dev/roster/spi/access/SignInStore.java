package dev.roster.spi.access;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.Capability;
import dev.roster.spi.store.Page;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Sign-in bookkeeping, outside the versioned user record (signing in never makes an admin's open
 * edit stale): each account's lockout state and last sign-in, and the log of attempts. Attempts
 * against no account leave no per-account state.
 *
 * <p>An optional capability ({@link #CAPABILITY}): a store that offers it lists it in
 * {@link dev.roster.spi.store.RosterStore#capabilities()} and passes {@code SignInStoreContract}.
 */
public interface SignInStore {
    /** The capability this port gives a store. */
    Capability<SignInStore> CAPABILITY = new Capability<>("sign-in", SignInStore.class);

    /**
     * The account's lockout state.
     *
     * @param tenant the tenant
     * @param user the account
     * @return it, or {@link LockoutState#CLEAR} when none is kept
     */
    LockoutState lockout(TenantId tenant, UserId user);

    /**
     * Replaces the account's lockout state by {@code step} of it, atomically: concurrent updates
     * of one account in different units of work apply one after the other, none lost.
     *
     * @param tenant the tenant
     * @param user the account, which must exist
     * @param step the change
     * @return the state stored
     */
    LockoutState updateLockout(TenantId tenant, UserId user, UnaryOperator<LockoutState> step);

    /**
     * Stamps a successful sign-in, which the user record then shows as its
     * {@link dev.roster.spi.model.User#lastLoginAt()} (for lists and their last-login sort) without a
     * change of its version: an admin's open edit stays valid.
     *
     * @param tenant the tenant
     * @param user the account, which must exist
     * @param at when
     */
    void signedIn(TenantId tenant, UserId user, Instant at);

    /**
     * The account's last successful sign-in.
     *
     * @param tenant the tenant
     * @param user the account
     * @return when, or empty when never
     */
    Optional<Instant> lastSignIn(TenantId tenant, UserId user);

    /**
     * Records an attempt.
     *
     * @param attempt the attempt
     * @throws dev.roster.spi.error.InvalidValueException when a value cannot be stored
     */
    void record(SignInAttempt attempt);

    /**
     * How many failed guesses ({@link SignInReason#isGuess()}) came from one client address, or one
     * network, since an instant, in every tenant: what a per-address budget against password
     * spraying reads. Addresses are compared as stored (Roster stores them in one canonical form).
     *
     * @param address an address, or, when it ends with {@code ':'}, the start shared by the
     *     addresses of one IPv6 network (their first four groups)
     * @param since the start of the window, inclusive
     * @return how many failed guesses
     */
    int failuresFrom(String address, Instant since);

    /**
     * A page of attempts, newest first (by time, then id).
     *
     * @param query the tenant, the filters and the position
     * @return the page
     */
    Page<SignInAttempt> attempts(SignInQuery query);

    /**
     * Deletes every attempt of one account (erasure: they hold its client addresses and user agents).
     *
     * @param tenant the tenant
     * @param user the account
     * @return how many were deleted
     */
    int forgetAttempts(TenantId tenant, UserId user);

    /**
     * Deletes up to {@code limit} attempts older than {@code before}, of every tenant.
     *
     * @param before the end of the retention
     * @param limit the most to delete in this call
     * @return how many were deleted
     */
    int pruneAttempts(Instant before, int limit);
}
