package dev.roster.core.permission;

import static dev.roster.core.support.TestPolicies.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.StoreTransaction;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The cache stays bounded whatever ids a host checks. */
class CacheBoundsTest {

    @Test
    void aCacheStartsOverAtItsCapacity() {
        Fixture f = new Fixture();
        PermissionCache cache = new PermissionCache(3);
        PermissionSet set = f.roster.permissions().effective(f.tenant, f.admin.id());
        for (int i = 0; i < 10; i++) {
            cache.put(UserId.of(UUID.randomUUID()), set, cache.epoch());
            assertThat(cache.size()).isLessThanOrEqualTo(3);
        }
        UserId last = UserId.of(UUID.randomUUID());
        cache.put(last, set, cache.epoch());
        assertThat(cache.get(f.tenant, last)).isSameAs(set);
    }

    @Test
    void unknownIdsAreAnsweredButNotCachedWhileKnownUsersAre() {
        CountingStore store = new CountingStore(new InMemoryRosterStore());
        Fixture f = new Fixture(TestPolicies.standard().build(), store, LifecycleHooks.NONE);
        UserId stranger = UserId.of(UUID.randomUUID());
        var grace = f.created("grace@acme.example", "Grace", "H", MEMBER);

        int before = store.reads.get();
        for (int i = 0; i < 3; i++) {
            assertThat(f.roster.permissions().check(f.tenant, stranger, TestPolicies.CHAT)).isFalse();
        }
        assertThat(store.reads.get() - before).as("reads for an unknown id, asked three times").isEqualTo(3);

        before = store.reads.get();
        for (int i = 0; i < 3; i++) {
            assertThat(f.roster.permissions().check(f.tenant, grace.id(), TestPolicies.CHAT)).isTrue();
        }
        assertThat(store.reads.get() - before).as("reads for a member, asked three times").isEqualTo(1);
    }

    @Test
    void theBuilderRefusesACacheOfNoUsers() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> dev.roster.core.Roster.builder().permissionCacheSize(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }

    /** Counts the read-only units, which is where a cache miss goes. */
    static final class CountingStore implements RosterStore {
        final AtomicInteger reads = new AtomicInteger();
        private final RosterStore delegate;

        CountingStore(RosterStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T inTransaction(Function<? super StoreTransaction, ? extends T> work) {
            return delegate.inTransaction(work);
        }

        @Override
        public <T> T read(Function<? super StoreTransaction, ? extends T> work) {
            reads.incrementAndGet();
            return delegate.read(work);
        }

        @Override
        public Set<dev.roster.spi.store.Capability<?>> capabilities() {
            return delegate.capabilities();
        }
    }
}
