package dev.roster.adapters.jdbc;

import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserStatus;

/**
 * The per-tenant counters behind tab counts, stat cards, KPIs and seats, changed in the same
 * transaction as the rows they count, so reading them never scans users or invitations.
 */
final class Counters {
    private final Sql sql;
    private final String userUpsert;
    private final String invitationUpsert;

    Counters(Sql sql, Dialect dialect) {
        this.sql = sql;
        this.userUpsert = dialect.userCounterUpsert();
        this.invitationUpsert = dialect.invitationCounterUpsert();
    }

    void user(TenantId tenant, UserStatus status, String userType, long delta) {
        sql.update("count users", userUpsert, p -> p.string(tenant.value()).string(status.name()).string(userType).number(delta));
    }

    void invitation(TenantId tenant, InvitationStatus status, long delta) {
        sql.update("count invitations", invitationUpsert, p -> p.string(tenant.value()).string(status.name()).number(delta));
    }
}
