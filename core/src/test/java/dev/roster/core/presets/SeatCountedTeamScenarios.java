package dev.roster.core.presets;

import static dev.roster.core.presets.SeatCountedTeam.ANALYST;
import static dev.roster.core.presets.SeatCountedTeam.API_ACCESS;
import static dev.roster.core.presets.SeatCountedTeam.EXPLORE;
import static dev.roster.core.presets.SeatCountedTeam.EXPLORER;
import static dev.roster.core.presets.SeatCountedTeam.EXPORT_DATA;
import static dev.roster.core.presets.SeatCountedTeam.VIEWER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.BatchInviteCommand;
import dev.roster.core.invitation.BatchInviteResult;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.query.PeopleCounts;
import dev.roster.core.query.PeopleListRequest;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestStoreFactory;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.core.user.SetGroupsCommand;
import dev.roster.core.user.SetOverridesCommand;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.Person;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.UserSort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The BI tool's user management dashboard (seeds/004), section by section, on {@link SeatCountedTeam}. */
class SeatCountedTeamScenarios {
    private final List<String> kept = new ArrayList<>();
    private final List<String> handedOver = new ArrayList<>();
    private final Fixture f = new Fixture(SeatCountedTeam.policy(), TestStoreFactory.freshStore(), new LifecycleHooks() {
        @Override
        public void onDeleted(User user, boolean permanently) {
            if (!permanently) {
                kept.add(user.email().value());
            }
        }

        @Override
        public void onDeleted(User user, boolean permanently, User newOwner) {
            handedOver.add("schedules of " + user.email().value() + " to " + newOwner.email().value());
        }

        @Override
        public void onPurged(User user, User newOwner) {
            handedOver.add("everything of " + user.email().value() + " to " + newOwner.email().value());
        }
    }, true);

    private User accepted(InvitationReceipt receipt) {
        return f.roster.invitees().accept(f.tenant, receipt.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY));
    }

    @Test
    void pendingUsersTakePaidSeatsAndPublicUsersDoNot() {
        f.roster.tenants().setSeatLimit(f.adminActor, 3);
        f.roster.users().create(f.adminActor, CreateUserCommand.of("embed@bi.example", ProfileFields.EMPTY, SeatCountedTeam.PUBLIC_TYPE, null));
        f.invite("p1@bi.example");
        f.invite("p2@bi.example");

        assertThat(f.roster.directory().seatUsage(f.adminActor).used()).as("the admin and two pending; public takes none").isEqualTo(3);
        assertThat(codeOf(() -> f.invite("p3@bi.example"))).isEqualTo(ErrorCode.SEAT_LIMIT_EXCEEDED);
        f.roster.users().create(f.adminActor, CreateUserCommand.of("link@bi.example", ProfileFields.EMPTY, SeatCountedTeam.PUBLIC_TYPE, null));
        assertThat(f.roster.directory().seatUsage(f.adminActor).used()).isEqualTo(3);
    }

    /**
     * "There are 4 possible status for a user: Active, Pending, Deleted, Public", in one dashboard; pending users count toward
     * the plan, public ones do not.
     */
    @Test
    void theDashboardListsActivePendingDeletedAndPublicUsersTogether() {
        User leaving = accepted(f.roster.invitations().invite(f.adminActor, InviteCommand.of("leaving@bi.example", VIEWER)));
        f.roster.lifecycle().delete(f.adminActor, leaving.id());
        f.roster.users().create(f.adminActor, CreateUserCommand.of("embed@bi.example", ProfileFields.EMPTY, SeatCountedTeam.PUBLIC_TYPE, null));
        f.invite("pending@bi.example");

        List<Person> people = f.roster.directory().listPeople(f.adminActor, PeopleListRequest.everyone(20).withSort(UserSort.EMAIL, false))
                .items();
        assertThat(people).extracting(p -> p.email().canonical() + " " + p.status()).containsExactly("ada@acme.example ACTIVE",
                "embed@bi.example PUBLIC", "leaving@bi.example DELETED", "pending@bi.example PENDING");
        PeopleCounts counts = f.roster.directory().peopleCounts(f.adminActor);
        assertThat(List.of(counts.of(PersonStatus.ACTIVE), counts.of(PersonStatus.PENDING), counts.of(PersonStatus.DELETED),
                counts.of(PersonStatus.PUBLIC), counts.of(PersonStatus.SUSPENDED))).containsExactly(1L, 1L, 1L, 1L, 0L);
        assertThat(f.roster.directory().seatUsage(f.adminActor).used()).as("the active admin and the pending user").isEqualTo(2);
        assertThat(f.roster.directory().listPeople(f.adminActor, PeopleListRequest.everyone(20).withStatuses(Set.of(PersonStatus.PUBLIC)))
                .items()).extracting(p -> p.member().orElseThrow().userType()).containsExactly(SeatCountedTeam.PUBLIC_TYPE);
    }

    @Test
    void upToFiftyAddressesAtOnceWithRoleFlagsAndACustomMessage() {
        List<String> fifty = IntStream.rangeClosed(1, 50).mapToObj(i -> "person" + i + "@bi.example").toList();
        BatchInviteResult result = f.roster.invitations().inviteAll(f.adminActor, new BatchInviteCommand(fifty, Set.of(EXPLORER), null,
                Map.of(API_ACCESS, Effect.GRANT, EXPORT_DATA, Effect.DENY), "Dashboards await", false));
        assertThat(result.invited()).hasSize(50);
        List<String> fiftyOne = IntStream.rangeClosed(1, 51).mapToObj(i -> "other" + i + "@bi.example").toList();
        assertThat(codeOf(() -> f.roster.invitations().inviteAll(f.adminActor, BatchInviteCommand.of(fiftyOne))))
                .isEqualTo(ErrorCode.BATCH_TOO_LARGE);

        OutgoingMail mail = f.dispatched().stream().filter(m -> m.to().value().equals("person7@bi.example")).findFirst().orElseThrow();
        assertThat(mail.text()).contains("Dashboards await");
        User seven = f.roster.invitees().accept(f.tenant, Fixture.tokenIn(mail), AcceptCommand.of(ProfileFields.EMPTY));
        assertThat(f.roster.permissions().check(f.tenant, seven.id(), API_ACCESS)).isTrue();
        assertThat(f.roster.permissions().check(f.tenant, seven.id(), EXPORT_DATA)).isFalse();
        assertThat(f.roster.permissions().check(f.tenant, seven.id(), EXPLORE)).isTrue();
    }

    @Test
    void theInvitationLinkNeverExpires() {
        InvitationReceipt receipt = f.invite("slow@bi.example");
        assertThat(receipt.invitation().expiresAt()).isNull();
        f.clock.advance(Duration.ofDays(3650));
        assertThat(f.roster.invitations().expireOverdue(f.tenant, 100)).isZero();
        assertThat(accepted(receipt).status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void deletingKeepsTheUsersResourcesAndRestoringNeedsNoNewInvitation() {
        User v = accepted(f.invite("v@bi.example", VIEWER));
        f.roster.lifecycle().delete(f.adminActor, v.id());

        assertThat(kept).containsExactly("v@bi.example");
        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.recentlyDeleted(10)).items()).extracting(User::id)
                .containsExactly(v.id());
        f.clock.advance(Duration.ofDays(200));
        User back = f.roster.lifecycle().restore(f.adminActor, v.id());
        assertThat(back.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(back.roles()).containsExactly(VIEWER);
        assertThat(f.roster.directory().tabCounts(f.adminActor).pendingInvitations()).isZero();
    }

    @Test
    void exportCanBeSwitchedOffForExplorersAndViewersOnlyAndOnlyByAnAdmin() {
        User explorer = accepted(f.invite("e@bi.example", EXPLORER));
        User analyst = accepted(f.invite("a@bi.example", ANALYST));

        f.roster.users().setOverrides(f.adminActor, new SetOverridesCommand(explorer.id(), explorer.version(), Map.of(EXPORT_DATA, Effect.DENY)));
        assertThat(f.roster.permissions().check(f.tenant, explorer.id(), EXPORT_DATA)).isFalse();
        assertThat(codeOf(() -> f.roster.users().setOverrides(f.adminActor, new SetOverridesCommand(analyst.id(), analyst.version(),
                Map.of(EXPORT_DATA, Effect.DENY))))).as("analysts always export").isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> f.roster.users().setOverrides(f.actor(analyst), new SetOverridesCommand(explorer.id(), explorer.version() + 1,
                Map.of(EXPORT_DATA, Effect.GRANT))))).as("only an admin edits the option").isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(f.roster.permissions().check(f.tenant, analyst.id(), EXPORT_DATA)).isTrue();
        assertThat(f.roster.permissions().check(f.tenant, f.admin.id(), EXPORT_DATA)).isTrue();
    }

    @Test
    void aGroupGrantsItsPermissionsToItsMembers() {
        User v = accepted(f.invite("v@bi.example", VIEWER));
        assertThat(f.roster.permissions().check(f.tenant, v.id(), EXPLORE)).isFalse();
        Group finance = f.roster.groups().create(f.adminActor, "Finance", Set.of(EXPLORE));
        f.roster.users().setGroups(f.adminActor, new SetGroupsCommand(v.id(), v.version(), Set.of(finance.id())));

        assertThat(f.roster.permissions().check(f.tenant, v.id(), EXPLORE)).isTrue();
        assertThat(f.roster.groups().list(f.adminActor)).extracting(Group::name).containsExactly("Finance");
    }

    @Test
    void aPublicUserOnlyViewsNeverSignsInAndIsMadeByTheHostNotInvited() {
        User embed = f.roster.users().create(f.adminActor, new CreateUserCommand("embed@bi.example", ProfileFields.EMPTY,
                SeatCountedTeam.PUBLIC_TYPE, Set.of(SeatCountedTeam.ADMIN), null, null, null, null));

        assertThat(f.roster.permissions().effective(f.tenant, embed.id()).toSet()).as("whatever its role").containsExactly(SeatCountedTeam.VIEW);
        assertThat(f.roster.users().get(f.adminActor, embed.id()).admin()).isFalse();
        assertThat(codeOf(() -> f.roster.credentials().issueTemporaryPassword(f.adminActor, embed.id()))).isEqualTo(ErrorCode.POLICY_FORBIDS);
        assertThat(codeOf(() -> f.roster.credentials().createWithTemporaryPassword(f.adminActor, CreateUserCommand.of("link@bi.example",
                ProfileFields.EMPTY, SeatCountedTeam.PUBLIC_TYPE, null)))).isEqualTo(ErrorCode.POLICY_FORBIDS);
        assertThat(codeOf(() -> f.roster.sessions().start(f.tenant, embed.id(), null))).isEqualTo(ErrorCode.POLICY_FORBIDS);
        assertThat(f.roster.sessions().signIn(f.tenant, "embed@bi.example", "anything at all here", null).outcome())
                .isEqualTo(dev.roster.core.credential.SignInResult.Outcome.REFUSED);
        assertThat(f.roster.credentials().signInAttempts(f.adminActor, dev.roster.spi.access.SignInQuery.latest(f.tenant, 1)).items().get(0)
                .reason()).isEqualTo(dev.roster.spi.access.SignInReason.PUBLIC_USER);
        f.roster.credentials().requestPasswordReset(f.tenant, "embed@bi.example");
        assertThat(f.dispatched()).noneMatch(m -> m.to().value().equals("embed@bi.example"));
        assertThat(codeOf(() -> f.roster.invitations().invite(f.adminActor, new InviteCommand("x@bi.example", null, SeatCountedTeam.PUBLIC_TYPE,
                null, null, null)))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.all(10).withUserTypes(Set.of(SeatCountedTeam.PUBLIC_TYPE)))
                .items()).extracting(User::id).containsExactly(embed.id());
    }

    @Test
    void anAdminHandsADeletedUsersSchedulesToANamedOwnerAndTheAuditSaysWho() {
        User owner = accepted(f.invite("owner@bi.example", SeatCountedTeam.ANALYST));
        User heir = accepted(f.invite("heir@bi.example", SeatCountedTeam.ANALYST));

        f.roster.lifecycle().delete(f.adminActor, owner.id(), heir.id());

        assertThat(handedOver).containsExactly("schedules of owner@bi.example to heir@bi.example");
        assertThat(kept).as("the named form replaces the plain one").isEmpty();
        var entry = f.roster.audit().list(f.adminActor, dev.roster.core.audit.AuditListRequest.forTarget("user", owner.id().toString(), 5))
                .items().get(0);
        assertThat(entry.action()).isEqualTo(dev.roster.core.audit.AuditActions.USER_DELETED);
        assertThat(entry.details()).containsEntry("newOwner", heir.id().toString());

        f.roster.lifecycle().deletePermanently(f.adminActor, owner.id(), heir.id());
        assertThat(handedOver).last().isEqualTo("everything of owner@bi.example to heir@bi.example");
    }

    @Test
    void theNewOwnerMustBeAnotherActiveMemberOfTheTenantOrNothingIsDeleted() {
        User owner = accepted(f.invite("owner@bi.example", VIEWER));
        User away = accepted(f.invite("away@bi.example", VIEWER));
        f.roster.lifecycle().suspend(f.adminActor, away.id());
        f.roster.tenants().bootstrap(new dev.roster.core.tenant.TenantBootstrap(dev.roster.spi.model.TenantId.of("rival"), "Rival",
                "eve@rival.example", ProfileFields.EMPTY, null, null));
        User stranger = f.roster.users().findByEmail(dev.roster.core.access.Actor.system(dev.roster.spi.model.TenantId.of("rival")),
                "eve@rival.example").orElseThrow();

        for (dev.roster.spi.model.UserId heir : List.of(away.id(), owner.id(), stranger.id(), dev.roster.spi.model.UserId.of(java.util.UUID.randomUUID()))) {
            assertThat(codeOf(() -> f.roster.lifecycle().delete(f.adminActor, owner.id(), heir))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        }
        assertThat(f.roster.users().get(f.adminActor, owner.id()).status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(handedOver).isEmpty();
    }
}
