package dev.roster.adapters.jdbc;

import dev.roster.spi.access.Credential;
import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.StoredValues;
import java.util.List;
import java.util.Optional;

/** Password hashes in {@code roster_credential}, one row per user (migration V10). */
final class JdbcCredentialStore implements CredentialStore {
    private static final String COLUMNS = "tenant_id, user_id, password_hash, temporary, expires_at, changed_at";

    private final Sql sql;
    private final String replace;

    JdbcCredentialStore(Sql sql, Dialect dialect) {
        this.sql = sql;
        this.replace = dialect.replaceRow("roster_credential", List.of("tenant_id", "user_id"),
                List.of("password_hash", "temporary", "expires_at", "changed_at"));
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
}
