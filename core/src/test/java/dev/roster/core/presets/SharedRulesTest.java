package dev.roster.core.presets;

import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.policy.Policy;
import dev.roster.core.support.Fixture;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.core.user.SetOverridesCommand;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.User;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules every product shares, written once and run under each preset. */
class SharedRulesTest {

    static Stream<Arguments> presets() {
        return Stream.of(Arguments.of("TwoRoleWorkspace", TwoRoleWorkspace.policy()), Arguments.of("FlaggedPlatform", FlaggedPlatform.policy()),
                Arguments.of("TypedUsers", TypedUsers.policy()),
                Arguments.of("ExpiringInvitationsOrganization", ExpiringInvitationsOrganization.policy()),
                Arguments.of("SeatCountedTeam", SeatCountedTeam.policy()));
    }

    /** A member as each product makes one: invited, accepted (with a date of birth where the policy asks for it). */
    private static User member(Fixture f, String email) {
        InvitationReceipt receipt = f.invite(email);
        return f.roster.invitees().accept(f.tenant, receipt.token().reveal(), AcceptCommand.of(adult(f.roster.policy())));
    }

    private static ProfileFields adult(Policy policy) {
        return policy.dateOfBirthRequired() ? ProfileFields.EMPTY.withDateOfBirth(java.time.LocalDate.of(1990, 1, 1)) : ProfileFields.EMPTY;
    }

    private static RoleId adminRole(Policy policy) {
        return policy.roles().values().stream().filter(r -> r.permissions().contains(policy.adminPermission())).findFirst().orElseThrow().id();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void theLastActiveAdminIsNeverRemovedByAnyPath(String name, Policy preset) {
        // Members may suspend and delete themselves here, so the only thing in the way is the last-admin rule.
        Policy policy = preset.toBuilder().selfService(true, true).build();
        Fixture f = new Fixture(policy);
        RoleId plain = policy.defaultRole();

        assertThat(codeOf(() -> f.roster.lifecycle().suspend(f.adminActor, f.admin.id()))).isEqualTo(ErrorCode.LAST_ADMIN);
        assertThat(codeOf(() -> f.roster.lifecycle().delete(f.adminActor, f.admin.id()))).isEqualTo(ErrorCode.LAST_ADMIN);
        // Only an admin assigns roles, and nobody assigns its own: the last admin cannot demote itself either.
        assertThat(codeOf(() -> f.roster.users().changeRoles(f.adminActor, new ChangeRolesCommand(f.admin.id(), f.admin.version(),
                Set.of(plain))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(f.roster.permissions().check(f.tenant, f.admin.id(), policy.adminPermission())).isTrue();

        // With a second admin, the first may go.
        InvitationReceipt invited = f.roster.invitations().invite(f.adminActor, new InviteCommand("second@acme.example",
                Set.of(adminRole(policy)), policy.adminUserType(), null, null, null));
        User second = f.roster.invitees().accept(f.tenant, invited.token().reveal(), AcceptCommand.of(adult(policy)));
        f.roster.lifecycle().suspend(f.adminActor, f.admin.id());
        assertThat(codeOf(() -> f.roster.lifecycle().delete(f.actor(second), second.id()))).isEqualTo(ErrorCode.LAST_ADMIN);
        assertThat(codeOf(() -> f.roster.lifecycle().suspend(f.actor(second), second.id()))).isEqualTo(ErrorCode.LAST_ADMIN);
        assertThat(f.roster.permissions().check(f.tenant, second.id(), policy.adminPermission())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void aMemberWithoutTheAdminPermissionCanNeitherInviteNorRaiseItself(String name, Policy policy) {
        Fixture f = new Fixture(policy);
        User member = member(f, "mallory@acme.example");
        RoleId admin = adminRole(policy);

        assertThat(codeOf(() -> f.roster.invitations().invite(f.actor(member), InviteCommand.of("friend@evil.example", admin))))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.users().changeRoles(f.actor(member), new ChangeRolesCommand(member.id(), member.version(),
                Set.of(admin))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        Permission adminPermission = policy.adminPermission();
        assertThat(codeOf(() -> f.roster.users().setOverrides(f.actor(member), new SetOverridesCommand(member.id(), member.version(),
                Map.of(adminPermission, Effect.GRANT))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.users().create(f.actor(member), CreateUserCommand.of("sock@evil.example", ProfileFields.EMPTY,
                null, Set.of(admin))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(f.roster.permissions().check(f.tenant, member.id(), adminPermission)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void anInvitationLinkWorksOnceAndAnAddressIsOneUserWhateverItsCase(String name, Policy policy) {
        Fixture f = new Fixture(policy);
        InvitationReceipt receipt = f.invite("Grace@Acme.example");
        ProfileFields profile = adult(policy);
        f.roster.invitees().accept(f.tenant, receipt.token().reveal(), AcceptCommand.of(profile));

        assertThat(codeOf(() -> f.roster.invitees().accept(f.tenant, receipt.token().reveal(), AcceptCommand.of(profile))))
                .isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(codeOf(() -> f.invite("grace@acme.EXAMPLE"))).isEqualTo(ErrorCode.ALREADY_MEMBER);
        assertThat(codeOf(() -> f.roster.users().create(f.adminActor, CreateUserCommand.of(" GRACE@acme.example", profile, null,
                null)))).isEqualTo(ErrorCode.DUPLICATE_EMAIL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void aSuspendedOrDeletedUserIsGrantedNothingAndGetsItBackOnReturn(String name, Policy policy) {
        Fixture f = new Fixture(policy);
        User member = member(f, "grace@acme.example");
        Set<Permission> held = f.roster.permissions().effective(f.tenant, member.id()).toSet();
        assertThat(held).isNotEmpty();

        f.roster.lifecycle().suspend(f.adminActor, member.id());
        held.forEach(p -> assertThat(f.roster.permissions().check(f.tenant, member.id(), p)).as("suspended, %s", p).isFalse());
        f.roster.lifecycle().reactivate(f.adminActor, member.id());
        assertThat(f.roster.permissions().effective(f.tenant, member.id()).toSet()).isEqualTo(held);

        f.roster.lifecycle().delete(f.adminActor, member.id());
        held.forEach(p -> assertThat(f.roster.permissions().check(f.tenant, member.id(), p)).as("deleted, %s", p).isFalse());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void anAdminOfOneTenantCanNeitherReadNorChangeAnother(String name, Policy policy) {
        Fixture f = new Fixture(policy);
        User member = member(f, "grace@acme.example");
        f.roster.tenants().bootstrap(new dev.roster.core.tenant.TenantBootstrap(dev.roster.spi.model.TenantId.of("other"), "Other",
                "eve@other.example", ProfileFields.named("Eve", "Other"), null, null));
        dev.roster.core.access.Actor stranger = dev.roster.core.access.Actor.user(dev.roster.spi.model.TenantId.of("other"), f.admin.id());

        assertThat(codeOf(() -> f.roster.directory().statCards(stranger))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.lifecycle().suspend(stranger, member.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(f.roster.users().get(f.adminActor, member.id()).status()).isEqualTo(dev.roster.spi.model.UserStatus.ACTIVE);
    }
}
