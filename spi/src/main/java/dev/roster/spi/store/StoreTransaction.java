package dev.roster.spi.store;

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
}
