package dev.roster.adapters.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.UnsupportedCapabilityException;
import dev.roster.spi.store.AuditStore;
import dev.roster.spi.store.Capability;
import dev.roster.spi.store.GroupStore;
import dev.roster.spi.store.InvitationStore;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.store.TenantStore;
import dev.roster.spi.store.UserQueryStore;
import dev.roster.spi.store.UserStore;
import dev.roster.spi.tck.CapabilityContract;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How an optional capability joins a store, shown with a made-up one: a store that declares it and
 * offers its port passes the capability contract; one that declares it without offering it fails;
 * a store that knows nothing of it answers with a typed error naming it.
 */
class CapabilityMechanismTest {
    interface Greeter {
        String greet();
    }

    static final Capability<Greeter> GREETING = new Capability<>("greeting", Greeter.class);

    /** An in-memory store that declares the greeting capability and, when {@code offers}, offers it. */
    static RosterStore declaringGreeting(boolean offers) {
        InMemoryRosterStore base = new InMemoryRosterStore();
        return new RosterStore() {
            @Override
            public <T> T inTransaction(Function<? super StoreTransaction, ? extends T> work) {
                return base.inTransaction(tx -> work.apply(greeting(tx, offers)));
            }

            @Override
            public Set<Capability<?>> capabilities() {
                return Set.of(GREETING);
            }
        };
    }

    private static StoreTransaction greeting(StoreTransaction tx, boolean offers) {
        return new StoreTransaction() {
            @Override public TenantStore tenants() { return tx.tenants(); }
            @Override public UserStore users() { return tx.users(); }
            @Override public UserQueryStore userQueries() { return tx.userQueries(); }
            @Override public InvitationStore invitations() { return tx.invitations(); }
            @Override public GroupStore groups() { return tx.groups(); }
            @Override public AuditStore audit() { return tx.audit(); }

            @Override
            @SuppressWarnings("unchecked")
            public <P> Optional<P> port(Capability<P> capability) {
                return offers && capability.equals(GREETING) ? Optional.of((P) (Greeter) () -> "hello") : Optional.empty();
            }
        };
    }

    @Nested
    class AStoreThatOffersWhatItDeclares extends CapabilityContract {
        @Override
        protected RosterStore newStore() {
            return declaringGreeting(true);
        }
    }

    /** The contract's own checks, run against a store that declares the capability but does not offer it. */
    @Test
    void aStoreThatDeclaresWithoutOfferingFailsTheContract() {
        CapabilityContract contract = new CapabilityContract() {
            @Override
            protected RosterStore newStore() {
                return declaringGreeting(false);
            }
        };
        contract.store = contract.newStoreForCheck();
        DynamicTest offersGreeting = contract.dynamicTests().filter(t -> t.getDisplayName().equals("offers greeting")).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> offersGreeting.getExecutable().execute()).isInstanceOf(AssertionError.class);
    }

    @Test
    void aStoreThatKnowsNothingOfItSaysWhichCapabilityIsMissing() {
        InMemoryRosterStore plain = new InMemoryRosterStore();
        assertThat(plain.capabilities()).doesNotContain(GREETING);
        assertThatThrownBy(() -> plain.inTransaction(GREETING::in)).isInstanceOfSatisfying(UnsupportedCapabilityException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.CAPABILITY_MISSING);
            assertThat(e.capability()).isEqualTo("greeting");
        });
    }
}
