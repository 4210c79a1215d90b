package dev.roster.core.security;

import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.credential.SignInContext;
import dev.roster.core.credential.SignInResult.Outcome;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.policy.UserTypeDefinition;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.support.TestStoreFactory;
import dev.roster.core.user.ChangeTypeCommand;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.EditProfileCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.core.user.RegistrationFields;
import dev.roster.core.user.TypeChange;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a red-team pass found around user types, type changes and new owners, each kept as the rule it broke. */
class TypeChangeAttacksTest {
    private static final SignInContext DESK = new SignInContext("198.51.100.4", "Mozilla/5.0 Firefox/131.0");
    private static final String PASSWORD = "a long password of her own";

    /** Delegated administration, an owner role without chat, and types: boss is an admin by type, public users only chat. */
    private static Policy policy() {
        return TestPolicies.delegated()
                .replaceRole(RoleDefinition.of("owner", "Owner", Set.of(TestPolicies.OWN, TestPolicies.MANAGE, TestPolicies.EXPORT,
                        TestPolicies.API)).withFixed(Set.of(TestPolicies.OWN)))
                .userTypes(Set.of("member"), "member")
                .userType(UserTypeDefinition.of("boss", "Boss").withGrants(Set.of(TestPolicies.OWN, TestPolicies.CHAT)))
                .userType(UserTypeDefinition.of("power", "Power").withGrants(Set.of(TestPolicies.EXPORT)))
                .userType(UserTypeDefinition.publicUsers("public", "Public", Set.of(TestPolicies.CHAT)))
                .build();
    }

    private final Fixture f = new Fixture(policy(), TestStoreFactory.freshStore(), LifecycleHooks.NONE, true);

    private User withPassword(String email) {
        var created = f.roster.credentials().createWithTemporaryPassword(f.adminActor, new CreateUserCommand(email, ProfileFields.named("Bob",
                "B"), "member", Set.of(TestPolicies.MEMBER), null, null, null, null));
        f.roster.credentials().changePassword(f.actor(created.user()), created.temporaryPassword().reveal(), PASSWORD);
        return f.roster.users().get(f.adminActor, created.user().id());
    }

    private TypeChange changeToPower(User user) {
        return f.roster.users().changeType(f.adminActor, new ChangeTypeCommand(user.id(), user.version(), "power", null));
    }

    @Test
    void aReplacedUserGivenAnotherAddressStaysReplacedAndNeverSignsInAgain() {
        User bob = withPassword("bob@acme.example");
        User old = changeToPower(bob).replaced();

        User moved = f.roster.users().editProfile(f.adminActor, new EditProfileCommand(old.id(), old.version(), "bob.old@acme.example",
                ProfileFields.named("Bob", "Old"), Map.of()));

        assertThat(moved.email().isReleased()).isTrue();
        assertThat(codeOf(() -> f.roster.lifecycle().reactivate(f.adminActor, old.id()))).isEqualTo(ErrorCode.INVALID_TRANSITION);
        assertThat(f.roster.credentials().authenticate(f.tenant, "bob.old@acme.example", PASSWORD, DESK).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(f.roster.users().findByEmail(f.adminActor, "bob.old@acme.example")).isEmpty();
    }

    @Test
    void aSuspendedUsersNewTypeDoesNotReactivateThePersonAndAnAdminsLockCarriesOver() {
        User bob = withPassword("bob@acme.example");
        User suspended = f.roster.lifecycle().suspend(f.adminActor, bob.id());
        assertThat(changeToPower(suspended).replacement().status()).isEqualTo(UserStatus.SUSPENDED);

        User ann = withPassword("ann@acme.example");
        f.roster.credentials().lock(f.adminActor, ann.id());
        User replacement = changeToPower(f.roster.users().get(f.adminActor, ann.id())).replacement();
        assertThat(codeOf(() -> f.roster.sessions().start(f.tenant, replacement.id(), DESK))).isEqualTo(ErrorCode.POLICY_FORBIDS);
    }

    @Test
    void theReferralCodeThePersonSharedCreditsItsNewUser() {
        User bob = withPassword("bob@acme.example");
        String code = bob.registration().referralCode();
        TypeChange change = changeToPower(bob);

        assertThat(change.replacement().registration().referralCode()).isEqualTo(code);
        assertThat(change.replaced().registration().referralCode()).isNull();
        User friend = f.roster.invitees().accept(f.tenant, f.roster.invitations().invite(f.adminActor, InviteCommand.of("friend@acme.example",
                null)).token().reveal(), new AcceptCommand(ProfileFields.EMPTY, new RegistrationFields(null, null, code)));
        assertThat(friend.registration().referredBy()).isEqualTo(change.replacement().id());
    }

    @Test
    void aSearchByAddressFindsTheReplacedRecordButItsInternalKeyFindsNothing() {
        User bob = withPassword("bob@acme.example");
        TypeChange change = changeToPower(bob);

        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.all(10).withText("bob@acme")).items()).extracting(User::id)
                .containsExactlyInAnyOrder(bob.id(), change.replacement().id());
        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.all(10).withText("released")).items()).isEmpty();
    }

    @Test
    void aPublicUserTakesOverNobodysContentAndRefersNobody() {
        User owner = withPassword("owner@acme.example");
        User embed = f.roster.users().create(f.adminActor, CreateUserCommand.of("embed@acme.example", ProfileFields.EMPTY, "public", null));

        assertThat(codeOf(() -> f.roster.lifecycle().delete(f.adminActor, owner.id(), embed.id()))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(f.roster.users().get(f.adminActor, owner.id()).status()).isEqualTo(UserStatus.ACTIVE);
        String token = f.roster.invitations().invite(f.adminActor, InviteCommand.of("friend@acme.example", null)).token().reveal();
        assertThat(codeOf(() -> f.roster.invitees().accept(f.tenant, token, new AcceptCommand(ProfileFields.EMPTY,
                new RegistrationFields(null, null, embed.registration().referralCode()))))).as("nor refers anyone")
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void aManagerCannotLowerAnAdminByTypeThroughATenantDefault() {
        User boss = f.roster.users().create(f.adminActor, CreateUserCommand.of("boss@acme.example", ProfileFields.EMPTY, "member",
                Set.of(TestPolicies.MEMBER)));
        boss = f.roster.users().changeType(f.adminActor, new ChangeTypeCommand(boss.id(), boss.version(), "boss", null)).replacement();
        User manager = f.member("manager@acme.example", TestPolicies.MANAGER);
        assertThat(codeOf(() -> f.roster.lifecycle().suspend(f.actor(manager), f.admin.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);

        assertThat(codeOf(() -> f.roster.tenants().setDefaults(f.actor(manager), Map.of(TestPolicies.CHAT, Effect.DENY))))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(f.roster.permissions().check(f.tenant, boss.id(), TestPolicies.CHAT)).isTrue();
        assertThat(f.roster.tenants().get(f.adminActor).defaults()).isEmpty();
    }

    @Test
    void aManagerMayStillGrantByDefaultWhatItHolds() {
        User manager = f.member("manager@acme.example", TestPolicies.MANAGER);
        assertThat(dev.roster.spi.tck.Outcomes.attempt(() -> f.roster.tenants().setDefaults(f.actor(manager),
                Map.of(TestPolicies.CHAT, Effect.GRANT)))).as("granting lowers nobody").isNull();
        assertThat(f.roster.tenants().get(f.adminActor).defaults()).containsEntry(TestPolicies.CHAT, Effect.GRANT);
    }

    @Test
    void thePersonsEarlierRecordsAreInItsDataExportAndGoWithItWhenItIsRemovedForGood() {
        User bob = withPassword("bob@acme.example");
        TypeChange first = changeToPower(bob);
        User middle = first.replacement();
        TypeChange second = f.roster.users().changeType(f.adminActor, new ChangeTypeCommand(middle.id(), middle.version(), "member", null));
        User latest = second.replacement();

        var data = f.roster.users().exportPersonalData(f.adminActor, latest.id());
        assertThat(data.earlierRecords()).extracting(d -> d.user().id()).containsExactly(middle.id());
        assertThat(data.earlierRecords().get(0).earlierRecords()).extracting(d -> d.user().id()).containsExactly(bob.id());

        f.roster.lifecycle().delete(f.adminActor, latest.id());
        f.roster.lifecycle().deletePermanently(f.adminActor, latest.id());

        assertThat(codeOf(() -> f.roster.users().get(f.adminActor, middle.id()))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(codeOf(() -> f.roster.users().get(f.adminActor, bob.id()))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.all(10).withText("bob")).items()).isEmpty();
        assertThat(f.roster.audit().list(f.adminActor, dev.roster.core.audit.AuditListRequest.forTarget("user", latest.id().toString(), 1))
                .items().get(0).details()).containsEntry("earlierRecordsRemoved", "2");
    }
}
