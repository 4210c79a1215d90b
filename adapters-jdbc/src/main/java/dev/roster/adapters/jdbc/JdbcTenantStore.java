package dev.roster.adapters.jdbc;

import dev.roster.spi.error.StaleVersionException;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.StoredValues;
import dev.roster.spi.store.TenantStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

final class JdbcTenantStore implements TenantStore {
    private static final String COLUMNS = "tenant_id, name, defaults, seat_limit, created_at, version";

    private final Sql sql;

    JdbcTenantStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return sql.one("find tenant", "SELECT " + COLUMNS + " FROM roster_tenant WHERE tenant_id = ?", p -> p.string(id.value()),
                JdbcTenantStore::tenant);
    }

    @Override
    public void insert(Tenant tenant) {
        StoredValues.check(tenant);
        sql.update("insert tenant", "INSERT INTO roster_tenant (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                p -> p.string(tenant.id().value()).string(tenant.name()).string(Codec.effects(tenant.defaults())).integer(tenant.seatLimit())
                        .instant(tenant.createdAt()).number(tenant.version()));
    }

    @Override
    public Tenant update(Tenant tenant) {
        StoredValues.check(tenant);
        int rows = sql.update("update tenant",
                "UPDATE roster_tenant SET name = ?, defaults = ?, seat_limit = ?, version = version + 1 WHERE tenant_id = ? AND version = ?",
                p -> p.string(tenant.name()).string(Codec.effects(tenant.defaults())).integer(tenant.seatLimit()).string(tenant.id().value())
                        .number(tenant.version()));
        if (rows == 0) {
            throw new StaleVersionException("tenant", tenant.id(), tenant.version());
        }
        return tenant.withVersion(tenant.version() + 1);
    }

    /** A row lock held to the end of the transaction: units guarding tenant-wide rules queue here. */
    @Override
    public Optional<Tenant> lock(TenantId id) {
        return sql.one("lock tenant", "SELECT " + COLUMNS + " FROM roster_tenant WHERE tenant_id = ? FOR UPDATE",
                p -> p.string(id.value()), JdbcTenantStore::tenant);
    }

    @Override
    public List<TenantId> list(TenantId after, int limit) {
        return sql.list("list tenants", "SELECT tenant_id FROM roster_tenant WHERE tenant_id > ? ORDER BY tenant_id LIMIT ?",
                p -> p.string(after == null ? "" : after.value()).number(limit), rs -> TenantId.of(rs.getString(1)));
    }

    private static Tenant tenant(ResultSet rs) throws SQLException {
        int limit = rs.getInt("seat_limit");
        Integer seatLimit = rs.wasNull() ? null : limit;
        return new Tenant(TenantId.of(rs.getString("tenant_id")), rs.getString("name"), Codec.effects(rs.getString("defaults")), seatLimit,
                Sql.instant(rs, "created_at"), rs.getLong("version"));
    }
}
