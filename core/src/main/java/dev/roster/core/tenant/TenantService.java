package dev.roster.core.tenant;

import dev.roster.core.access.Actor;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.User;
import java.util.Map;

/** Tenants: bootstrap with a first admin, tenant-wide permission defaults, the seat limit. */
public interface TenantService {
    /**
     * Called by the host (no actor yet): creates the tenant and its first, active admin.
     *
     * @param command the tenant and its first admin
     * @return the admin
     * @throws dev.roster.core.error.ConflictException TENANT_EXISTS when the id is taken
     */
    User bootstrap(TenantBootstrap command);

    /**
     * The actor's tenant. Requires {@link dev.roster.core.policy.Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @return the tenant
     */
    Tenant get(Actor actor);

    /**
     * Replaces the tenant-wide defaults ("global limits"): grants or denies every member gets unless
     * a role fixes the permission, an override or a group says otherwise. Requires
     * {@link dev.roster.core.policy.Operation#MANAGE_TENANT}. A default may give only what the actor holds
     * (lifting a deny counts as giving), take away only from holders of roles the actor covers, and
     * never take from every admin role the permission to change the defaults back. The admin permission
     * is never a default.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param defaults the new defaults, replacing the old
     * @return the tenant
     * @throws dev.roster.core.error.PermissionDeniedException when the actor may not make the change
     * @throws dev.roster.core.error.ConflictException POLICY_FORBIDS when it would lock every admin out
     */
    Tenant setDefaults(Actor actor, Map<Permission, Effect> defaults);

    /**
     * Sets the seat limit. A limit below current use blocks new seats but removes nobody. Requires
     * {@link dev.roster.core.policy.Operation#MANAGE_TENANT}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param seatLimit the limit, at least 1; null for none
     * @return the tenant
     */
    Tenant setSeatLimit(Actor actor, Integer seatLimit);
}
