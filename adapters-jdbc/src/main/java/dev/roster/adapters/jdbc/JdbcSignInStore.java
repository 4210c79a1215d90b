package dev.roster.adapters.jdbc;

import dev.roster.spi.access.LockoutState;
import dev.roster.spi.access.SignInAttempt;
import dev.roster.spi.access.SignInQuery;
import dev.roster.spi.access.SignInReason;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StoredValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Sign-in bookkeeping in {@code roster_sign_in} and {@code roster_sign_in_attempt} (migration V11).
 * An account's row is changed only under its user row's lock, so concurrent failures apply one
 * after the other and a missing row is created once.
 */
final class JdbcSignInStore implements SignInStore {
    private static final String STATE = "failures, last_failure_at, locked_until, locked_for_good, temporary_lockouts";
    private static final String ATTEMPT = "attempt_id, tenant_id, user_id, at, ip, user_agent, reason";

    private final Sql sql;

    JdbcSignInStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public LockoutState lockout(TenantId tenant, UserId user) {
        return sql.one("read lockout", "SELECT " + STATE + " FROM roster_sign_in WHERE tenant_id = ? AND user_id = ?",
                p -> p.string(tenant.value()).uuid(user.value()), JdbcSignInStore::state).orElse(LockoutState.CLEAR);
    }

    @Override
    public LockoutState updateLockout(TenantId tenant, UserId user, UnaryOperator<LockoutState> step) {
        lockUser(tenant, user);
        LockoutState after = step.apply(lockout(tenant, user));
        int changed = sql.update("update lockout", "UPDATE roster_sign_in SET failures = ?, last_failure_at = ?, locked_until = ?, "
                + "locked_for_good = ?, temporary_lockouts = ? WHERE tenant_id = ? AND user_id = ?",
                p -> state(p, after).string(tenant.value()).uuid(user.value()));
        if (changed == 0) {
            sql.update("insert lockout", "INSERT INTO roster_sign_in (tenant_id, user_id, " + STATE + ", last_sign_in_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, NULL)", p -> state(p.string(tenant.value()).uuid(user.value()), after));
        }
        return after;
    }

    @Override
    public void signedIn(TenantId tenant, UserId user, Instant at) {
        StoredValues.bound("at", at);
        lockUser(tenant, user);
        int changed = sql.update("stamp sign-in", "UPDATE roster_sign_in SET last_sign_in_at = ? WHERE tenant_id = ? AND user_id = ?",
                p -> p.instant(at).string(tenant.value()).uuid(user.value()));
        // The user row shows it for lists and their last-login sort; its version stays: bookkeeping, not an edit.
        sql.update("stamp last login", "UPDATE roster_user SET last_login_at = ?, last_login_key = ? WHERE tenant_id = ? AND user_id = ?",
                p -> p.instant(at).instant(at).string(tenant.value()).uuid(user.value()));
        if (changed == 0) {
            sql.update("insert sign-in", "INSERT INTO roster_sign_in (tenant_id, user_id, " + STATE + ", last_sign_in_at) "
                    + "VALUES (?, ?, 0, NULL, NULL, ?, 0, ?)", p -> p.string(tenant.value()).uuid(user.value()).bool(false).instant(at));
        }
    }

    @Override
    public Optional<Instant> lastSignIn(TenantId tenant, UserId user) {
        return sql.one("read last sign-in", "SELECT last_sign_in_at FROM roster_sign_in WHERE tenant_id = ? AND user_id = ?",
                p -> p.string(tenant.value()).uuid(user.value()), rs -> Optional.ofNullable(Sql.instant(rs, "last_sign_in_at")))
                .flatMap(o -> o);
    }

    @Override
    public void record(SignInAttempt a) {
        StoredValues.check(a);
        sql.update("record sign-in attempt", "INSERT INTO roster_sign_in_attempt (" + ATTEMPT + ", succeeded) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                p -> p.uuid(a.id()).string(a.tenantId().value()).uuid(a.userId() == null ? null : a.userId().value()).instant(a.at())
                        .string(a.ip()).string(a.userAgent()).string(a.reason().name()).bool(a.succeeded()));
    }

    @Override
    public int failuresFrom(String address, Instant since) {
        if (address == null) {
            return 0;
        }
        // An IPv6 network's start holds only hex digits and colons: nothing LIKE would read as a wildcard.
        boolean network = address.endsWith(":");
        List<String> guesses = java.util.Arrays.stream(SignInReason.values()).filter(SignInReason::isGuess).map(Enum::name).toList();
        return sql.one("count failures from address", "SELECT count(*) FROM roster_sign_in_attempt WHERE ip " + (network ? "LIKE" : "=")
                + " ? AND at >= ? AND reason IN (" + Where.placeholders(guesses.size()) + ")", p -> {
                    p.string(network ? address + "%" : address).instant(since);
                    for (String reason : guesses) {
                        p.string(reason);
                    }
                }, rs -> rs.getInt(1)).orElse(0);
    }

    @Override
    public Page<SignInAttempt> attempts(SignInQuery q) {
        Where where = new Where("tenant_id = ?", p -> p.string(q.tenant().value()));
        if (q.user() != null) {
            where.and("user_id = ?", p -> p.uuid(q.user().value()));
        }
        if (q.succeeded() != null) {
            where.and("succeeded = ?", p -> p.bool(q.succeeded()));
        }
        if (q.from() != null) {
            where.and("at >= ?", p -> p.instant(q.from()));
        }
        if (q.to() != null) {
            where.and("at < ?", p -> p.instant(q.to()));
        }
        if (q.afterAt() != null) {
            where.and("(at, attempt_id) < (?, ?)", p -> p.instant(q.afterAt()).uuid(q.afterId()));
        }
        List<SignInAttempt> rows = sql.list("list sign-in attempts", "SELECT " + ATTEMPT + " FROM roster_sign_in_attempt WHERE " + where
                + " ORDER BY at DESC, attempt_id DESC LIMIT ?", p -> {
                    where.bind(p);
                    p.number(q.limit() + 1L);
                }, JdbcSignInStore::attempt);
        return Page.ofOneMore(rows, q.limit());
    }

    @Override
    public int forgetAttempts(TenantId tenant, UserId user) {
        return sql.update("forget sign-in attempts", "DELETE FROM roster_sign_in_attempt WHERE tenant_id = ? AND user_id = ?",
                p -> p.string(tenant.value()).uuid(user.value()));
    }

    @Override
    public int pruneAttempts(Instant before, int limit) {
        List<java.util.UUID> old = sql.list("find old sign-in attempts", "SELECT attempt_id FROM roster_sign_in_attempt WHERE at < ? "
                + "ORDER BY at LIMIT ?", p -> p.instant(before).number(limit), rs -> Sql.uuid(rs, "attempt_id"));
        if (old.isEmpty()) {
            return 0;
        }
        return sql.update("prune sign-in attempts", "DELETE FROM roster_sign_in_attempt WHERE attempt_id IN (" + Where.placeholders(old.size())
                + ")", p -> {
                    for (java.util.UUID id : old) {
                        p.uuid(id);
                    }
                });
    }

    /** Locks the account's user row, which orders every change to its bookkeeping (and creates its row once). */
    private void lockUser(TenantId tenant, UserId user) {
        boolean exists = sql.one("lock user for sign-in", "SELECT user_id FROM roster_user WHERE tenant_id = ? AND user_id = ? FOR UPDATE",
                p -> p.string(tenant.value()).uuid(user.value()), rs -> Boolean.TRUE).orElse(false);
        if (!exists) {
            throw new IllegalArgumentException("no user " + user + " in tenant " + tenant);
        }
    }

    private static Sql.Params state(Sql.Params p, LockoutState s) throws SQLException {
        return p.number(s.failures()).instant(s.lastFailureAt()).instant(s.lockedUntil()).bool(s.lockedForGood()).number(s.temporaryLockouts());
    }

    private static LockoutState state(ResultSet rs) throws SQLException {
        return new LockoutState(rs.getInt("failures"), Sql.instant(rs, "last_failure_at"), Sql.instant(rs, "locked_until"),
                rs.getBoolean("locked_for_good"), rs.getInt("temporary_lockouts"));
    }

    private static SignInAttempt attempt(ResultSet rs) throws SQLException {
        return new SignInAttempt(Sql.uuid(rs, "attempt_id"), TenantId.of(rs.getString("tenant_id")),
                rs.getObject("user_id") == null ? null : UserId.of(Sql.uuid(rs, "user_id")), Sql.instant(rs, "at"), rs.getString("ip"),
                rs.getString("user_agent"), SignInReason.valueOf(rs.getString("reason")));
    }
}
