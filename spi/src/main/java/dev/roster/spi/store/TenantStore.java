package dev.roster.spi.store;

import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import java.util.List;
import java.util.Optional;

/** Tenants. */
public interface TenantStore {
    /**
     * A tenant.
     *
     * @param id the tenant
     * @return the tenant, or empty
     */
    Optional<Tenant> find(TenantId id);

    /**
     * Inserts a tenant.
     *
     * @param tenant the tenant
     * @throws dev.roster.spi.error.DuplicateKeyException with DUPLICATE_ID when the id exists
     */
    void insert(Tenant tenant);

    /**
     * Writes {@code tenant} if the stored version equals its version, advancing it by one.
     *
     * @param tenant the tenant
     * @return the stored tenant with its new version
     * @throws dev.roster.spi.error.StaleVersionException otherwise
     */
    Tenant update(Tenant tenant);

    /**
     * Reads the tenant and holds it locked until the unit of work ends, so that units which check
     * a tenant-wide invariant (the last active admin, the seat limit) run one after the other.
     *
     * @param id the tenant
     * @return the tenant, or empty
     */
    Optional<Tenant> lock(TenantId id);

    /**
     * Tenant ids in ascending order, after {@code after} (null for the first page).
     *
     * @param after the last id of the previous page, or null
     * @param limit the most to return
     * @return the ids
     */
    List<TenantId> list(TenantId after, int limit);
}
