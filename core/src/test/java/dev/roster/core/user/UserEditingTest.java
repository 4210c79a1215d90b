package dev.roster.core.user;

import static dev.roster.core.support.TestPolicies.ADMIN;
import static dev.roster.core.support.TestPolicies.API;
import static dev.roster.core.support.TestPolicies.EXPORT;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.core.support.TestPolicies.VIEWER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.core.access.Actor;
import dev.roster.core.error.ValidationException;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserEditingTest {
    private final Fixture f = new Fixture();

    @Test
    void createMakesAnActiveUserWithAllProfileFields() {
        ProfileFields profile = new ProfileFields("Alan", "Turing", null, "aturing", "+44 20 7946 0000", "Europe/London", "crm-42", null);
        User alan = f.roster.users().create(f.adminActor, new CreateUserCommand("alan@acme.example", profile, "bot_admin",
                Set.of(VIEWER), Map.of(API, Effect.GRANT), null, Map.of("team", "crypto"),
                new RegistrationFields("https://news.example/post?id=1", "SPRING26")));

        assertThat(alan.status()).isEqualTo(dev.roster.spi.model.UserStatus.ACTIVE);
        assertThat(alan.profile().displayName()).isEqualTo("Alan Turing");
        assertThat(alan.profile().timezone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(alan.profile().externalId()).isEqualTo("crm-42");
        assertThat(alan.userType()).isEqualTo("bot_admin");
        assertThat(alan.attributes()).containsEntry("team", "crypto");
        assertThat(alan.registration().promoCode()).isEqualTo("SPRING26");
        assertThat(alan.registration().referrerOrigin()).isEqualTo("https://news.example");
        assertThat(alan.registration().referralCode()).hasSize(10);
        assertThat(f.roster.users().get(f.adminActor, alan.id())).isEqualTo(alan);
    }

    @Test
    void badInputIsRejectedWithFieldPathsAndChangesNothing() {
        ProfileFields bad = new ProfileFields("x".repeat(101), null, null, "no spaces allowed", "abc", "Mars/Olympus", null, null);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> f.roster.users().create(f.adminActor,
                new CreateUserCommand("not-an-email", bad, null, null, null, null, null, null)));

        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.violations()).extracting(ValidationException.Violation::path)
                .contains("email", "profile.firstName", "profile.username", "profile.phone", "profile.timezone");
        assertThat(f.roster.directory().statCards(f.adminActor).total()).isEqualTo(1);
    }

    @Test
    void emailIsUniquePerTenantByCanonicalKey() {
        f.created("alan@acme.example", "Alan", "Turing", MEMBER);
        assertThat(codeOf(() -> f.created(" ALAN@Acme.Example", "A", "T", MEMBER))).isEqualTo(ErrorCode.DUPLICATE_EMAIL);
    }

    @Test
    void editReplacesProfileAndRechecksAChangedEmail() {
        User alan = f.created("alan@acme.example", "Alan", "Turing", MEMBER);
        f.created("grace@acme.example", "Grace", "Hopper", MEMBER);

        assertThat(codeOf(() -> f.roster.users().editProfile(f.adminActor, new EditProfileCommand(alan.id(), alan.version(),
                "Grace@acme.example", ProfileFields.named("Alan", "T"), null)))).isEqualTo(ErrorCode.DUPLICATE_EMAIL);

        User edited = f.roster.users().editProfile(f.adminActor, new EditProfileCommand(alan.id(), alan.version(),
                "alan.turing@acme.example", ProfileFields.named("Alan", "Mathison Turing").withPhone("+44 1"), Map.of("k", "v")));
        assertThat(edited.email().value()).isEqualTo("alan.turing@acme.example");
        assertThat(edited.profile().lastName()).isEqualTo("Mathison Turing");
        assertThat(edited.attributes()).containsExactly(Map.entry("k", "v"));
        assertThat(edited.version()).isEqualTo(alan.version() + 1);
        assertThat(edited.userType()).isEqualTo(alan.userType());
        assertThat(edited.roles()).isEqualTo(alan.roles());
    }

    @Test
    void anEditFromAStaleFormIsAConflict() {
        User alan = f.created("alan@acme.example", "Alan", "Turing", MEMBER);
        f.roster.users().editProfile(f.adminActor, new EditProfileCommand(alan.id(), alan.version(), "alan@acme.example",
                ProfileFields.named("Alan", "One"), null));

        assertThat(codeOf(() -> f.roster.users().editProfile(f.adminActor, new EditProfileCommand(alan.id(), alan.version(),
                "alan@acme.example", ProfileFields.named("Alan", "Two"), null)))).isEqualTo(ErrorCode.STALE_VERSION);
        assertThat(f.roster.users().get(f.adminActor, alan.id()).profile().lastName()).isEqualTo("One");
    }

    @Test
    void exactlyOneRoleUnlessThePolicyAllowsMore() {
        User alan = f.created("alan@acme.example", "Alan", "Turing", MEMBER);
        assertThat(codeOf(() -> f.roster.users().changeRoles(f.adminActor, new ChangeRolesCommand(alan.id(), alan.version(),
                Set.of(MEMBER, VIEWER))))).isEqualTo(ErrorCode.VALIDATION_FAILED);

        Fixture many = new Fixture(TestPolicies.manyRoles().build());
        User bob = many.created("bob@acme.example", "Bob", "B", MEMBER);
        assertThat(many.roster.users().changeRoles(many.adminActor, new ChangeRolesCommand(bob.id(), bob.version(),
                Set.of(MEMBER, VIEWER))).roles()).containsExactlyInAnyOrder(MEMBER, VIEWER);
    }

    @Test
    void overridesOnlyForPermissionsTheRolesMakeOverridable() {
        User viewer = f.created("v@acme.example", "V", "V", VIEWER);
        User admin2 = f.created("a2@acme.example", "A", "Two", ADMIN);

        User denied = f.roster.users().setOverrides(f.adminActor, new SetOverridesCommand(viewer.id(), viewer.version(),
                Map.of(EXPORT, Effect.DENY)));
        assertThat(f.roster.permissions().check(f.tenant, denied.id(), EXPORT)).isFalse();
        assertThat(codeOf(() -> f.roster.users().setOverrides(f.adminActor, new SetOverridesCommand(admin2.id(), admin2.version(),
                Map.of(EXPORT, Effect.DENY))))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(f.roster.permissions().check(f.tenant, admin2.id(), EXPORT)).isTrue();
    }

    @Test
    void anActorCannotGrantWhatItDoesNotHold() {
        User helper = f.created("helper@acme.example", "H", "H", MEMBER);
        helper = f.roster.users().setOverrides(f.adminActor, new SetOverridesCommand(helper.id(), helper.version(),
                Map.of(TestPolicies.MANAGE, Effect.GRANT, API, Effect.DENY)));
        User target = f.created("t@acme.example", "T", "T", MEMBER);

        var asHelper = f.actor(helper);
        assertThat(codeOf(() -> f.roster.users().setOverrides(asHelper, new SetOverridesCommand(target.id(), target.version(),
                Map.of(API, Effect.GRANT))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.users().changeRoles(asHelper, new ChangeRolesCommand(target.id(), target.version(),
                Set.of(ADMIN))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(f.roster.users().setOverrides(asHelper, new SetOverridesCommand(target.id(), target.version(),
                Map.of(EXPORT, Effect.DENY))).overrides()).containsEntry(EXPORT, Effect.DENY);
    }

    @Test
    void aMemberWithoutTheAdminPermissionCannotManageUsers() {
        User plain = f.created("p@acme.example", "P", "P", MEMBER);
        assertThat(codeOf(() -> f.roster.users().create(f.actor(plain),
                CreateUserCommand.of("x@acme.example", ProfileFields.EMPTY, null, null)))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.directory().statCards(f.actor(plain)))).isEqualTo(ErrorCode.PERMISSION_DENIED);
    }

    @Test
    void noOperationCrossesTenants() {
        var other = dev.roster.spi.model.TenantId.of("globex");
        User globexAdmin = f.roster.tenants().bootstrap(new dev.roster.core.tenant.TenantBootstrap(other, "Globex", "hank@globex.example",
                ProfileFields.EMPTY, null, null));
        User alan = f.created("alan@acme.example", "Alan", "Turing", MEMBER);
        var globexActor = dev.roster.core.access.Actor.user(other, globexAdmin.id());

        assertThat(codeOf(() -> f.roster.users().get(globexActor, alan.id()))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(codeOf(() -> f.roster.lifecycle().suspend(globexActor, alan.id()))).isEqualTo(ErrorCode.NOT_FOUND);
        // An acme admin claiming to act in globex is not a member there.
        assertThat(codeOf(() -> f.roster.users().get(dev.roster.core.access.Actor.user(other, f.admin.id()), globexAdmin.id())))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(f.roster.permissions().check(other, alan.id(), TestPolicies.CHAT)).isFalse();
    }

    @Test
    void usernamesAreUniquePerTenantIgnoringCase() {
        f.roster.users().create(f.adminActor, CreateUserCommand.of("a@acme.example", ProfileFields.EMPTY.withUsername("Neo"), null, null));
        assertThat(codeOf(() -> f.roster.users().create(f.adminActor,
                CreateUserCommand.of("b@acme.example", ProfileFields.EMPTY.withUsername("neo"), null, null)))).isEqualTo(ErrorCode.DUPLICATE_USERNAME);
    }

    @Test
    void theUserTypeMustBeOneOfThePolicy() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> f.roster.users().create(f.adminActor,
                CreateUserCommand.of("a@acme.example", ProfileFields.EMPTY, "wizard", null)));
        assertThat(e.violations()).extracting(ValidationException.Violation::path).containsExactly("userType");
    }
}
