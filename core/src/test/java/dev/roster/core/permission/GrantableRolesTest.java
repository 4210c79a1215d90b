package dev.roster.core.permission;

import static dev.roster.core.support.TestPolicies.MANAGER;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.core.support.TestPolicies.OWNER;
import static dev.roster.core.support.TestPolicies.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.core.access.Actor;
import dev.roster.core.error.PermissionDeniedException;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.spi.model.User;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrantableRolesTest {
    private final Fixture f = new Fixture(TestPolicies.delegated().build());
    private final String type = f.roster.policy().defaultUserType();

    @Test
    void anOwnerMayGiveEveryRole() {
        assertThat(f.roster.permissions().grantableRoles(f.adminActor, type)).containsExactly(MANAGER, MEMBER, OWNER, VIEWER);
        assertThat(f.roster.permissions().grantableRoles(Actor.system(f.tenant), type)).hasSize(4);
    }

    @Test
    void aManagerIsOfferedOnlyTheRolesTheWritesWouldAccept() {
        User manager = f.created("m@acme.example", "M", "M", MANAGER);
        Actor actor = f.actor(manager);

        // The manager holds users.manage and chat: the owner's and viewer's export is not its to give.
        assertThat(f.roster.permissions().grantableRoles(actor, type)).containsExactly(MANAGER, MEMBER);

        User member = f.created("x@acme.example", "X", "X", MEMBER);
        for (var role : Set.of(OWNER, VIEWER)) {
            User current = f.roster.users().get(f.adminActor, member.id());
            assertThatThrownBy(() -> f.roster.users().changeRoles(actor, new ChangeRolesCommand(member.id(), current.version(), Set.of(role))))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        User current = f.roster.users().get(f.adminActor, member.id());
        assertThat(f.roster.users().changeRoles(actor, new ChangeRolesCommand(member.id(), current.version(), Set.of(MANAGER))).roles())
                .containsExactly(MANAGER);
    }

    @Test
    void someoneWhoMayNotViewUsersIsRefused() {
        User viewer = f.created("v@acme.example", "V", "V", VIEWER);
        assertThatThrownBy(() -> f.roster.permissions().grantableRoles(f.actor(viewer), type)).isInstanceOf(PermissionDeniedException.class);
    }
}
