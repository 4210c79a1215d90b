package dev.roster.core.tenant;

import dev.roster.core.access.Actor;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.User;
import java.util.Map;

/** Tenants: bootstrap with a first admin, tenant-wide permission defaults, the seat limit. */
public interface TenantService {
    /** Called by the host (no actor yet): creates the tenant and its first, active admin. */
    User bootstrap(TenantBootstrap command);

    Tenant get(Actor actor);

    /**
     * Replaces the tenant-wide defaults ("global limits"): grants or denies every member gets unless
     * a role fixes the permission, an override or a group says otherwise. The admin permission is
     * never a default, so the last-admin guard can count admins per user.
     */
    Tenant setDefaults(Actor actor, Map<Permission, Effect> defaults);

    /** Sets the seat limit (null for none). A limit below current use blocks new seats but removes nobody. */
    Tenant setSeatLimit(Actor actor, Integer seatLimit);
}
