package dev.roster.adapters.jdbc;

import dev.roster.spi.store.AuditStore;
import dev.roster.spi.store.GroupStore;
import dev.roster.spi.store.InvitationStore;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.store.TenantStore;
import dev.roster.spi.store.UserQueryStore;
import dev.roster.spi.store.UserStore;

/** The stores of one unit of work, all on its connection. */
final class JdbcStores implements StoreTransaction {
    private final TenantStore tenants;
    private final UserStore users;
    private final UserQueryStore userQueries;
    private final InvitationStore invitations;
    private final GroupStore groups;
    private final AuditStore audit;

    JdbcStores(Sql sql, Dialect dialect) {
        Counters counters = new Counters(sql, dialect);
        this.tenants = new JdbcTenantStore(sql);
        this.users = new JdbcUserStore(sql, counters);
        this.userQueries = new JdbcUserQueryStore(sql, dialect);
        this.invitations = new JdbcInvitationStore(sql, counters);
        this.groups = new JdbcGroupStore(sql);
        this.audit = new JdbcAuditStore(sql);
    }

    @Override
    public TenantStore tenants() {
        return tenants;
    }

    @Override
    public UserStore users() {
        return users;
    }

    @Override
    public UserQueryStore userQueries() {
        return userQueries;
    }

    @Override
    public InvitationStore invitations() {
        return invitations;
    }

    @Override
    public GroupStore groups() {
        return groups;
    }

    @Override
    public AuditStore audit() {
        return audit;
    }
}
