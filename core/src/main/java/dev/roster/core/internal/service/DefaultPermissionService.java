package dev.roster.core.internal.service;

import dev.roster.core.access.Actor;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.permission.Decision;
import dev.roster.core.permission.PermissionCache;
import dev.roster.core.permission.PermissionResolver;
import dev.roster.core.permission.PermissionService;
import dev.roster.core.permission.PermissionSet;
import dev.roster.core.policy.Operation;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.RosterStore;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The engine behind {@link PermissionService}. */
public final class DefaultPermissionService implements PermissionService {
    private final RosterStore store;
    private final PermissionResolver resolver;
    private final PermissionCache cache;
    private final Authorizer authorizer;

    public DefaultPermissionService(RosterStore store, PermissionResolver resolver, PermissionCache cache, Authorizer authorizer) {
        this.store = store;
        this.resolver = resolver;
        this.cache = cache;
        this.authorizer = authorizer;
    }

    /** The catalog index of a permission (-1 if unknown), for {@link #check(TenantId, UserId, int)}. */
    @Override
    public int indexOf(Permission permission) {
        return resolver.catalog().indexOf(permission);
    }

    @Override
    public boolean check(TenantId tenant, UserId user, Permission permission) {
        return check(tenant, user, indexOf(permission));
    }

    /** The fastest check: by catalog index, no allocation once the user's set is cached. */
    @Override
    public boolean check(TenantId tenant, UserId user, int permissionIndex) {
        if (tenant == null || user == null) {
            return false; // nobody holds anything
        }
        int cached = cache.probe(tenant, user, permissionIndex);
        return cached >= 0 ? cached == 1 : effective(tenant, user).contains(permissionIndex);
    }

    /** The user's effective permissions (empty for an unknown, suspended or deleted user). */
    @Override
    public PermissionSet effective(TenantId tenant, UserId user) {
        PermissionSet cached = cache.get(tenant, user);
        if (cached != null) {
            return cached;
        }
        long epoch = cache.epoch();
        PermissionSet loaded = store.read(tx -> {
            Tenant t = tx.tenants().find(tenant).orElse(null);
            User u = t == null ? null : tx.users().find(tenant, user).orElse(null);
            return u == null ? null : resolver.resolve(u, t, Authorizer.groupsOf(tx, t));
        });
        // An unknown id is not cached: the user may be created a moment later (on any instance), and a host
        // that checks whatever id a request claims must not fill the cache with them.
        return loaded == null ? resolver.nothing(tenant) : cache.put(user, loaded, epoch);
    }

    /** Which layer decides {@code permission} for {@code user}, for an admin screen. */
    @Override
    public Decision explain(Actor actor, UserId user, Permission permission) {
        return store.read(tx -> {
            Acting acting = authorizer.authorize(tx, actor, Operation.VIEW_USERS, false);
            User target = tx.users().find(actor.tenant(), user).orElseThrow(() -> new NotFoundException("user", user));
            Map<GroupId, Group> groups = acting.groups();
            return resolver.explain(target, acting.tenant(), groups, permission);
        });
    }

    @Override
    public Set<RoleId> grantableRoles(Actor actor, String userType) {
        return store.read(tx -> {
            Acting acting = authorizer.authorize(tx, actor, Operation.VIEW_USERS, false);
            Set<RoleId> roles = new TreeSet<>(java.util.Comparator.comparing(RoleId::value));
            for (RoleId role : resolver.policy().roles().keySet()) {
                PermissionSet held = resolver.wouldHold(Set.of(role), userType, Map.of(), Set.of(), acting.tenant(), acting.groups());
                if (acting.isSystem() || held.notHeldBy(acting.permissions()).isEmpty()) {
                    roles.add(role);
                }
            }
            return java.util.Collections.unmodifiableSet(roles);
        });
    }
}
