package dev.roster.adapters.jdbc;

import dev.roster.spi.error.StaleVersionException;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.StoredValues;
import dev.roster.spi.store.UserStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Users, with their counters kept in step: uniqueness comes from the unique indexes, not from checks. */
final class JdbcUserStore implements UserStore {
    private static final String SELECT = "SELECT " + UserRows.SELECT_COLUMNS + " FROM roster_user ";

    private final Sql sql;
    private final Counters counters;

    JdbcUserStore(Sql sql, Counters counters) {
        this.sql = sql;
        this.counters = counters;
    }

    @Override
    public Optional<User> find(TenantId tenant, UserId id) {
        return sql.one("find user", SELECT + "WHERE tenant_id = ? AND user_id = ?", p -> p.string(tenant.value()).uuid(id.value()),
                UserRows::user);
    }

    @Override
    public Optional<User> findByEmail(TenantId tenant, String canonicalEmail) {
        return sql.one("find user by email", SELECT + "WHERE tenant_id = ? AND email_key = ? AND status <> 'DELETED'",
                p -> p.string(tenant.value()).string(canonicalEmail), UserRows::user);
    }

    @Override
    public List<User> findByEmails(TenantId tenant, Collection<String> canonicalEmails) {
        return sql.listIn("find users by email", SELECT + "WHERE tenant_id = " + Sql.TENANT_UNSEEN_BY_PLANNER
                + " AND status <> 'DELETED' AND email_key IN ", tenant, canonicalEmails, new UserRows.Reader());
    }

    @Override
    public Optional<User> findByExternalId(TenantId tenant, String externalId) {
        return sql.one("find user by external id", SELECT + "WHERE tenant_id = ? AND external_id = ? AND status <> 'DELETED'",
                p -> p.string(tenant.value()).string(externalId), UserRows::user);
    }

    @Override
    public List<User> findByExternalIds(TenantId tenant, Collection<String> externalIds) {
        return sql.listIn("find users by external id", SELECT + "WHERE tenant_id = " + Sql.TENANT_UNSEEN_BY_PLANNER
                + " AND status <> 'DELETED' AND external_id IN ", tenant, externalIds, new UserRows.Reader());
    }

    @Override
    public List<User> findReplacedBy(TenantId tenant, UserId replacement) {
        // The prefix is a user id after a fixed word: no LIKE wildcard can be in it.
        return sql.list("find replaced users", SELECT + "WHERE tenant_id = ? AND email_key LIKE ?",
                p -> p.string(tenant.value()).string(EmailAddress.releasedKeyPrefix(replacement) + "%"), new UserRows.Reader());
    }

    @Override
    public Optional<User> findByReferralCode(TenantId tenant, String code) {
        // Codes are random, so two users sharing one is unlikely but not impossible: the oldest keeps it.
        return sql.one("find user by referral code", SELECT + "WHERE tenant_id = ? AND referral_code = ? AND status <> 'DELETED' "
                + "ORDER BY created_at, user_id LIMIT 1", p -> p.string(tenant.value()).string(code), UserRows::user);
    }

    @Override
    public Optional<User> findByUsername(TenantId tenant, String usernameKey) {
        return sql.one("find user by username", SELECT + "WHERE tenant_id = ? AND username_key = ? AND status <> 'DELETED'",
                p -> p.string(tenant.value()).string(usernameKey), UserRows::user);
    }

    @Override
    public void insert(User user) {
        StoredValues.check(user);
        sql.update("insert user", UserRows.INSERT, p -> UserRows.bindInsert(p, user));
        counters.user(user.tenantId(), user.status(), user.userType(), 1);
    }

    @Override
    public User update(User user) {
        StoredValues.check(user);
        Counted before = locked(user.tenantId(), user.id())
                .orElseThrow(() -> new StaleVersionException("user", user.id(), user.version()));
        int rows = sql.update("update user", UserRows.UPDATE, p -> UserRows.bindUpdate(p, user));
        if (rows == 0) {
            throw new StaleVersionException("user", user.id(), user.version());
        }
        if (before.status() != user.status() || !before.userType().equals(user.userType())) {
            counters.user(user.tenantId(), before.status(), before.userType(), -1);
            counters.user(user.tenantId(), user.status(), user.userType(), 1);
        }
        return user.withVersion(user.version() + 1);
    }

    @Override
    public boolean delete(TenantId tenant, UserId id) {
        Optional<Counted> counted = locked(tenant, id);
        if (counted.isEmpty()) {
            return false;
        }
        sql.update("delete user", "DELETE FROM roster_user WHERE tenant_id = ? AND user_id = ?", p -> p.string(tenant.value()).uuid(id.value()));
        EmailKeyReport.forget(sql, tenant, "user", id.value());
        counters.user(tenant, counted.get().status(), counted.get().userType(), -1);
        return true;
    }

    @Override
    public long countActiveAdmins(TenantId tenant) {
        return sql.count("count admins", "SELECT count(*) FROM roster_user WHERE tenant_id = ? AND status = 'ACTIVE' AND is_admin = TRUE",
                p -> p.string(tenant.value()));
    }

    @Override
    public List<User> findPurgeable(TenantId tenant, Instant now, int limit) {
        return sql.list("find purgeable users", SELECT + "WHERE tenant_id = ? AND status = 'DELETED' AND purge_after <= ? "
                + "ORDER BY purge_after, user_id LIMIT ?", p -> p.string(tenant.value()).instant(now).number(limit), new UserRows.Reader());
    }

    /** The stored row's counter key, read with the row locked so nothing changes it before the counters move. */
    private Optional<Counted> locked(TenantId tenant, UserId id) {
        return sql.one("lock user", "SELECT status, user_type FROM roster_user WHERE tenant_id = ? AND user_id = ? FOR UPDATE",
                p -> p.string(tenant.value()).uuid(id.value()), rs -> new Counted(UserStatus.valueOf(rs.getString(1)), rs.getString(2)));
    }

    /** What a user is counted under. */
    private record Counted(UserStatus status, String userType) {
    }
}
