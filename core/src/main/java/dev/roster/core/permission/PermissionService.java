package dev.roster.core.permission;

import dev.roster.core.Actor;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.policy.Operation;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.RosterStore;
import java.util.Map;

/**
 * Permission checks for the host's request path. A user's permissions are resolved once and cached
 * as a bitset; a check is a lookup and a bit test. Unknown users and users of other tenants hold
 * nothing.
 */
public final class PermissionService {
    private final RosterStore store;
    private final PermissionResolver resolver;
    private final PermissionCache cache;
    private final PermissionIndex cached;
    private final Authorizer authorizer;

    public PermissionService(RosterStore store, PermissionResolver resolver, PermissionCache cache, Authorizer authorizer) {
        this.store = store;
        this.resolver = resolver;
        this.cache = cache;
        this.cached = cache.sets();
        this.authorizer = authorizer;
    }

    /** The catalog index of a permission (-1 if unknown), for {@link #check(TenantId, UserId, int)}. */
    public int indexOf(Permission permission) {
        return resolver.catalog().indexOf(permission);
    }

    public boolean check(TenantId tenant, UserId user, Permission permission) {
        return check(tenant, user, indexOf(permission));
    }

    /** The fastest check: by catalog index, no allocation once the user's set is cached. */
    public boolean check(TenantId tenant, UserId user, int permissionIndex) {
        if (tenant == null || user == null) {
            return false; // nobody holds anything
        }
        PermissionSet set = cached.get(user);
        if (set != null && set.belongsTo(tenant)) {
            return set.contains(permissionIndex);
        }
        return effective(tenant, user).contains(permissionIndex);
    }

    /** The user's effective permissions (empty for an unknown, suspended or deleted user). */
    public PermissionSet effective(TenantId tenant, UserId user) {
        PermissionSet cached = cache.get(tenant, user);
        if (cached != null) {
            return cached;
        }
        long epoch = cache.epoch();
        PermissionSet loaded = store.read(tx -> {
            Tenant t = tx.tenants().find(tenant).orElse(null);
            User u = t == null ? null : tx.users().find(tenant, user).orElse(null);
            return u == null ? resolver.nothing(tenant) : resolver.resolve(u, t, Authorizer.groupsOf(tx, t));
        });
        return cache.put(user, loaded, epoch);
    }

    /** Which layer decides {@code permission} for {@code user}, for an admin screen. */
    public Decision explain(Actor actor, UserId user, Permission permission) {
        return store.read(tx -> {
            Acting acting = authorizer.authorize(tx, actor, Operation.VIEW_USERS, false);
            User target = tx.users().find(actor.tenant(), user).orElseThrow(() -> new NotFoundException("user", user));
            Map<GroupId, Group> groups = acting.groups();
            return resolver.explain(target, acting.tenant(), groups, permission);
        });
    }
}
