package dev.roster.adapters.jdbc;

import dev.roster.spi.access.Credential;
import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.access.PasswordReset;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.StoredValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Password hashes in {@code roster_credential}, one row per user (migration V10). */
final class JdbcCredentialStore implements CredentialStore {
    private static final String COLUMNS = "tenant_id, user_id, password_hash, temporary, expires_at, changed_at";

    private static final String RESET = "tenant_id, user_id, token_hash, expires_at, created_at";

    private final Sql sql;
    private final String replace;
    private final String replaceReset;

    JdbcCredentialStore(Sql sql, Dialect dialect) {
        this.sql = sql;
        this.replace = dialect.replaceRow("roster_credential", List.of("tenant_id", "user_id"),
                List.of("password_hash", "temporary", "expires_at", "changed_at"));
        this.replaceReset = dialect.replaceRow("roster_password_reset", List.of("tenant_id", "user_id"),
                List.of("token_hash", "expires_at", "created_at"));
    }

    @Override
    public Optional<Credential> find(TenantId tenant, UserId user) {
        return sql.one("find credential", "SELECT " + COLUMNS + " FROM roster_credential WHERE tenant_id = ? AND user_id = ?",
                p -> p.string(tenant.value()).uuid(user.value()),
                rs -> new Credential(TenantId.of(rs.getString("tenant_id")), UserId.of(Sql.uuid(rs, "user_id")), rs.getString("password_hash"),
                        rs.getBoolean("temporary"), Sql.instant(rs, "expires_at"), Sql.instant(rs, "changed_at")));
    }

    @Override
    public void put(Credential credential) {
        StoredValues.check(credential);
        sql.update("set credential", replace, p -> p.string(credential.tenantId().value()).uuid(credential.userId().value())
                .string(credential.passwordHash()).bool(credential.temporary()).instant(credential.expiresAt()).instant(credential.changedAt()));
    }

    @Override
    public boolean replaceHash(TenantId tenant, UserId user, String expected, String replacement) {
        StoredValues.checkPasswordHash(replacement);
        return sql.update("replace password hash", "UPDATE roster_credential SET password_hash = ? WHERE tenant_id = ? AND user_id = ? "
                + "AND password_hash = ?", p -> p.string(replacement).string(tenant.value()).uuid(user.value()).string(expected)) == 1;
    }

    @Override
    public boolean delete(TenantId tenant, UserId user) {
        return sql.update("delete credential", "DELETE FROM roster_credential WHERE tenant_id = ? AND user_id = ?",
                p -> p.string(tenant.value()).uuid(user.value())) == 1;
    }

    @Override
    public void putReset(PasswordReset r) {
        StoredValues.check(r);
        sql.update("keep password reset", replaceReset, p -> p.string(r.tenantId().value()).uuid(r.userId().value()).string(r.tokenHash())
                .instant(r.expiresAt()).instant(r.createdAt()));
    }

    @Override
    public Optional<PasswordReset> findReset(TenantId tenant, UserId user) {
        return sql.one("find password reset", "SELECT " + RESET + " FROM roster_password_reset WHERE tenant_id = ? AND user_id = ?",
                p -> p.string(tenant.value()).uuid(user.value()), JdbcCredentialStore::reset);
    }

    @Override
    public Optional<PasswordReset> takeReset(String tokenHash) {
        if (tokenHash == null) {
            return Optional.empty();
        }
        Optional<PasswordReset> found = sql.one("find password reset", "SELECT " + RESET + " FROM roster_password_reset WHERE token_hash = ?",
                p -> p.string(tokenHash), JdbcCredentialStore::reset);
        // Of concurrent units, the delete of one waits for the other's commit and then finds no row: one takes it.
        return found.filter(r -> sql.update("take password reset", "DELETE FROM roster_password_reset WHERE token_hash = ?",
                p -> p.string(tokenHash)) == 1);
    }

    @Override
    public boolean dropReset(TenantId tenant, UserId user) {
        return sql.update("drop password reset", "DELETE FROM roster_password_reset WHERE tenant_id = ? AND user_id = ?",
                p -> p.string(tenant.value()).uuid(user.value())) > 0;
    }

    private static PasswordReset reset(ResultSet rs) throws SQLException {
        return new PasswordReset(TenantId.of(rs.getString("tenant_id")), UserId.of(Sql.uuid(rs, "user_id")), rs.getString("token_hash"),
                Sql.instant(rs, "expires_at"), Sql.instant(rs, "created_at"));
    }
}
