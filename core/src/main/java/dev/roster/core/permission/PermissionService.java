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
    /**
     * The catalog index of a permission, for {@link #check(TenantId, UserId, int)}.
     *
     * @param permission the permission
     * @return its index, or -1 when unknown
     */
    int indexOf(Permission permission);

    /**
     * Whether the user holds the permission now. Unknown users, users of other tenants, suspended
     * and deleted users hold nothing.
     *
     * @param tenant the tenant
     * @param user the user
     * @param permission the permission
     * @return true when it holds it
     */
    boolean check(TenantId tenant, UserId user, Permission permission);

    /**
     * The fastest check: by catalog index, no allocation once the user's set is cached.
     *
     * @param tenant the tenant
     * @param user the user
     * @param permissionIndex from {@link #indexOf}
     * @return true when it holds it
     */
    boolean check(TenantId tenant, UserId user, int permissionIndex);

    /**
     * The user's effective permissions.
     *
     * @param tenant the tenant
     * @param user the user
     * @return the set (empty for an unknown, suspended or deleted user)
     */
    PermissionSet effective(TenantId tenant, UserId user);

    /**
     * Which layer decides {@code permission} for {@code user}, for an admin screen. Requires
     * {@link dev.roster.core.policy.Operation#VIEW_USERS}.
     *
     * @param actor who asks
     * @param user the user
     * @param permission the permission
     * @return the decision
     */
    Decision explain(Actor actor, UserId user, Permission permission);

    /**
     * The roles this actor could give a user of {@code userType}: those whose holders would hold
     * nothing the actor does not (the escalation rule every write applies). For an invite form or a
     * roles form to offer only what would be accepted. Requires
     * {@link dev.roster.core.policy.Operation#VIEW_USERS}.
     *
     * @param actor who would give them
     * @param userType the user type of the user who would hold them
     * @return the roles, possibly none
     */
    java.util.Set<dev.roster.spi.model.RoleId> grantableRoles(Actor actor, String userType);
}
