package dev.roster.spi.access;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.Capability;
import dev.roster.spi.store.Page;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed-in sessions, found by the hash of their token, and each tenant's access stamp: a number
 * that advances whenever what the tenant's users may do changes for all of them at once (its
 * defaults, a group), so that an instance can tell in the same read whether what it cached holds.
 * Sessions go with their user when it is deleted for good.
 *
 * <p>An optional capability ({@link #CAPABILITY}): a store that offers it lists it in
 * {@link dev.roster.spi.store.RosterStore#capabilities()} and passes {@code SessionStoreContract}.
 */
public interface SessionStore {
    /** The capability this port gives a store. */
    Capability<SessionStore> CAPABILITY = new Capability<>("sessions", SessionStore.class);

    /**
     * Stores a new session.
     *
     * @param session the session, whose user must exist
     * @throws dev.roster.spi.error.InvalidValueException when a value cannot be stored
     * @throws dev.roster.spi.error.DuplicateKeyException when its id or token hash is taken
     */
    void create(Session session);

    /**
     * The session with this token hash together with its user's version and its tenant's access
     * stamp, in one round trip: validation reads nothing else when its cache holds.
     *
     * @param tokenHash the hex SHA-256 of the token presented
     * @return the session and the stamps, or empty when no session has this hash
     */
    Optional<SessionCheck> check(String tokenHash);

    /**
     * One session.
     *
     * @param tenant the tenant
     * @param id the session
     * @return it, or empty
     */
    Optional<Session> find(TenantId tenant, UUID id);

    /**
     * One user's sessions, oldest first.
     *
     * @param tenant the tenant
     * @param user the user
     * @return the sessions
     */
    List<Session> ofUser(TenantId tenant, UserId user);

    /**
     * A page of sessions, most recently started first (by start, then id).
     *
     * @param query the tenant, the user if any, and the position
     * @return the page
     */
    Page<Session> list(SessionQuery query);

    /**
     * Records that the session was used at {@code at}, if it still exists.
     *
     * @param tenant the tenant
     * @param id the session
     * @param at when
     * @return whether it exists
     */
    boolean touch(TenantId tenant, UUID id, Instant at);

    /**
     * Ends one session.
     *
     * @param tenant the tenant
     * @param id the session
     * @return whether it existed
     */
    boolean delete(TenantId tenant, UUID id);

    /**
     * Ends every session of a user but {@code keep}.
     *
     * @param tenant the tenant
     * @param user the user
     * @param keep the session to keep, or null for none
     * @return how many ended
     */
    int deleteOfUser(TenantId tenant, UserId user, UUID keep);

    /**
     * Deletes up to {@code limit} sessions, of every tenant, idle since before {@code idleBefore} or
     * started before {@code startedBefore}.
     *
     * @param idleBefore the idle cut-off
     * @param startedBefore the lifetime cut-off
     * @param limit the most to delete in this call
     * @return how many were deleted
     */
    int prune(Instant idleBefore, Instant startedBefore, int limit);

    /**
     * Advances the tenant's access stamp, in the unit of work that changes what all its users may do.
     *
     * @param tenant the tenant
     */
    void accessChanged(TenantId tenant);
}
