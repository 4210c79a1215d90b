package dev.roster.adapters.inmemory;

import dev.roster.spi.store.RosterStore;
import dev.roster.spi.tck.AuditStoreContract;
import dev.roster.spi.tck.CapabilityContract;
import dev.roster.spi.tck.ChangeFeedContract;
import dev.roster.spi.tck.ConcurrencyContract;
import dev.roster.spi.tck.GroupStoreContract;
import dev.roster.spi.tck.InvitationStoreContract;
import dev.roster.spi.tck.CredentialStoreContract;
import dev.roster.spi.tck.OutboxStoreContract;
import dev.roster.spi.tck.PeopleQueryContract;
import dev.roster.spi.tck.SessionStoreContract;
import dev.roster.spi.tck.SignInStoreContract;
import dev.roster.spi.tck.TenantStoreContract;
import dev.roster.spi.tck.TextContract;
import dev.roster.spi.tck.TransactionContract;
import dev.roster.spi.tck.UserQueryStoreContract;
import dev.roster.spi.tck.UserStoreContract;
import org.junit.jupiter.api.Nested;

/** The whole store contract, run against the in-memory store. */
class InMemoryStoreContractTest {
    @Nested class Transactions extends TransactionContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
    @Nested class Tenants extends TenantStoreContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
    @Nested class Users extends UserStoreContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
    @Nested class UserQueries extends UserQueryStoreContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
    @Nested class People extends PeopleQueryContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
    @Nested class Invitations extends InvitationStoreContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
    @Nested class Groups extends GroupStoreContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
    @Nested class Audit extends AuditStoreContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
    @Nested class Concurrency extends ConcurrencyContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
    @Nested class Text extends TextContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
    @Nested class Capabilities extends CapabilityContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
    @Nested class Outbox extends OutboxStoreContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
    @Nested class Changes extends ChangeFeedContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
    @Nested class Credentials extends CredentialStoreContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
    @Nested class SignIns extends SignInStoreContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
    @Nested class Sessions extends SessionStoreContract { @Override protected RosterStore newStore() { return new InMemoryRosterStore(); } }
}
