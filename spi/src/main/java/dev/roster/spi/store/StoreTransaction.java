package dev.roster.spi.store;

import dev.roster.spi.model.TenantId;
import java.time.Instant;

/**
 * The stores reachable inside one unit of work. Everything done through them between the start and
 * the end of {@link RosterStore#inTransaction} commits or rolls back together.
 */
public interface StoreTransaction {
    TenantStore tenants();

    UserStore users();

    UserQueryStore userQueries();

    InvitationStore invitations();

    GroupStore groups();

    AuditStore audit();

    /**
     * User and invitation counts together, for screens that show both. This default asks the two
     * stores; a store that can answer in one round trip overrides it, and must agree with them.
     */
    default TenantCounts counts(TenantId tenant, Instant now) {
        return new TenantCounts(userQueries().countByStatusAndType(tenant, now), invitations().countByStatus(tenant, now));
    }
}
