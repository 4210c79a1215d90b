package dev.roster.core.security.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.Roster;
import dev.roster.core.credential.PasswordSettings;
import dev.roster.core.session.SessionSettings;
import dev.roster.core.support.Fixture;
import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.store.Capability;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.store.TenantStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every unit that touches a user's reset link takes the tenant's lock before it, so a reset
 * completion and an admin's lock or a password change never wait on each other in opposite orders
 * (on PostgreSQL, that deadlocked and aborted one of them with a store error).
 */
class LockOrderTest extends AccessFixture {
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    private final RosterStore recording = new RosterStore() {
        @Override
        public <T> T inTransaction(Function<? super StoreTransaction, ? extends T> work) {
            return f.store.inTransaction(tx -> work.apply(recorded(tx)));
        }

        @Override
        public <T> T read(Function<? super StoreTransaction, ? extends T> work) {
            return f.store.read(tx -> work.apply(recorded(tx)));
        }

        @Override
        public Set<Capability<?>> capabilities() {
            return f.store.capabilities();
        }
    };

    private final Roster watched = Roster.builder().store(recording).policy(f.roster.policy()).clock(f.clock)
            .mail(Fixture.mailSettings(transport)).invitationLink(Fixture.LINK).passwordResetLink("https://app.example/reset?token={token}")
            .passwords(PasswordSettings.builder().hasher(hasher).requiredAtAcceptance(false).build()).sessions(SessionSettings.defaults())
            .build();

    private StoreTransaction recorded(StoreTransaction tx) {
        return proxy(StoreTransaction.class, tx, "tx", (name, result) -> switch (name) {
            case "tenants" -> proxy(TenantStore.class, result, "tenants", null);
            case "port" -> ((Optional<?>) result).map(p -> p instanceof CredentialStore c ? proxy(CredentialStore.class, c, "credentials", null) : p);
            default -> result;
        });
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, Object target, String label, java.util.function.BiFunction<String, Object, Object> wrap) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            calls.add(label + "." + method.getName());
            try {
                Object result = method.invoke(target, args);
                return wrap == null ? result : wrap.apply(method.getName(), result);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private void assertTenantLockedBefore(String call) {
        int lock = calls.indexOf("tenants.lock");
        assertThat(calls).contains(call);
        assertThat(lock).as("the tenant's lock is taken first: " + calls).isGreaterThanOrEqualTo(0).isLessThan(calls.indexOf(call));
    }

    @Test
    void aResetCompletionLocksTheTenantBeforeTakingItsLink() {
        String token = linkFor("grace@acme.example");
        calls.clear();
        watched.credentials().completePasswordReset(f.tenant, token, NEW);
        assertTenantLockedBefore("credentials.takeReset");
    }

    @Test
    void anAdminsLockAndAPasswordChangeLockTheTenantBeforeVoidingLinks() {
        calls.clear();
        watched.credentials().changePassword(f.actor(grace), PASSWORD, NEW);
        assertTenantLockedBefore("credentials.dropReset");

        calls.clear();
        watched.credentials().lock(f.adminActor, grace.id());
        assertTenantLockedBefore("credentials.dropReset");
    }
}
