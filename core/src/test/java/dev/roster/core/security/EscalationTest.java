package dev.roster.core.security;

import static dev.roster.core.support.TestPolicies.API;
import static dev.roster.core.support.TestPolicies.CHAT;
import static dev.roster.core.support.TestPolicies.EXPORT;
import static dev.roster.core.support.TestPolicies.MANAGE;
import static dev.roster.core.support.TestPolicies.MANAGER;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.core.support.TestPolicies.OWNER;
import static dev.roster.core.support.TestPolicies.VIEWER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.access.Actor;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.core.user.EditProfileCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.core.user.SetGroupsCommand;
import dev.roster.core.user.SetOverridesCommand;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every path that can hand out permissions, tried by a manager who runs user operations but lacks
 * the admin permission, export and api: none raises anyone above the manager.
 */
class EscalationTest {
    private final Fixture f = new Fixture(TestPolicies.delegated().build());
    private final User owner2 = f.member("owner2@acme.example", OWNER);
    private final User manager = f.member("manager@acme.example", MANAGER);
    private final Actor managerActor = f.actor(manager);
    private final User member = f.member("member@acme.example", MEMBER);

    private User reload(User user) {
        return f.roster.users().get(f.adminActor, user.id());
    }

    @Test
    void aManagerCannotReactivateASuspendedAdmin() {
        f.roster.lifecycle().suspend(f.adminActor, owner2.id());

        assertThat(codeOf(() -> f.roster.lifecycle().reactivate(managerActor, owner2.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(reload(owner2).status()).isEqualTo(UserStatus.SUSPENDED);
    }

    @Test
    void aManagerCannotRestoreADeletedAdmin() {
        f.roster.lifecycle().delete(f.adminActor, owner2.id());

        assertThat(codeOf(() -> f.roster.lifecycle().restore(managerActor, owner2.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(reload(owner2).status()).isEqualTo(UserStatus.DELETED);
    }

    @Test
    void aManagerCannotSuspendDeleteOrPurgeAnAdmin() {
        assertThat(codeOf(() -> f.roster.lifecycle().suspend(managerActor, owner2.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.lifecycle().delete(managerActor, owner2.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        f.roster.lifecycle().delete(f.adminActor, owner2.id());
        assertThat(codeOf(() -> f.roster.lifecycle().deletePermanently(managerActor, owner2.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(reload(owner2).status()).isEqualTo(UserStatus.DELETED);
    }

    @Test
    void aManagerCannotChangeAnAdminsEmailAndSoTakeOverTheAccount() {
        assertThat(codeOf(() -> f.roster.users().editProfile(managerActor, new EditProfileCommand(owner2.id(), owner2.version(),
                "attacker@evil.example", ProfileFields.named("Owner", "Two"), null)))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(reload(owner2).email().value()).isEqualTo("owner2@acme.example");
    }

    @Test
    void nobodyChangesTheirOwnRolesOverridesOrGroups() {
        Group chat = f.roster.groups().create(f.adminActor, "chatters", Set.of(CHAT));
        assertThat(codeOf(() -> f.roster.users().changeRoles(managerActor,
                new ChangeRolesCommand(manager.id(), manager.version(), Set.of(MANAGER, MEMBER))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.users().setOverrides(managerActor,
                new SetOverridesCommand(manager.id(), manager.version(), Map.of(API, Effect.DENY))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.users().setGroups(managerActor,
                new SetGroupsCommand(manager.id(), manager.version(), Set.of(chat.id()))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.users().changeRoles(f.adminActor,
                new ChangeRolesCommand(f.admin.id(), f.admin.version(), Set.of(OWNER, MEMBER))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(reload(manager).roles()).containsExactly(MANAGER);
    }

    @Test
    void aManagerCannotGiveARoleOrOverrideItDoesNotHold() {
        assertThat(codeOf(() -> f.roster.users().changeRoles(managerActor,
                new ChangeRolesCommand(member.id(), member.version(), Set.of(OWNER))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.users().changeRoles(managerActor,
                new ChangeRolesCommand(member.id(), member.version(), Set.of(MEMBER, VIEWER))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.users().setOverrides(managerActor,
                new SetOverridesCommand(member.id(), member.version(), Map.of(API, Effect.GRANT))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(reload(member).roles()).containsExactly(MEMBER);
        assertThat(reload(member).overrides()).isEmpty();
    }

    @Test
    void aManagerStillManagesUsersWithinItsOwnPermissions() {
        User denied = f.roster.users().setOverrides(managerActor, new SetOverridesCommand(member.id(), member.version(),
                Map.of(EXPORT, Effect.DENY)));
        f.roster.lifecycle().suspend(managerActor, member.id());
        f.roster.lifecycle().reactivate(managerActor, member.id());
        f.roster.lifecycle().delete(managerActor, member.id());
        User restored = f.roster.lifecycle().restore(managerActor, member.id());

        assertThat(denied.overrides()).containsEntry(EXPORT, Effect.DENY);
        assertThat(restored.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(restored.roles()).containsExactly(MEMBER);
    }

    @Test
    void aManagerCannotAddAUserToAGroupThatGrantsWhatItLacksNorGrantItThroughAGroup() {
        Group exporters = f.roster.groups().create(f.adminActor, "exporters", Set.of(EXPORT));
        Group chatters = f.roster.groups().create(f.adminActor, "chatters", Set.of(CHAT));

        assertThat(codeOf(() -> f.roster.users().setGroups(managerActor,
                new SetGroupsCommand(member.id(), member.version(), Set.of(exporters.id()))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.groups().update(managerActor, chatters.id(), chatters.version(), "chatters",
                Set.of(CHAT, EXPORT)))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.groups().create(managerActor, "api", Set.of(API)))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(f.roster.permissions().check(f.tenant, member.id(), EXPORT)).isFalse();
    }

    @Test
    void aManagerCannotStripUsersItDoesNotCoverThroughTheirGroup() {
        User viewer = f.member("viewer@acme.example", VIEWER);
        Group apiUsers = f.roster.groups().create(f.adminActor, "api users", Set.of(API));
        f.roster.users().setGroups(f.adminActor, new SetGroupsCommand(viewer.id(), reload(viewer).version(), Set.of(apiUsers.id())));
        assertThat(f.roster.permissions().check(f.tenant, viewer.id(), API)).isTrue();

        // The viewer holds export, which the manager does not: it may not take anything away from it.
        assertThat(codeOf(() -> f.roster.groups().update(managerActor, apiUsers.id(), apiUsers.version(), "api users", Set.of())))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.groups().delete(managerActor, apiUsers.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(f.roster.permissions().check(f.tenant, viewer.id(), API)).isTrue();

        // The owner covers every role, so it may.
        f.roster.groups().delete(f.adminActor, apiUsers.id());
        assertThat(f.roster.permissions().check(f.tenant, viewer.id(), API)).isFalse();
    }

    @Test
    void aManagerCannotRaiseATenantDefaultOverWhatItLacks() {
        assertThat(codeOf(() -> f.roster.tenants().setDefaults(managerActor, Map.of(EXPORT, Effect.GRANT))))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        f.roster.tenants().setDefaults(f.adminActor, Map.of(EXPORT, Effect.DENY));
        // Lifting the deny would hand export back to every viewer.
        assertThat(codeOf(() -> f.roster.tenants().setDefaults(managerActor, Map.of()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
    }

    @Test
    void aManagerCannotStripAnOwnerThroughATenantDefault() {
        assertThat(codeOf(() -> f.roster.tenants().setDefaults(managerActor, Map.of(MANAGE, Effect.DENY))))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.tenants().setDefaults(managerActor, Map.of(CHAT, Effect.DENY))))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);

        assertThat(f.roster.permissions().check(f.tenant, f.admin.id(), MANAGE)).isTrue();
        assertThat(f.roster.invitations().invite(f.adminActor, InviteCommand.of("new@acme.example", MEMBER)).invitation()).isNotNull();
    }

    @Test
    void anOwnerMayLowerDefaultsButNotLockEveryAdminOutOfTheTenant() {
        f.roster.tenants().setDefaults(f.adminActor, Map.of(CHAT, Effect.DENY));
        assertThat(f.roster.permissions().check(f.tenant, member.id(), CHAT)).isFalse();

        assertThat(codeOf(() -> f.roster.tenants().setDefaults(f.adminActor, Map.of(CHAT, Effect.DENY, MANAGE, Effect.DENY))))
                .isEqualTo(ErrorCode.POLICY_FORBIDS);
        assertThat(f.roster.permissions().check(f.tenant, f.admin.id(), MANAGE)).isTrue();
        // The owner no longer holds chat itself, so it cannot give it back to everyone; the host can.
        assertThat(codeOf(() -> f.roster.tenants().setDefaults(f.adminActor, Map.of()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        f.roster.tenants().setDefaults(dev.roster.core.access.Actor.system(f.tenant), Map.of());
        assertThat(f.roster.permissions().check(f.tenant, member.id(), CHAT)).isTrue();
    }

    @Test
    void aManagerCannotInviteOrResendAnInvitationAboveItself() {
        assertThat(codeOf(() -> f.roster.invitations().invite(managerActor, InviteCommand.of("boss@acme.example", OWNER))))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        InvitationReceipt byOwner = f.invite("boss@acme.example", OWNER);
        assertThat(codeOf(() -> f.roster.invitations().resend(managerActor, byOwner.invitation().id())))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
    }

    @Test
    void anInvitationIsAcceptedOnItsInvitersAuthorityUntilSomeoneWhoMayGrantItResendsIt() {
        InvitationReceipt fromOwner2 = f.roster.invitations().invite(f.actor(owner2), InviteCommand.of("boss@acme.example", OWNER));
        f.roster.users().changeRoles(f.adminActor, new ChangeRolesCommand(owner2.id(), owner2.version(), Set.of(MEMBER)));

        assertThat(codeOf(() -> f.roster.invitees().accept(f.tenant, fromOwner2.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY))))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(f.roster.directory().statCards(f.adminActor).total()).isEqualTo(4);

        InvitationReceipt resent = f.roster.invitations().resend(f.adminActor, fromOwner2.invitation().id());
        User boss = f.roster.invitees().accept(f.tenant, resent.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY));
        assertThat(boss.roles()).containsExactly(OWNER);
        assertThat(resent.invitation().invitedBy()).isEqualTo(f.admin.id());
    }

    @Test
    void anInvitationFromAMemberWhoWasSuspendedSinceCannotBeAccepted() {
        InvitationReceipt fromManager = f.roster.invitations().invite(managerActor, InviteCommand.of("new@acme.example", MEMBER));
        f.roster.lifecycle().suspend(f.adminActor, manager.id());

        assertThat(codeOf(() -> f.roster.invitees().accept(f.tenant, fromManager.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY))))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
    }
}
