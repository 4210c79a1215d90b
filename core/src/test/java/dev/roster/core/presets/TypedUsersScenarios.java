package dev.roster.core.presets;

import static dev.roster.core.presets.TypedUsers.BOT_BUILDER;
import static dev.roster.core.presets.TypedUsers.MANAGE_BOTS;
import static dev.roster.core.presets.TypedUsers.READER;
import static dev.roster.core.presets.TypedUsers.REPORTING;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.credential.SignInContext;
import dev.roster.core.credential.SignInResult.Outcome;
import dev.roster.core.credential.UserWithTemporaryPassword;
import dev.roster.core.permission.Decision;
import dev.roster.core.permission.Layer;
import dev.roster.core.query.StatCards;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestStoreFactory;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.core.user.ChangeTypeCommand;
import dev.roster.core.user.TypeChange;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.EditProfileCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.access.SignInQuery;
import dev.roster.spi.access.SignInReason;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.UserSort;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bot platform's user management page (seeds/002), section by section, on {@link TypedUsers}. */
class TypedUsersScenarios {
    private static final SignInContext DESK = new SignInContext("198.51.100.4", "Mozilla/5.0 Firefox/131.0");
    private static final String OWN_PASSWORD = "a long password of her own";
    private final Fixture f = new Fixture(TypedUsers.policy(), TestStoreFactory.freshStore(), LifecycleHooks.NONE, true);

    private UserWithTemporaryPassword create(String email, String type, Set<RoleId> roles) {
        return f.roster.credentials().createWithTemporaryPassword(f.adminActor, new CreateUserCommand(email,
                ProfileFields.named("First", "Last").withPhone("+1 555 0100").withExternalId("crm-" + email.substring(0, email.indexOf('@')))
                        .withTimezone("America/New_York"), type, roles, null, null, null, null));
    }

    private List<String> emails(UserListRequest request) {
        return f.roster.directory().listUsers(f.adminActor, request).items().stream().map(u -> u.email().value()).toList();
    }

    @Test
    void addUserTakesNamesAUniqueEmailContactDetailsAUserTypeAndOneOrMoreRoles() {
        User bob = create("bob@bots.example", TypedUsers.BOT_ADMIN, Set.of(BOT_BUILDER, REPORTING)).user();

        assertThat(bob.userType()).isEqualTo("bot_admin");
        assertThat(bob.roles()).containsExactlyInAnyOrder(BOT_BUILDER, REPORTING);
        assertThat(bob.profile().phone()).isEqualTo("+1 555 0100");
        assertThat(bob.profile().externalId()).isEqualTo("crm-bob");
        assertThat(bob.profile().timezone()).hasToString("America/New_York");
        assertThat(f.roster.permissions().check(f.tenant, bob.id(), MANAGE_BOTS)).isTrue();
        assertThat(codeOf(() -> create("BOB@bots.example", TypedUsers.VIEWER, null))).as("unique within the tenant")
                .isEqualTo(ErrorCode.DUPLICATE_EMAIL);
        assertThat(codeOf(() -> create("eve@bots.example", "superuser", null))).as("only the six types").isEqualTo(ErrorCode.VALIDATION_FAILED);
        User plain = create("carol@bots.example", null, null).user();
        assertThat(plain.userType()).isEqualTo(TypedUsers.VIEWER);
        assertThat(plain.roles()).containsExactly(READER);
    }

    @Test
    void theTemporaryPasswordIsShownOnceAndOnlyLetsTheUserSetItsOwn() {
        UserWithTemporaryPassword created = create("bob@bots.example", TypedUsers.AGENT, null);
        String temporary = created.temporaryPassword().reveal();
        assertThat(created.toString()).doesNotContain(temporary);

        assertThat(f.roster.credentials().authenticate(f.tenant, "bob@bots.example", temporary, DESK).outcome())
                .isEqualTo(Outcome.MUST_CHANGE_PASSWORD);
        f.roster.credentials().changePassword(f.actor(created.user()), temporary, OWN_PASSWORD);
        assertThat(f.roster.credentials().authenticate(f.tenant, "bob@bots.example", OWN_PASSWORD, DESK).outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(f.roster.credentials().authenticate(f.tenant, "bob@bots.example", temporary, DESK).outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void resettingAPasswordShowsANewTemporaryOneAndTheOldPasswordStopsWorking() {
        UserWithTemporaryPassword created = create("bob@bots.example", TypedUsers.AGENT, null);
        f.roster.credentials().changePassword(f.actor(created.user()), created.temporaryPassword().reveal(), OWN_PASSWORD);

        String reset = f.roster.credentials().issueTemporaryPassword(f.adminActor, created.user().id()).reveal();

        assertThat(reset).isNotEqualTo(created.temporaryPassword().reveal());
        assertThat(f.roster.credentials().authenticate(f.tenant, "bob@bots.example", OWN_PASSWORD, DESK).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(f.roster.credentials().authenticate(f.tenant, "bob@bots.example", reset, DESK).outcome())
                .isEqualTo(Outcome.MUST_CHANGE_PASSWORD);
    }

    @Test
    void statCardsCountTotalActiveAndSuspendedAndTheFiltersNarrowTheTable() {
        User bob = create("bob@bots.example", TypedUsers.BOT_ADMIN, Set.of(BOT_BUILDER)).user();
        create("ann@bots.example", TypedUsers.ANALYST, Set.of(REPORTING));
        create("vic@bots.example", TypedUsers.VIEWER, null);
        f.roster.lifecycle().suspend(f.adminActor, bob.id());

        assertThat(f.roster.directory().statCards(f.adminActor)).isEqualTo(new StatCards(4, 3, 1));
        assertThat(emails(UserListRequest.all(10).withStatuses(Set.of(UserStatus.SUSPENDED)))).containsExactly("bob@bots.example");
        assertThat(emails(UserListRequest.all(10).withUserTypes(Set.of(TypedUsers.ANALYST)))).containsExactly("ann@bots.example");
        assertThat(emails(UserListRequest.all(10).withRoles(Set.of(BOT_BUILDER)))).containsExactly("bob@bots.example");
        assertThat(emails(UserListRequest.all(10).withText("vic"))).containsExactly("vic@bots.example");
    }

    @Test
    void editingChangesNameEmailPhoneRolesTimezoneAndExternalIdButNeverTheType() {
        User bob = create("bob@bots.example", TypedUsers.BOT_ADMIN, Set.of(BOT_BUILDER)).user();
        User edited = f.roster.users().editProfile(f.adminActor, new EditProfileCommand(bob.id(), bob.version(), "robert@bots.example",
                ProfileFields.named("Robert", "Builder").withPhone("+44 20 7946 0000").withTimezone("Europe/London").withExternalId("crm-9"),
                Map.of()));
        edited = f.roster.users().changeRoles(f.adminActor, new ChangeRolesCommand(bob.id(), edited.version(), Set.of(REPORTING, READER)));

        assertThat(edited.email().value()).isEqualTo("robert@bots.example");
        assertThat(edited.profile().firstName()).isEqualTo("Robert");
        assertThat(edited.profile().timezone()).hasToString("Europe/London");
        assertThat(edited.roles()).containsExactlyInAnyOrder(REPORTING, READER);
        assertThat(edited.userType()).isEqualTo(TypedUsers.BOT_ADMIN);
    }

    @Test
    void aSuspendedUserCannotSignInAndAReactivatedOneCan() {
        UserWithTemporaryPassword created = create("bob@bots.example", TypedUsers.AGENT, null);
        f.roster.credentials().changePassword(f.actor(created.user()), created.temporaryPassword().reveal(), OWN_PASSWORD);
        f.roster.lifecycle().suspend(f.adminActor, created.user().id());

        assertThat(f.roster.credentials().authenticate(f.tenant, "bob@bots.example", OWN_PASSWORD, DESK).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(f.roster.credentials().signInAttempts(f.adminActor, SignInQuery.latest(f.tenant, 1)).items().get(0).reason())
                .isEqualTo(SignInReason.SUSPENDED);
        f.roster.lifecycle().reactivate(f.adminActor, created.user().id());
        assertThat(f.roster.credentials().authenticate(f.tenant, "bob@bots.example", OWN_PASSWORD, DESK).outcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void theTableShowsTheLastLoginAndSortsByIt() {
        UserWithTemporaryPassword bob = create("bob@bots.example", TypedUsers.AGENT, null);
        create("ann@bots.example", TypedUsers.ANALYST, null);
        f.clock.advance(Duration.ofHours(2));
        f.roster.credentials().changePassword(f.actor(bob.user()), bob.temporaryPassword().reveal(), OWN_PASSWORD);
        f.roster.credentials().authenticate(f.tenant, "bob@bots.example", OWN_PASSWORD, DESK);

        assertThat(f.roster.users().get(f.adminActor, bob.user().id()).lastLoginAt()).isEqualTo(f.clock.instant());
        assertThat(emails(UserListRequest.all(10).withSort(UserSort.LAST_LOGIN, true)).get(0)).isEqualTo("bob@bots.example");
    }

    @Test
    void eachUserTypeGrantsItsAccessAndAnalystsAndViewersStayReadOnlyWhateverTheirRoles() {
        User admin = create("tina@bots.example", TypedUsers.TENANT_ADMIN, Set.of(READER)).user();
        User analyst = create("ann@bots.example", TypedUsers.ANALYST, Set.of(BOT_BUILDER, REPORTING)).user();
        User agent = create("al@bots.example", TypedUsers.AGENT, Set.of(READER)).user();

        assertThat(f.roster.permissions().check(f.tenant, admin.id(), TypedUsers.ADMIN_PORTAL)).as("full access to the admin portal").isTrue();
        assertThat(f.roster.permissions().explain(f.adminActor, admin.id(), TypedUsers.ADMIN_PORTAL))
                .isEqualTo(new Decision(TypedUsers.ADMIN_PORTAL, true, Layer.USER_TYPE, TypedUsers.TENANT_ADMIN));
        assertThat(f.roster.permissions().check(f.tenant, agent.id(), TypedUsers.HANDLE_CONVERSATIONS)).isTrue();
        assertThat(f.roster.permissions().check(f.tenant, analyst.id(), TypedUsers.READ_ANALYTICS)).isTrue();
        assertThat(f.roster.permissions().explain(f.adminActor, analyst.id(), MANAGE_BOTS)).as("read-only, though a role grants it")
                .isEqualTo(new Decision(MANAGE_BOTS, false, Layer.USER_TYPE, TypedUsers.ANALYST));
        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.all(10).withRoles(Set.of(BOT_BUILDER))).items())
                .extracting(User::id).containsExactly(analyst.id());
        assertThat(f.roster.users().get(f.adminActor, f.admin.id()).userType()).as("a tenant's first admin").isEqualTo(TypedUsers.TENANT_ADMIN);
    }

    @Test
    void anAdminByTypeAloneCountsForTheLastAdminRule() {
        User reader = create("rita@bots.example", TypedUsers.TENANT_ADMIN, Set.of(READER)).user();
        assertThat(f.roster.users().get(f.adminActor, reader.id()).admin()).as("an admin by type alone").isTrue();
        assertThat(codeOf(() -> f.roster.lifecycle().suspend(f.actor(reader), f.admin.id()))).as("but not above one with every role")
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        f.roster.lifecycle().suspend(f.adminActor, reader.id());

        User tina = create("tina@bots.example", TypedUsers.TENANT_ADMIN, Set.of(TypedUsers.TENANT_ADMIN_ROLE)).user();

        f.roster.lifecycle().suspend(f.actor(tina), f.admin.id());
        assertThat(codeOf(() -> f.roster.lifecycle().suspend(dev.roster.core.access.Actor.system(f.tenant), tina.id())))
                .isEqualTo(ErrorCode.LAST_ADMIN);
        assertThat(f.roster.permissions().check(f.tenant, tina.id(), TypedUsers.ADMIN_PORTAL)).isTrue();
    }

    @Test
    void toChangeATypeANewUserOfTheRightTypeTakesOverAndTheOldOneIsSuspendedInOneStep() {
        UserWithTemporaryPassword created = create("bob@bots.example", TypedUsers.BOT_ADMIN, Set.of(BOT_BUILDER, REPORTING));
        f.roster.credentials().changePassword(f.actor(created.user()), created.temporaryPassword().reveal(), OWN_PASSWORD);
        String session = f.roster.sessions().signIn(f.tenant, "bob@bots.example", OWN_PASSWORD, DESK).session().orElseThrow().token();
        User bob = f.roster.users().get(f.adminActor, created.user().id());

        TypeChange change = f.roster.users().changeType(f.adminActor, new ChangeTypeCommand(bob.id(), bob.version(), TypedUsers.ANALYST, null));

        User analyst = change.replacement();
        assertThat(analyst.id()).isNotEqualTo(bob.id());
        assertThat(analyst.userType()).isEqualTo(TypedUsers.ANALYST);
        assertThat(analyst.email().value()).isEqualTo("bob@bots.example");
        assertThat(analyst.profile()).isEqualTo(bob.profile());
        assertThat(analyst.roles()).containsExactlyInAnyOrder(BOT_BUILDER, REPORTING);
        assertThat(f.roster.permissions().check(f.tenant, analyst.id(), MANAGE_BOTS)).as("now read-only").isFalse();
        assertThat(change.replaced().status()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(change.replaced().email().value()).as("the old record still reads as it was").isEqualTo("bob@bots.example");
        assertThat(change.replaced().profile().externalId()).isNull();
        assertThat(f.roster.users().findByEmail(f.adminActor, "bob@bots.example").map(User::id)).contains(analyst.id());
        assertThat(f.roster.users().findByExternalId(f.adminActor, "crm-bob").map(User::id)).contains(analyst.id());
        assertThat(f.roster.sessions().validate(f.tenant, session)).as("the old user's sessions end").isEmpty();
        assertThat(codeOf(() -> f.roster.lifecycle().reactivate(f.adminActor, bob.id()))).isEqualTo(ErrorCode.INVALID_TRANSITION);
        var entries = f.roster.audit().list(f.adminActor, dev.roster.core.audit.AuditListRequest.forTarget("user", bob.id().toString(), 10))
                .items();
        assertThat(entries.get(0).action()).isEqualTo(dev.roster.core.audit.AuditActions.USER_TYPE_CHANGED);
        assertThat(entries.get(0).details()).containsEntry("replacedBy", analyst.id().toString()).containsEntry("toType", TypedUsers.ANALYST);
        assertThat(f.roster.credentials().authenticate(f.tenant, "bob@bots.example", OWN_PASSWORD, DESK).outcome())
                .as("the new user signs in with a password of its own, once given one").isEqualTo(Outcome.REFUSED);
        assertThat(f.roster.credentials().issueTemporaryPassword(f.adminActor, analyst.id()).reveal()).isNotBlank();
    }

    @Test
    void aTypeChangeIsRefusedWholeWhenItCannotBeDoneAndChangesNothing() {
        User bob = create("bob@bots.example", TypedUsers.BOT_ADMIN, Set.of(BOT_BUILDER)).user();
        User viewer = create("vic@bots.example", TypedUsers.VIEWER, null).user();

        assertThat(codeOf(() -> f.roster.users().changeType(f.adminActor, new ChangeTypeCommand(bob.id(), bob.version() + 1, TypedUsers.AGENT,
                null)))).isEqualTo(ErrorCode.STALE_VERSION);
        assertThat(codeOf(() -> f.roster.users().changeType(f.adminActor, new ChangeTypeCommand(bob.id(), bob.version(), "wizard", null))))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> f.roster.users().changeType(f.adminActor, new ChangeTypeCommand(bob.id(), bob.version(), TypedUsers.BOT_ADMIN,
                null)))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> f.roster.users().changeType(f.actor(viewer), new ChangeTypeCommand(bob.id(), bob.version(), TypedUsers.AGENT,
                null)))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.users().changeType(f.adminActor, new ChangeTypeCommand(f.admin.id(), f.admin.version(),
                TypedUsers.VIEWER, null)))).as("not oneself").isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.users().changeType(dev.roster.core.access.Actor.system(f.tenant), new ChangeTypeCommand(f.admin.id(),
                f.admin.version(), TypedUsers.VIEWER, Set.of(READER))))).as("the last admin").isEqualTo(ErrorCode.LAST_ADMIN);
        long seats = f.roster.directory().seatUsage(f.adminActor).used();
        f.roster.tenants().setSeatLimit(f.adminActor, (int) seats);
        assertThat(codeOf(() -> f.roster.users().changeType(f.adminActor, new ChangeTypeCommand(bob.id(), bob.version(), TypedUsers.AGENT,
                null)))).as("a suspended user keeps its seat here, so the new one needs another").isEqualTo(ErrorCode.SEAT_LIMIT_EXCEEDED);

        assertThat(f.roster.users().findByEmail(f.adminActor, "bob@bots.example").map(User::id)).contains(bob.id());
        assertThat(f.roster.users().get(f.adminActor, bob.id())).isEqualTo(bob);
        assertThat(f.roster.users().get(f.adminActor, f.admin.id()).status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(f.roster.directory().statCards(f.adminActor).total()).isEqualTo(3);
    }

    @Test
    void theReplacedUsersRecordCanStillBeEditedWithoutClaimingTheAddressBack() {
        User bob = create("bob@bots.example", TypedUsers.BOT_ADMIN, Set.of(BOT_BUILDER)).user();
        TypeChange change = f.roster.users().changeType(f.adminActor, new ChangeTypeCommand(bob.id(), bob.version(), TypedUsers.AGENT, null));
        User old = change.replaced();

        User edited = f.roster.users().editProfile(f.adminActor, new EditProfileCommand(old.id(), old.version(), "BOB@bots.example",
                ProfileFields.named("Robert", "Old record"), Map.of()));

        assertThat(edited.email().isReleased()).as("the form's address is the one it handed over").isTrue();
        assertThat(edited.profile().firstName()).isEqualTo("Robert");
        assertThat(f.roster.users().findByEmail(f.adminActor, "bob@bots.example").map(User::id)).contains(change.replacement().id());
        assertThat(codeOf(() -> f.roster.users().editProfile(f.adminActor, new EditProfileCommand(old.id(), edited.version(), "bob@bots.example",
                ProfileFields.named("Robert", "Old record").withExternalId("crm-bob"), Map.of())))).as("the external ID moved too")
                .isEqualTo(ErrorCode.DUPLICATE_EXTERNAL_ID);
        assertThat(codeOf(() -> f.roster.lifecycle().reactivate(f.adminActor, old.id()))).isEqualTo(ErrorCode.INVALID_TRANSITION);
    }
}
