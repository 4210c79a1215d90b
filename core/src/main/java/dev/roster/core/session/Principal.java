package dev.roster.core.session;

import dev.roster.core.permission.PermissionSet;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.util.Objects;
import java.util.UUID;

/**
 * Who a validated session belongs to, with what the user may do at the moment of validation: its
 * roles, overrides, groups and the tenant's defaults as they stand, whichever instance changed them.
 */
public final class Principal {
    private final TenantId tenant;
    private final UserId user;
    private final UUID session;
    private final PermissionSet permissions;

    /**
     * @param tenant the tenant
     * @param user the user
     * @param session the session validated
     * @param permissions the user's effective permissions
     */
    public Principal(TenantId tenant, UserId user, UUID session, PermissionSet permissions) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.user = Objects.requireNonNull(user, "user");
        this.session = Objects.requireNonNull(session, "session");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
    }

    /** {@return the tenant} */
    public TenantId tenant() {
        return tenant;
    }

    /** {@return the user} */
    public UserId user() {
        return user;
    }

    /** {@return the session} */
    public UUID session() {
        return session;
    }

    /** {@return the user's effective permissions} */
    public PermissionSet permissions() {
        return permissions;
    }

    /**
     * @param permission a permission
     * @return whether the user holds it
     */
    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    @Override
    public String toString() {
        return "Principal(" + tenant + ", " + user + ", session " + session + ")";
    }
}
