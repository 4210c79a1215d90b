package dev.roster.core.permission;

import dev.roster.core.access.Actor;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;

/**
 * Permission checks for the host's request path. A user's permissions are resolved once and cached
 * as a bitset; a check is a lookup and a bit test. Unknown users and users of other tenants hold
 * nothing.
 */
public interface PermissionService {
    /** The catalog index of a permission (-1 if unknown), for {@link #check(TenantId, UserId, int)}. */
    int indexOf(Permission permission);

    boolean check(TenantId tenant, UserId user, Permission permission);

    /** The fastest check: by catalog index, no allocation once the user's set is cached. */
    boolean check(TenantId tenant, UserId user, int permissionIndex);

    /** The user's effective permissions (empty for an unknown, suspended or deleted user). */
    PermissionSet effective(TenantId tenant, UserId user);

    /** Which layer decides {@code permission} for {@code user}, for an admin screen. */
    Decision explain(Actor actor, UserId user, Permission permission);
}
