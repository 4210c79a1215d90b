package dev.roster.spi.store;

import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import java.util.List;
import java.util.Optional;

/** Tenants. */
public interface TenantStore {
    Optional<Tenant> find(TenantId id);

    /** @throws dev.roster.spi.error.DuplicateKeyException with DUPLICATE_ID when the id exists */
    void insert(Tenant tenant);

    /**
     * Writes {@code tenant} if the stored version equals {@code tenant.version()}, advancing it by one.
     *
     * @return the stored tenant with its new version
     * @throws dev.roster.spi.error.StaleVersionException otherwise
     */
    Tenant update(Tenant tenant);

    /**
     * Reads the tenant and holds it locked until the unit of work ends, so that units which check
     * a tenant-wide invariant (the last active admin, the seat limit) run one after the other.
     */
    Optional<Tenant> lock(TenantId id);

    /** Tenant ids in ascending order, after {@code after} (null for the first page). */
    List<TenantId> list(TenantId after, int limit);
}
