package dev.roster.spi.change;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a unit of work changed that other Roster instances may hold in memory: one user's
 * permissions, or (with no user) every user's of a tenant, as a change to its defaults or groups.
 *
 * @param tenant the tenant
 * @param user the user, or null for the whole tenant
 */
public record Change(TenantId tenant, UserId user) {
    /**
     * Requires the tenant.
     *
     * @param tenant the tenant
     * @param user the user, or null for the whole tenant
     */
    public Change {
        Objects.requireNonNull(tenant, "tenant");
    }

    /**
     * One user changed.
     *
     * @param tenant the tenant
     * @param user the user
     * @return the change
     */
    public static Change ofUser(TenantId tenant, UserId user) {
        return new Change(tenant, Objects.requireNonNull(user, "user"));
    }

    /**
     * Everything of a tenant changed.
     *
     * @param tenant the tenant
     * @return the change
     */
    public static Change ofTenant(TenantId tenant) {
        return new Change(tenant, null);
    }

    /** {@return the user, or empty when the whole tenant changed} */
    public Optional<UserId> userId() {
        return Optional.ofNullable(user);
    }
}
