package dev.roster.core.internal;

import dev.roster.core.permission.PermissionCache;
import dev.roster.spi.access.SessionStore;
import dev.roster.spi.change.Change;
import dev.roster.spi.change.ChangeFeed;
import dev.roster.spi.change.ChangeListener;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.StoreTransaction;
import java.util.UUID;

/**
 * Keeps every instance's permission cache true to the database. A unit that changes what someone
 * holds announces it on the store's change feed; the feed delivers it, at commit, to every instance
 * (this one too), each of which forgets what it cached. Delivery after the commit also covers a unit
 * that joined the host's transaction: a check that cached the old answer between Roster's unit and
 * the host's commit is corrected when the commit lands. Without a feed, the cache is only this
 * instance's, invalidated as each unit ends.
 */
public final class CacheCoherence implements ChangeListener {
    private final PermissionCache cache;
    private final boolean fed;
    private final boolean immediate;
    private volatile ChangeListener also;

    public CacheCoherence(PermissionCache cache, RosterStore store) {
        this.cache = cache;
        this.fed = store.capabilities().contains(ChangeFeed.CAPABILITY);
        this.immediate = fed && store.read(tx -> ChangeFeed.CAPABILITY.in(tx).deliversAtCommit());
    }

    /** Whether every instance hears each change before the commit that announced it returns (see {@link ChangeFeed#deliversAtCommit()}). */
    public boolean immediate() {
        return immediate;
    }

    /** Also tells {@code listener} of every change this instance hears (the session cache). */
    public void alsoTell(ChangeListener listener) {
        this.also = listener;
    }

    /**
     * Ends a user's sessions but {@code keep} in this unit of work; every instance forgets them
     * when it commits.
     *
     * @return how many ended
     */
    public int endSessions(StoreTransaction tx, TenantId tenant, UserId user, UUID keep) {
        int ended = tx.port(SessionStore.CAPABILITY).map(s -> s.deleteOfUser(tenant, user, keep)).orElse(0);
        if (ended > 0) {
            userChanged(tx, tenant, user);
        }
        return ended;
    }

    /** Starts hearing the feed; null when the store has none. */
    public ChangeFeed.Subscription listen(RosterStore store) {
        return fed ? store.read(tx -> ChangeFeed.CAPABILITY.in(tx).subscribe(this)) : null;
    }

    /** In the unit that changes {@code user}. */
    public void userChanged(StoreTransaction tx, TenantId tenant, UserId user) {
        if (fed) {
            ChangeFeed.CAPABILITY.in(tx).announce(Change.ofUser(tenant, user));
        }
    }

    /** In the unit that changes what every user of {@code tenant} may hold (its defaults, a group). */
    public void tenantChanged(StoreTransaction tx, TenantId tenant) {
        tx.port(SessionStore.CAPABILITY).ifPresent(sessions -> sessions.accessChanged(tenant)); // what validations compare
        if (fed) {
            ChangeFeed.CAPABILITY.in(tx).announce(Change.ofTenant(tenant));
        }
    }

    @Override
    public void changed(Change change) {
        change.userId().ifPresentOrElse(cache::invalidate, () -> cache.invalidateTenant(change.tenant()));
        ChangeListener listener = also;
        if (listener != null) {
            listener.changed(change);
        }
    }

    @Override
    public void missed() {
        cache.invalidateAll();
        ChangeListener listener = also;
        if (listener != null) {
            listener.missed();
        }
    }
}
