package dev.roster.spi.store;

/** The stores of one unit of work, as a value: adapters hand one of these to the work they run. */
public record Stores(
        TenantStore tenants,
        UserStore users,
        UserQueryStore userQueries,
        InvitationStore invitations,
        GroupStore groups,
        AuditStore audit) implements StoreTransaction {
}
