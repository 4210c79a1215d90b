package dev.roster.adapters.inmemory;

import dev.roster.spi.error.DuplicateKeyException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.StaleVersionException;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.StoredValues;
import dev.roster.spi.store.TenantStore;
import java.util.List;
import java.util.Optional;

final class InMemoryTenantStore implements TenantStore {
    private final InMemoryData data;

    InMemoryTenantStore(InMemoryData data) {
        this.data = data;
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(data.tenants.get(id));
    }

    @Override
    public void insert(Tenant tenant) {
        StoredValues.check(tenant);
        if (data.tenants.containsKey(tenant.id())) {
            throw new DuplicateKeyException(ErrorCode.DUPLICATE_ID, "tenant " + tenant.id() + " already exists");
        }
        data.tenants.put(tenant.id(), tenant);
    }

    @Override
    public Tenant update(Tenant tenant) {
        StoredValues.check(tenant);
        Tenant stored = data.tenants.get(tenant.id());
        if (stored == null || stored.version() != tenant.version()) {
            throw new StaleVersionException("tenant", tenant.id(), tenant.version());
        }
        Tenant next = tenant.withVersion(tenant.version() + 1);
        data.tenants.put(tenant.id(), next);
        return next;
    }

    /** Writers already run one at a time, so the lock is the store's own. */
    @Override
    public Optional<Tenant> lock(TenantId id) {
        return find(id);
    }

    @Override
    public List<TenantId> list(TenantId after, int limit) {
        return data.tenants.values().stream()
                .map(Tenant::id)
                .filter(id -> after == null || id.compareTo(after) > 0)
                .sorted()
                .limit(limit)
                .toList();
    }
}
