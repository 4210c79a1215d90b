package dev.roster.core.permission;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Resolved permission sets by user, so that a check is one probe of {@link PermissionIndex} and one
 * bit test with no allocation. It holds an entry per known user checked since the last
 * invalidation, up to its capacity. Roster invalidates a user whenever it changes the user, and a
 * whole tenant whenever it changes the tenant's defaults or groups; with a store that offers the
 * change feed, every instance on the same database hears those changes as they commit.
 */
public final class PermissionCache {
    /** How many users a cache holds unless told otherwise. */
    public static final int DEFAULT_CAPACITY = 200_000;
    private static final int MAX_DISTINCT = 10_000;

    private final int capacity;

    private final PermissionIndex sets = new PermissionIndex();
    // One instance per distinct set: users mostly share a few sets (one per role, say), so the
    // sets a check reads stay in the CPU cache however many users there are.
    private final ConcurrentHashMap<PermissionSet, PermissionSet> distinct = new ConcurrentHashMap<>();
    // Advanced by every invalidation; a load that started before one must not store what it read.
    private final AtomicLong epoch = new AtomicLong();

    /** A cache of {@link #DEFAULT_CAPACITY} users. */
    public PermissionCache() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * A cache that starts over once it holds {@code capacity} users, so its memory stays bounded
     * whatever user ids are checked.
     *
     * @param capacity the most users held
     */
    public PermissionCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * The answer of the cache alone, without allocating.
     *
     * @param tenant the tenant
     * @param user the user
     * @param index the permission's catalog index
     * @return 1 when the cached set holds it, 0 when it does not, -1 when nothing is cached
     */
    public int probe(TenantId tenant, UserId user, int index) {
        PermissionSet set = sets.get(user);
        if (set == null || !set.belongsTo(tenant)) {
            return -1;
        }
        return set.contains(index) ? 1 : 0;
    }

    /**
     * The cached set.
     *
     * @param tenant the tenant
     * @param user the user
     * @return the set, or null when absent or cached for another tenant
     */
    public PermissionSet get(TenantId tenant, UserId user) {
        PermissionSet set = sets.get(user);
        return set != null && set.belongsTo(tenant) ? set : null;
    }

    /**
     * Read before loading; pass to {@link #put} so a load that raced an invalidation is dropped.
     *
     * @return the current epoch
     */
    public long epoch() {
        return epoch.get();
    }

    /**
     * Caches the set and returns the shared instance equal to it.
     *
     * @param user the user
     * @param permissions the set just resolved
     * @param epochAtLoad what {@link #epoch()} said before the load
     * @return the shared set (not cached when an invalidation came in between)
     */
    public PermissionSet put(UserId user, PermissionSet permissions, long epochAtLoad) {
        if (distinct.size() > MAX_DISTINCT) {
            distinct.clear(); // only sharing is lost; cached sets stay valid
        }
        PermissionSet shared = distinct.computeIfAbsent(permissions, p -> p);
        if (sets.size() >= capacity) {
            sets.clear(); // starting over costs one reload per user; tracking recency would cost every check
        }
        sets.put(user, shared);
        if (epoch.get() != epochAtLoad) {
            sets.remove(user, shared);
        }
        return shared;
    }

    /** How many users are cached now. */
    int size() {
        return sets.size();
    }

    /**
     * Forgets one user's set, after a change to that user.
     *
     * @param user the user
     */
    public void invalidate(UserId user) {
        epoch.incrementAndGet();
        sets.remove(user);
    }

    /**
     * Forgets every set of a tenant, after a change to its defaults or groups.
     *
     * @param tenant the tenant
     */
    public void invalidateTenant(TenantId tenant) {
        epoch.incrementAndGet();
        sets.removeIf(set -> set.belongsTo(tenant));
        distinct.keySet().removeIf(set -> set.belongsTo(tenant));
    }

    /** Forgets everything. */
    public void invalidateAll() {
        epoch.incrementAndGet();
        sets.clear();
        distinct.clear();
    }
}
