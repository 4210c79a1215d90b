package dev.roster.core.security.access;

import static dev.roster.core.support.TestPolicies.API;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roster.core.credential.SignInResult.Outcome;
import dev.roster.core.session.Principal;
import dev.roster.core.user.SetGroupsCommand;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.User;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Admin lock vs. the host's own sign-in path, and permission freshness through groups. */
class LockAndSessionHoldsTest extends AccessFixture {
    @Test
    void aHostStartedSessionIsRefusedForAnAdminLockedUser() {
        roster.credentials().lock(f.adminActor, grace.id());
        assertThat(signIn(PASSWORD)).isEqualTo(Outcome.REFUSED);

        // An SSO host calls start(...) for a user it authenticated itself: the admin's lock is ignored.
        Throwable refused = catchThrowable(() -> roster.sessions().start(f.tenant, grace.id(), FROM));

        assertThat(refused).as("start() for an account locked 'until an admin unlocks it'").isNotNull();
    }

    @Test
    void aGroupChangedOrDeletedReachesTheSessionAtTheNextValidation() {
        Group group = f.roster.groups().create(f.adminActor, "api users", Set.of(API));
        User now = f.roster.users().get(f.adminActor, grace.id());
        f.roster.users().setGroups(f.adminActor, new SetGroupsCommand(grace.id(), now.version(), Set.of(group.id())));
        String token = roster.sessions().signIn(f.tenant, "grace@acme.example", PASSWORD, FROM).session().orElseThrow().token();
        assertThat(roster.sessions().validate(f.tenant, token).orElseThrow().has(API)).isTrue();

        f.roster.groups().update(f.adminActor, group.id(), group.version(), "api users", Set.of());
        assertThat(roster.sessions().validate(f.tenant, token).orElseThrow().has(API)).as("group lost API").isFalse();

        Group back = f.roster.groups().update(f.adminActor, group.id(), group.version() + 1, "api users", Set.of(API));
        assertThat(roster.sessions().validate(f.tenant, token).orElseThrow().has(API)).isTrue();
        f.roster.groups().delete(f.adminActor, back.id());
        Optional<Principal> after = roster.sessions().validate(f.tenant, token);
        assertThat(after.orElseThrow().has(API)).as("group deleted").isFalse();
    }
}
