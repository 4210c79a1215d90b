package dev.roster.core.internal;

import dev.roster.core.permission.PermissionResolver;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;

/**
 * Writes users for the services: checks the actor's {@link Authority} over the user, derives the
 * stored admin flag, applies the last-admin guard and stamps the update time, so no path can store
 * or remove a user without them.
 */
public final class UserWriter {
    private final PermissionResolver resolver;
    private final Guards guards;
    private final Authority authority;
    private final CacheCoherence coherence;

    public UserWriter(PermissionResolver resolver, Guards guards, Authority authority, CacheCoherence coherence) {
        this.coherence = coherence;
        this.resolver = resolver;
        this.guards = guards;
        this.authority = authority;
    }

    /** The user with its admin flag derived from its roles and overrides in the acting tenant. */
    public User derive(Acting acting, User user) {
        return user.toBuilder().admin(resolver.holdsAdmin(user, acting.tenant(), acting.groups())).build();
    }

    public User insert(StoreTransaction tx, Acting acting, User user) {
        User derived = derive(acting, user);
        authority.requireCovers(acting, null, derived);
        tx.users().insert(derived);
        return derived;
    }

    /** Stores {@code changed} over {@code before}; rejects it when it would remove the last active admin. */
    public User update(StoreTransaction tx, Acting acting, User before, User changed, Instant now) {
        User derived = derive(acting, changed.toBuilder().updatedAt(now).build());
        authority.requireCovers(acting, before, derived);
        guards.keepAnAdmin(tx, before, derived);
        User stored = tx.users().update(derived);
        if (stored.status() != UserStatus.ACTIVE) {
            coherence.endSessions(tx, stored.tenantId(), stored.id(), null); // suspended or deleted: out at once, everywhere
        }
        if (stored.status() != UserStatus.ACTIVE || !stored.email().equals(before.email())) {
            ResetLinks.voidAll(tx, stored.tenantId(), stored.id(), now); // no way back by a link mailed earlier, or to the old address
        }
        return stored;
    }

    /** Removes the user for good; rejects it when the user is the last active admin. */
    public void remove(StoreTransaction tx, Acting acting, User user) {
        authority.requireCovers(acting, user, null);
        guards.keepAnAdmin(tx, user, null);
        tx.users().delete(user.tenantId(), user.id());
    }
}
