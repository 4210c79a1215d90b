package dev.roster.adapters.jdbc;

import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.AuditEntryId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.AuditQuery;
import dev.roster.spi.store.AuditStore;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StoredValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

final class JdbcAuditStore implements AuditStore {
    private static final String INSERT = "INSERT INTO roster_audit (tenant_id, audit_id, actor, action, target_type, target_id, at, details) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final Sql sql;

    JdbcAuditStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void append(AuditEntry entry) {
        appendAll(List.of(entry));
    }

    @Override
    public boolean redact(TenantId tenant, AuditEntryId id, Map<String, String> details) {
        StoredValues.checkAuditDetails(details);
        return sql.update("redact audit entry", "UPDATE roster_audit SET details = ? WHERE tenant_id = ? AND audit_id = ?",
                p -> p.string(Codec.map(details)).string(tenant.value()).uuid(id.value())) > 0;
    }

    @Override
    public void appendAll(List<AuditEntry> entries) {
        entries.forEach(StoredValues::check);
        sql.batch("append audit entries", INSERT, entries, (p, e) -> p.string(e.tenantId().value()).uuid(e.id().value())
                .uuid(e.actor() == null ? null : e.actor().value()).string(e.action()).string(e.targetType()).string(e.targetId())
                .instant(e.at()).string(Codec.map(e.details())));
    }

    @Override
    public Page<AuditEntry> query(AuditQuery q) {
        Where where = new Where("tenant_id = ?", p -> p.string(q.tenant().value()));
        if (q.from() != null) {
            where.and("at >= ?", p -> p.instant(q.from()));
        }
        if (q.to() != null) {
            where.and("at < ?", p -> p.instant(q.to()));
        }
        if (q.targetType() != null) {
            where.and("target_type = ?", p -> p.string(q.targetType()));
        }
        if (q.targetId() != null) {
            where.and("target_id = ?", p -> p.string(q.targetId()));
        }
        if (q.actor() != null) {
            where.and("actor = ?", p -> p.uuid(q.actor().value()));
        }
        if (q.afterAt() != null) {
            where.and("(at, audit_id) < (?, ?)", p -> p.instant(q.afterAt()).uuid(q.afterId().value()));
        }
        List<AuditEntry> rows = sql.list("query audit", "SELECT tenant_id, audit_id, actor, action, target_type, target_id, at, details "
                + "FROM roster_audit WHERE " + where + " ORDER BY at DESC, audit_id DESC LIMIT ?", p -> {
                    where.bind(p);
                    p.number(q.limit() + 1L);
                }, JdbcAuditStore::entry);
        return Page.ofOneMore(rows, q.limit());
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(AuditEntryId.of(Sql.uuid(rs, "audit_id")), TenantId.of(rs.getString("tenant_id")),
                rs.getObject("actor") == null ? null : UserId.of(Sql.uuid(rs, "actor")), rs.getString("action"),
                rs.getString("target_type"), rs.getString("target_id"), Sql.instant(rs, "at"), Codec.map(rs.getString("details")));
    }
}
