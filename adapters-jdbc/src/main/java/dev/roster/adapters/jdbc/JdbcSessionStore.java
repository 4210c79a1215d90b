package dev.roster.adapters.jdbc;

import dev.roster.spi.access.Session;
import dev.roster.spi.access.SessionCheck;
import dev.roster.spi.access.SessionQuery;
import dev.roster.spi.access.SessionStore;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StoredValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions in {@code roster_session} and the tenants' access stamps in {@code roster_access_stamp} (migration V12). */
final class JdbcSessionStore implements SessionStore {
    private static final String COLUMNS = "session_id, tenant_id, user_id, token_hash, browser, os, ip, started_at, last_active_at";
    // The session, its user's version and its tenant's stamp: what validation needs, in one round trip.
    private static final String CHECK = "SELECT s.session_id, s.tenant_id, s.user_id, s.token_hash, s.browser, s.os, s.ip, s.started_at, "
            + "s.last_active_at, u.version AS user_version, COALESCE(a.stamp, 0) AS access_stamp FROM roster_session s "
            + "JOIN roster_user u ON u.tenant_id = s.tenant_id AND u.user_id = s.user_id "
            + "LEFT JOIN roster_access_stamp a ON a.tenant_id = s.tenant_id WHERE s.token_hash = ?";

    private final Sql sql;
    private final Dialect dialect;

    JdbcSessionStore(Sql sql, Dialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
    }

    @Override
    public void create(Session s) {
        StoredValues.check(s);
        sql.update("create session", "INSERT INTO roster_session (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p -> p.uuid(s.id()).string(s.tenantId().value()).uuid(s.userId().value()).string(s.tokenHash()).string(s.browser())
                        .string(s.os()).string(s.ip()).instant(s.startedAt()).instant(s.lastActiveAt()));
    }

    @Override
    public Optional<SessionCheck> check(String tokenHash) {
        if (tokenHash == null) {
            return Optional.empty();
        }
        return sql.one("check session", CHECK, p -> p.string(tokenHash),
                rs -> new SessionCheck(session(rs), rs.getLong("user_version"), rs.getLong("access_stamp")));
    }

    @Override
    public Optional<Session> find(TenantId tenant, UUID id) {
        return sql.one("find session", "SELECT " + COLUMNS + " FROM roster_session WHERE tenant_id = ? AND session_id = ?",
                p -> p.string(tenant.value()).uuid(id), JdbcSessionStore::session);
    }

    @Override
    public List<Session> ofUser(TenantId tenant, UserId user) {
        return sql.list("list user's sessions", "SELECT " + COLUMNS + " FROM roster_session WHERE tenant_id = ? AND user_id = ? "
                + "ORDER BY started_at, session_id", p -> p.string(tenant.value()).uuid(user.value()), JdbcSessionStore::session);
    }

    @Override
    public Page<Session> list(SessionQuery q) {
        Where where = new Where("tenant_id = ?", p -> p.string(q.tenant().value()));
        if (q.user() != null) {
            where.and("user_id = ?", p -> p.uuid(q.user().value()));
        }
        if (q.afterStartedAt() != null) {
            where.and("(started_at, session_id) < (?, ?)", p -> p.instant(q.afterStartedAt()).uuid(q.afterId()));
        }
        List<Session> rows = sql.list("list sessions", "SELECT " + COLUMNS + " FROM roster_session WHERE " + where
                + " ORDER BY started_at DESC, session_id DESC LIMIT ?", p -> {
                    where.bind(p);
                    p.number(q.limit() + 1L);
                }, JdbcSessionStore::session);
        return Page.ofOneMore(rows, q.limit());
    }

    @Override
    public boolean touch(TenantId tenant, UUID id, Instant at) {
        StoredValues.bound("at", at);
        return sql.update("touch session", "UPDATE roster_session SET last_active_at = ? WHERE tenant_id = ? AND session_id = ?",
                p -> p.instant(at).string(tenant.value()).uuid(id)) > 0;
    }

    @Override
    public boolean delete(TenantId tenant, UUID id) {
        return sql.update("end session", "DELETE FROM roster_session WHERE tenant_id = ? AND session_id = ?",
                p -> p.string(tenant.value()).uuid(id)) > 0;
    }

    @Override
    public int deleteOfUser(TenantId tenant, UserId user, UUID keep) {
        return sql.update("end user's sessions", "DELETE FROM roster_session WHERE tenant_id = ? AND user_id = ?"
                + (keep == null ? "" : " AND session_id <> ?"), p -> {
                    p.string(tenant.value()).uuid(user.value());
                    if (keep != null) {
                        p.uuid(keep);
                    }
                });
    }

    @Override
    public int prune(Instant idleBefore, Instant startedBefore, int limit) {
        List<UUID> old = sql.list("find ended sessions", "SELECT session_id FROM roster_session WHERE last_active_at < ? OR started_at < ? "
                + "LIMIT ?", p -> p.instant(idleBefore).instant(startedBefore).number(limit), rs -> Sql.uuid(rs, "session_id"));
        if (old.isEmpty()) {
            return 0;
        }
        return sql.update("prune sessions", "DELETE FROM roster_session WHERE session_id IN (" + Where.placeholders(old.size()) + ")", p -> {
            for (UUID id : old) {
                p.uuid(id);
            }
        });
    }

    @Override
    public void accessChanged(TenantId tenant) {
        // One statement either way, so concurrent first changes of a tenant never collide on its row.
        String bump = dialect == Dialect.POSTGRESQL
                ? "INSERT INTO roster_access_stamp (tenant_id, stamp) VALUES (?, 1) "
                        + "ON CONFLICT (tenant_id) DO UPDATE SET stamp = roster_access_stamp.stamp + 1"
                : "MERGE INTO roster_access_stamp t USING (SELECT CAST(? AS VARCHAR(64)) AS tenant_id) n ON t.tenant_id = n.tenant_id "
                        + "WHEN MATCHED THEN UPDATE SET stamp = t.stamp + 1 WHEN NOT MATCHED THEN INSERT (tenant_id, stamp) VALUES (n.tenant_id, 1)";
        sql.update("advance access stamp", bump, p -> p.string(tenant.value()));
    }

    private static Session session(ResultSet rs) throws SQLException {
        return new Session(Sql.uuid(rs, "session_id"), TenantId.of(rs.getString("tenant_id")), UserId.of(Sql.uuid(rs, "user_id")),
                rs.getString("token_hash"), rs.getString("browser"), rs.getString("os"), rs.getString("ip"), Sql.instant(rs, "started_at"),
                Sql.instant(rs, "last_active_at"));
    }
}
