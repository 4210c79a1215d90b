package dev.roster.core.permission;

import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.core.support.TestPolicies.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.support.Fixture;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import org.junit.jupiter.api.Test;

class PermissionCacheTest {
    private final Fixture f = new Fixture();

    @Test
    void usersWithTheSameEffectivePermissionsShareOneCachedSet() {
        User a = f.created("a@acme.example", "A", "A", MEMBER);
        User b = f.created("b@acme.example", "B", "B", MEMBER);
        User c = f.created("c@acme.example", "C", "C", VIEWER);

        PermissionSet setA = f.roster.permissions().effective(f.tenant, a.id());
        PermissionSet setB = f.roster.permissions().effective(f.tenant, b.id());
        PermissionSet setC = f.roster.permissions().effective(f.tenant, c.id());

        assertThat(setA).isSameAs(setB).isNotEqualTo(setC);
        assertThat(setA.tenant()).isEqualTo(f.tenant);
    }

    @Test
    void aLoadThatRacedAnInvalidationIsNotKept() {
        PermissionCache cache = new PermissionCache();
        User a = f.created("a@acme.example", "A", "A", MEMBER);
        PermissionSet set = f.roster.permissions().effective(f.tenant, a.id());
        long epoch = cache.epoch();
        cache.invalidate(a.id());

        cache.put(a.id(), set, epoch);

        assertThat(cache.get(f.tenant, a.id())).isNull();
        cache.put(a.id(), set, cache.epoch());
        assertThat(cache.get(f.tenant, a.id())).isSameAs(set);
        assertThat(cache.get(dev.roster.spi.model.TenantId.of("other"), a.id())).isNull();
    }
}
