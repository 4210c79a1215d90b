package dev.roster.adapters.jdbc;

import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.StatusTypeCount;
import dev.roster.spi.store.TenantCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The per-tenant counters behind tab counts, stat cards, KPIs and seats, changed in the same
 * transaction as the rows they count, so reading them never scans users or invitations.
 */
final class Counters {
    // Every counting query yields (kind, status, user type, n), so one statement can hold several.
    // Deleted users past their window are gone before the purge gets to them: an index range scan
    // over those few rows only.
    private static final String USERS = "SELECT 'user', status, user_type, n FROM roster_user_count WHERE tenant_id = ? AND n <> 0 "
            + "UNION ALL SELECT 'gone', 'DELETED', user_type, count(*) FROM roster_user WHERE tenant_id = ? AND status = 'DELETED' "
            + "AND purge_after <= ? GROUP BY user_type";
    // Pending invitations past their expiry count as expired before the sweep gets to them: an
    // index range scan over those few rows only.
    private static final String INVITATIONS = "SELECT 'invitation', status, '', n FROM roster_invitation_count WHERE tenant_id = ? AND n <> 0 "
            + "UNION ALL SELECT 'overdue', 'PENDING', '', count(*) FROM roster_invitation WHERE tenant_id = ? AND status = 'PENDING' "
            + "AND expires_at <= ?";

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

    List<StatusTypeCount> users(TenantId tenant, Instant now) {
        return read("count users", USERS, p -> p.string(tenant.value()).string(tenant.value()).instant(now)).users();
    }

    Map<InvitationStatus, Long> invitations(TenantId tenant, Instant now) {
        return read("count invitations", INVITATIONS, p -> p.string(tenant.value()).string(tenant.value()).instant(now)).invitations();
    }

    /**
     * Both, as two statements. As one statement of four parts, PostgreSQL's generic plan (which it
     * settles on after a few calls of a prepared statement) is a parallel append, and starting its
     * workers cost 40 ms a call at 1,000,000 users; each half alone stays a serial plan of well
     * under a millisecond (docs/benchmarks.md, "Console").
     */
    TenantCounts both(TenantId tenant, Instant now) {
        return new TenantCounts(users(tenant, now), invitations(tenant, now));
    }

    private TenantCounts read(String operation, String statement, Sql.Binder binder) {
        Map<String, Map<UserStatus, Long>> users = new java.util.TreeMap<>();
        Map<InvitationStatus, Long> invitations = new EnumMap<>(InvitationStatus.class);
        long[] overdue = {0};
        sql.list(operation, statement, binder, rs -> {
            String kind = rs.getString(1);
            long n = rs.getLong(4);
            switch (kind) {
                case "user" -> users.computeIfAbsent(rs.getString(3), t -> new EnumMap<>(UserStatus.class))
                        .merge(UserStatus.valueOf(rs.getString(2)), n, Long::sum);
                case "gone" -> users.computeIfAbsent(rs.getString(3), t -> new EnumMap<>(UserStatus.class))
                        .merge(UserStatus.DELETED, -n, Long::sum);
                case "invitation" -> invitations.put(InvitationStatus.valueOf(rs.getString(2)), n);
                default -> overdue[0] = n;
            }
            return kind;
        });
        if (overdue[0] > 0) {
            invitations.merge(InvitationStatus.PENDING, -overdue[0], Long::sum);
            invitations.merge(InvitationStatus.EXPIRED, overdue[0], Long::sum);
        }
        List<StatusTypeCount> byType = new ArrayList<>();
        users.forEach((type, byStatus) -> byStatus.forEach((status, n) -> byType.add(new StatusTypeCount(status, type, n))));
        return new TenantCounts(byType, invitations);
    }
}
