package dev.roster.adapters.jdbc;

import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.access.SessionStore;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.change.ChangeFeed;
import dev.roster.spi.model.Person;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.outbox.OutboxStore;
import dev.roster.spi.store.AuditStore;
import dev.roster.spi.store.Capability;
import dev.roster.spi.store.GroupStore;
import dev.roster.spi.store.InvitationStore;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.PeopleQuery;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.store.TenantCounts;
import dev.roster.spi.store.TenantStore;
import dev.roster.spi.store.UserQueryStore;
import dev.roster.spi.store.UserStore;
import java.time.Instant;
import java.util.Optional;

/** The stores of one unit of work, all on its connection; the tab row's counts and the people list each in one statement. */
record JdbcTransaction(TenantStore tenants, UserStore users, UserQueryStore userQueries, InvitationStore invitations,
        GroupStore groups, AuditStore audit, Counters counters, OutboxStore outbox, CredentialStore credentials, SignInStore signIns,
        SessionStore sessions, ChangeFeed changes, PeopleSearch peopleSearch)
        implements StoreTransaction {

    /** The stores on {@code sql}'s connection; {@code changes} is null when the store offers no change feed. */
    static JdbcTransaction on(Sql sql, Dialect dialect, ChangeFeed changes) {
        Counters counters = new Counters(sql, dialect);
        return new JdbcTransaction(new JdbcTenantStore(sql), new JdbcUserStore(sql, counters), new JdbcUserQueryStore(sql, dialect, counters),
                new JdbcInvitationStore(sql, counters), new JdbcGroupStore(sql), new JdbcAuditStore(sql), counters, new JdbcOutboxStore(sql, dialect),
                new JdbcCredentialStore(sql, dialect), new JdbcSignInStore(sql), new JdbcSessionStore(sql, dialect), changes,
                new PeopleSearch(sql, dialect));
    }

    @Override
    public <P> Optional<P> port(Capability<P> capability) {
        if (capability.equals(OutboxStore.CAPABILITY)) {
            return Optional.of(capability.port().cast(outbox));
        }
        if (capability.equals(SignInStore.CAPABILITY)) {
            return Optional.of(capability.port().cast(signIns));
        }
        if (capability.equals(SessionStore.CAPABILITY)) {
            return Optional.of(capability.port().cast(sessions));
        }
        if (capability.equals(CredentialStore.CAPABILITY)) {
            return Optional.of(capability.port().cast(credentials));
        }
        if (capability.equals(ChangeFeed.CAPABILITY) && changes != null) {
            return Optional.of(capability.port().cast(changes));
        }
        return Optional.empty();
    }

    /** Members and open invitations in one statement. */
    @Override
    public Page<Person> people(PeopleQuery query) {
        return peopleSearch.search(query);
    }

    @Override
    public TenantCounts counts(TenantId tenant, Instant now) {
        return counters.both(tenant, now);
    }
}
