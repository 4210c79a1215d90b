package dev.roster.core.permission;

import static dev.roster.core.support.TestPolicies.CHAT;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.Roster;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.HeardChanges;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.User;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two Roster instances on one store, as a host with several application instances has them: what
 * one changes, the other stops answering from its cache. (On PostgreSQL the news comes a moment
 * after the commit, so the checks wait for it.)
 */
class SharedStoreTest {
    private final Fixture f = new Fixture();
    private final Roster other = Roster.builder().store(f.store).withoutMail().policy(TestPolicies.standard().build()).build();
    private final HeardChanges heard = new HeardChanges(f.store); // after both instances: they have heard each change first

    @AfterEach
    void close() {
        heard.close();
        other.close();
        f.roster.close();
    }

    private void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        heard.until(condition, what);
    }

    @Test
    void whatOneInstanceChangesTheOtherNoLongerAnswersFromItsCache() throws InterruptedException {
        User grace = f.created("grace@acme.example", "Grace", "H", MEMBER);
        var id = grace.id();
        assertThat(other.permissions().check(f.tenant, grace.id(), CHAT)).isTrue();

        f.roster.lifecycle().suspend(f.adminActor, grace.id());
        eventually(() -> !other.permissions().check(f.tenant, id, CHAT), "the suspension");

        f.roster.lifecycle().reactivate(f.adminActor, grace.id());
        eventually(() -> other.permissions().check(f.tenant, id, CHAT), "the reactivation");

        var group = f.roster.groups().create(f.adminActor, "api", Set.of(TestPolicies.API));
        grace = f.roster.users().get(f.adminActor, grace.id());
        assertThat(other.permissions().check(f.tenant, grace.id(), TestPolicies.API)).isFalse();
        f.roster.users().setGroups(f.adminActor, new dev.roster.core.user.SetGroupsCommand(grace.id(), grace.version(), Set.of(group.id())));
        eventually(() -> other.permissions().check(f.tenant, id, TestPolicies.API), "the new group");

        f.roster.tenants().setDefaults(f.adminActor, Map.of(CHAT, Effect.DENY));
        eventually(() -> !other.permissions().check(f.tenant, id, CHAT), "the tenant's new default");
    }
}
