package dev.roster.adapters.jdbc;

import dev.roster.spi.error.StaleVersionException;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.GroupStore;
import dev.roster.spi.store.StoredValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

final class JdbcGroupStore implements GroupStore {
    private static final String SELECT = "SELECT tenant_id, group_id, name, permissions, created_at, version FROM roster_group ";

    private final Sql sql;

    JdbcGroupStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Group> find(TenantId tenant, GroupId id) {
        return sql.one("find group", SELECT + "WHERE tenant_id = ? AND group_id = ?", p -> p.string(tenant.value()).uuid(id.value()),
                JdbcGroupStore::group);
    }

    @Override
    public List<Group> list(TenantId tenant) {
        return sql.list("list groups", SELECT + "WHERE tenant_id = ? ORDER BY name_key, group_id", p -> p.string(tenant.value()),
                JdbcGroupStore::group);
    }

    @Override
    public void insert(Group group) {
        StoredValues.check(group);
        sql.update("insert group", "INSERT INTO roster_group (tenant_id, group_id, name, name_key, permissions, created_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", p -> p.string(group.tenantId().value()).uuid(group.id().value()).string(group.name())
                .string(nameKey(group)).string(permissions(group)).instant(group.createdAt()).number(group.version()));
    }

    @Override
    public Group update(Group group) {
        StoredValues.check(group);
        int rows = sql.update("update group", "UPDATE roster_group SET name = ?, name_key = ?, permissions = ?, version = version + 1 "
                + "WHERE tenant_id = ? AND group_id = ? AND version = ?", p -> p.string(group.name()).string(nameKey(group))
                .string(permissions(group)).string(group.tenantId().value()).uuid(group.id().value()).number(group.version()));
        if (rows == 0) {
            throw new StaleVersionException("group", group.id(), group.version());
        }
        return group.withVersion(group.version() + 1);
    }

    @Override
    public boolean delete(TenantId tenant, GroupId id) {
        return sql.update("delete group", "DELETE FROM roster_group WHERE tenant_id = ? AND group_id = ?",
                p -> p.string(tenant.value()).uuid(id.value())) > 0;
    }

    private static String nameKey(Group group) {
        return group.name().toLowerCase(Locale.ROOT);
    }

    private static String permissions(Group group) {
        return Codec.set(group.permissions().stream().map(Permission::value).toList());
    }

    private static Group group(ResultSet rs) throws SQLException {
        return new Group(GroupId.of(Sql.uuid(rs, "group_id")), TenantId.of(rs.getString("tenant_id")), rs.getString("name"),
                Codec.set(rs.getString("permissions")).stream().map(Permission::of).collect(Collectors.toSet()),
                Sql.instant(rs, "created_at"), rs.getLong("version"));
    }
}
