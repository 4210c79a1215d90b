package dev.roster.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.permission.PermissionResolver;
import dev.roster.core.session.Principal;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The session cache never keeps what a change made stale, also when a load races the change. */
class SessionCacheTest {
    private static final PermissionResolver RESOLVER = new PermissionResolver(TestPolicies.standard().build());
    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");

    private final SessionCache cache = new SessionCache(100);

    private SessionCache.Entry entry(TenantId tenant, UserId user, SessionCache.Marks marks) {
        Principal principal = new Principal(tenant, user, UUID.randomUUID(), RESOLVER.nothing(tenant));
        return new SessionCache.Entry(principal, 0, 0, 1, 0, marks, 1_000, 100);
    }

    private SessionCache.Entry cached(String key, TenantId tenant, UserId user) {
        SessionCache.Entry entry = entry(tenant, user, cache.marks(tenant, user));
        cache.put(key, entry);
        return entry;
    }

    @Test
    void aChangeEndsItsUsersEntriesAndATenantChangeItsTenantsOnly() {
        UserId ada = UserId.of(UUID.randomUUID());
        UserId bob = UserId.of(UUID.randomUUID());
        UserId cyd = UserId.of(UUID.randomUUID());
        cached("a1", ACME, ada);
        cached("a2", ACME, ada);
        cached("b", ACME, bob);
        cached("c", GLOBEX, cyd);

        cache.userChanged(ada);
        assertThat(cache.get("a1")).isNull();
        assertThat(cache.get("a2")).isNull();
        assertThat(cache.get("b")).isNotNull();

        cache.tenantChanged(ACME);
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("c")).isNotNull();
    }

    @Test
    void anEntryLoadedBeforeAChangeButStoredAfterItEndsItself() {
        UserId ada = UserId.of(UUID.randomUUID());
        SessionCache.Marks userRace = cache.marks(ACME, ada);
        cache.userChanged(ada); // lands while the load reads the store
        cache.put("k1", entry(ACME, ada, userRace));
        assertThat(cache.get("k1")).isNull();

        SessionCache.Marks tenantRace = cache.marks(ACME, ada);
        cache.tenantChanged(ACME);
        cache.put("k2", entry(ACME, ada, tenantRace));
        assertThat(cache.get("k2")).isNull();

        cache.put("k3", entry(ACME, ada, cache.marks(ACME, ada)));
        assertThat(cache.get("k3")).as("a load after the change").isNotNull();
    }

    @Test
    void endingOneSessionOrStartingOverEndsWhatWasCachedAndALoadFromBeforeStoresNothingThatLasts() {
        UserId ada = UserId.of(UUID.randomUUID());
        SessionCache.Entry one = cached("a1", ACME, ada);
        cached("a2", ACME, ada);
        cache.ended(one.session);
        assertThat(cache.get("a1")).isNull();
        assertThat(cache.get("a2")).isNotNull();

        SessionCache.Marks before = cache.marks(ACME, ada);
        cache.clear();
        assertThat(cache.get("a2")).isNull();
        cache.put("a3", entry(ACME, ada, before));
        assertThat(cache.get("a3")).isNull();
        cache.userChanged(ada);
        assertThat(cache.get("a3")).isNull();
    }

    @Test
    void aFullCacheStartsOver() {
        SessionCache small = new SessionCache(2);
        UserId ada = UserId.of(UUID.randomUUID());
        for (String key : new String[] {"a", "b"}) {
            small.put(key, entry(ACME, ada, small.marks(ACME, ada)));
        }
        small.put("c", entry(ACME, ada, small.marks(ACME, ada)));
        assertThat(small.get("a")).isNull();
        assertThat(small.get("b")).isNull();
    }
}
