package dev.roster.core.products;

import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.core.access.Actor;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.BatchInviteCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.invitation.InviteeFields;
import dev.roster.core.policy.DeletionMode;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleCardinality;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.policy.SeatRule;
import dev.roster.core.query.OnboardingKpis;
import dev.roster.core.query.ReferralCount;
import dev.roster.core.query.StatCards;
import dev.roster.core.query.TrendGranularity;
import dev.roster.core.query.TrendRequest;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.core.user.RegistrationFields;
import dev.roster.core.user.SetGroupsCommand;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.UserSort;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The distinctive rules of the five admin panels in ../shared/seeds/, each on a policy written the
 * way that product works. (Named presets come with their own issue; these show the rules are
 * reachable through the API today.)
 */
class SeedProductsTest {
    private static final Permission MANAGE = Permission.of("users.manage");

    /** 000: a workspace panel with two roles, one per user, tabs, four KPIs, 30-day recently deleted. */
    @Nested
    class Workspace {
        final Permission chat = Permission.of("chat.use");
        final RoleId admin = RoleId.of("admin");
        final RoleId user = RoleId.of("user");
        final Fixture f = new Fixture(Policy.builder()
                .permissions(Set.of(MANAGE, chat)).adminPermission(MANAGE)
                .role(RoleDefinition.of("admin", "Admin", Set.of(MANAGE, chat)))
                .role(RoleDefinition.of("user", "Standard user", Set.of(chat)))
                .defaultRole(user).roleCardinality(RoleCardinality.EXACTLY_ONE)
                .deletion(DeletionMode.SOFT, Duration.ofDays(30)).build());

        @Test
        void tabsKpisRoleFilterAndRecoverableDeletes() {
            User grace = f.member("grace@acme.example", user);
            f.member("alan@acme.example", admin);
            f.roster.invitations().inviteAll(f.adminActor, new BatchInviteCommand(List.of("x@acme.example", "y@acme.example"), Set.of(user),
                    null, null, null, false));
            assertThat(f.roster.directory().onboarding(f.adminActor)).isEqualTo(new OnboardingKpis(4, 2, 2, new BigDecimal("50.0")));

            assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.members(50).withRoles(Set.of(admin)).withText("ala"))
                    .items()).extracting(u -> u.email().value()).containsExactly("alan@acme.example");
            assertThat(codeOf(() -> f.roster.users().changeRoles(f.adminActor,
                    new dev.roster.core.user.ChangeRolesCommand(grace.id(), grace.version(), Set.of(user, admin))))).isEqualTo(ErrorCode.VALIDATION_FAILED);

            f.roster.lifecycle().delete(f.adminActor, grace.id());
            assertThat(f.roster.directory().tabCounts(f.adminActor).recentlyDeleted()).isEqualTo(1);
            assertThat(f.roster.lifecycle().restore(f.adminActor, grace.id()).roles()).containsExactly(user);
            f.roster.lifecycle().delete(f.adminActor, grace.id());
            f.clock.advance(Duration.ofDays(30));
            assertThat(f.roster.lifecycle().purgeExpired(f.tenant, 100)).isEqualTo(1);
        }
    }

    /** 001: a PaaS panel: invitation with username and legal age, flags over global limits, hard delete, trends. */
    @Nested
    class Paas {
        final Permission agents = Permission.of("agents.create");
        final Permission deepThinking = Permission.of("deep_thinking.enable");
        final List<String> removedContent = new ArrayList<>();
        final Fixture f = new Fixture(Policy.builder()
                .permissions(Set.of(MANAGE, agents, deepThinking)).adminPermission(MANAGE)
                // Administrators have full access: the global limits never apply to them.
                .role(RoleDefinition.of("administrator", "Administrator", Set.of(MANAGE, agents, deepThinking))
                        .withFixed(Set.of(MANAGE, agents, deepThinking)))
                .role(RoleDefinition.of("user", "Standard user", Set.of(agents)).withOverridable(Set.of(agents, deepThinking)))
                .defaultRole(RoleId.of("user")).minimumAge(18, true)
                .deletion(DeletionMode.HARD, null).build(), new InMemoryRosterStore(), new LifecycleHooks() {
                    @Override
                    public void onDeleted(User user, boolean permanently) {
                        removedContent.add("agents, chats and imports of " + user.profile().username());
                    }
                });

        @Test
        void inviteWithUsernameAndAgeFlagsOverGlobalLimitsHardDeleteAndTrends() {
            f.roster.tenants().setDefaults(f.adminActor, Map.of(deepThinking, Effect.DENY, agents, Effect.DENY));
            InvitationReceipt receipt = f.roster.invitations().invite(f.adminActor, new InviteCommand("neo@paas.example", null, null,
                    Map.of(deepThinking, Effect.GRANT), null, new InviteeFields(null, null, "neo", LocalDate.of(1990, 5, 1))));
            assertThat(Fixture.tokenIn(f.dispatched().stream().filter(m -> m.to().value().equals("neo@paas.example")).reduce((a, b) -> b).orElseThrow())).isEqualTo(receipt.token().reveal());
            User neo = f.roster.invitees().accept(f.tenant, receipt.token().reveal(),
                    new AcceptCommand(ProfileFields.EMPTY, new RegistrationFields("https://blog.example/post", "LAUNCH")));

            assertThat(neo.profile().username()).isEqualTo("neo");
            assertThat(f.roster.permissions().check(f.tenant, neo.id(), deepThinking)).isTrue(); // flag beats the global limit
            assertThat(f.roster.permissions().check(f.tenant, neo.id(), agents)).isFalse(); // the global limit holds
            assertThat(neo.registration().referralCode()).isNotBlank();
            assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.members(10).withRegistration(null, null, "LAUNCH"))
                    .items()).hasSize(1);
            assertThat(f.roster.directory().referralSources(f.adminActor, Fixture.START, Fixture.START.plusSeconds(1)))
                    .contains(new ReferralCount("https://blog.example", 1));
            assertThat(f.roster.directory().registrations(f.adminActor,
                    TrendRequest.lastDays(30, LocalDate.of(2026, 3, 2), ZoneOffset.UTC, TrendGranularity.DAY)).total()).isEqualTo(2);

            f.roster.lifecycle().delete(f.adminActor, neo.id());
            assertThat(removedContent).containsExactly("agents, chats and imports of neo");
            assertThat(f.roster.directory().tabCounts(f.adminActor).recentlyDeleted()).isZero();
        }

        @Test
        void anUnderageInviteeIsRefused() {
            InvitationReceipt receipt = f.invite("kid@paas.example");
            assertThat(codeOf(() -> f.roster.invitees().accept(f.tenant, receipt.token().reveal(),
                    AcceptCommand.of(ProfileFields.EMPTY.withDateOfBirth(LocalDate.of(2015, 1, 1)))))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        }
    }

    /** 002: a bot platform: six user types fixed at creation, several roles, stat cards, suspend. */
    @Nested
    class BotPlatform {
        final Permission bots = Permission.of("bots.manage");
        final Permission reports = Permission.of("reports.read");
        final Fixture f = new Fixture(Policy.builder()
                .permissions(Set.of(MANAGE, bots, reports)).adminPermission(MANAGE)
                .role(RoleDefinition.of("tenant_admin", "Tenant admin", Set.of(MANAGE, bots, reports)))
                .role(RoleDefinition.of("bot_builder", "Bot builder", Set.of(bots)))
                .role(RoleDefinition.of("reporting", "Reporting", Set.of(reports)))
                .defaultRole(RoleId.of("reporting")).roleCardinality(RoleCardinality.ONE_OR_MORE)
                .userTypes(Set.of("tenant_admin", "bot_admin", "supervisor", "agent", "analyst", "viewer"), "viewer").build());

        @Test
        void typesRolesCardsFiltersAndSuspension() {
            User bob = f.roster.users().create(f.adminActor, new CreateUserCommand("bob@bots.example",
                    ProfileFields.named("Bob", "Builder").withPhone("+1 555 0100").withExternalId("crm-7").withTimezone("America/New_York"),
                    "bot_admin", Set.of(RoleId.of("bot_builder"), RoleId.of("reporting")), null, null, null, null));
            assertThat(bob.roles()).hasSize(2);
            assertThat(codeOf(() -> f.created("BOB@bots.example", "B", "B", RoleId.of("reporting")))).isEqualTo(ErrorCode.DUPLICATE_EMAIL);

            f.roster.lifecycle().suspend(f.adminActor, bob.id());
            assertThat(f.roster.permissions().check(f.tenant, bob.id(), bots)).isFalse();
            assertThat(f.roster.directory().statCards(f.adminActor)).isEqualTo(new StatCards(2, 1, 1));
            assertThat(f.roster.directory().listUsers(f.adminActor, new UserListRequest(Set.of(UserStatus.SUSPENDED), null,
                    Set.of(RoleId.of("bot_builder")), Set.of("bot_admin"), null, null, null, dev.roster.spi.store.UserSort.CREATED, false,
                    null, 10)).items()).extracting(User::id).containsExactly(bob.id());
            f.roster.lifecycle().reactivate(f.adminActor, bob.id());
            assertThat(f.roster.users().get(f.adminActor, bob.id()).userType()).isEqualTo("bot_admin");
        }
    }

    /** 003: an organization console: the five invitation statuses, resend, deactivate. */
    @Nested
    class OrganizationConsole {
        final Fixture f = new Fixture(dev.roster.core.support.TestPolicies.standard().invitationExpiry(Duration.ofDays(14)).build());

        @Test
        void everyInvitationStatusWithMessagesExpiryResendAndDeactivation() {
            InvitationReceipt pending = f.roster.invitations().invite(f.adminActor,
                    new InviteCommand("p@org.example", null, null, null, "Welcome to the team", null));
            InvitationReceipt accepted = f.invite("a@org.example");
            InvitationReceipt declined = f.invite("d@org.example");
            InvitationReceipt cancelled = f.invite("c@org.example");
            f.roster.invitees().accept(f.tenant, accepted.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY));
            f.roster.invitees().decline(f.tenant, declined.token().reveal());
            f.roster.invitations().revoke(f.adminActor, cancelled.invitation().id());
            f.clock.advance(Duration.ofDays(10));
            InvitationReceipt resent = f.roster.invitations().resend(f.adminActor, pending.invitation().id());
            InvitationReceipt expired = f.invite("e@org.example");
            f.clock.advance(Duration.ofDays(14));

            assertThat(resent.invitation().message()).isEqualTo("Welcome to the team");
            assertThat(List.of(resent, accepted, declined, cancelled, expired)).extracting(r ->
                    f.roster.invitations().get(f.adminActor, r.invitation().id()).statusAt(f.clock.instant()))
                    .containsExactly(InvitationStatus.EXPIRED, InvitationStatus.ACCEPTED, InvitationStatus.DECLINED, InvitationStatus.REVOKED,
                            InvitationStatus.EXPIRED);

            User a = f.roster.directory().listUsers(f.adminActor, UserListRequest.members(10).withText("a@org")).items().get(0);
            assertThat(f.roster.lifecycle().suspend(f.adminActor, a.id()).status()).isEqualTo(UserStatus.SUSPENDED); // "Inactive"
        }
    }

    /** 004: a BI tool: public users take no seat, open invitations do, links never expire, flags, groups. */
    @Nested
    class BiTool {
        final Permission explore = Permission.of("data.explore");
        final Permission export = Permission.of("data.export");
        final Permission api = Permission.of("api.access");
        final Fixture f = new Fixture(Policy.builder()
                .permissions(Set.of(MANAGE, explore, export, api)).adminPermission(MANAGE)
                .role(RoleDefinition.of("admin", "Admin", Set.of(MANAGE, explore, export, api)).withFixed(Set.of(export)))
                .role(RoleDefinition.of("analyst", "Analyst", Set.of(explore, export)).withFixed(Set.of(export)).withOverridable(Set.of(api)))
                .role(RoleDefinition.of("explorer", "Explorer", Set.of(explore, export)).withOverridable(Set.of(export, api)))
                .role(RoleDefinition.of("viewer", "Viewer", Set.of(export)).withOverridable(Set.of(export, api)))
                .defaultRole(RoleId.of("viewer")).userTypes(Set.of("member", "public"), "member")
                .seatRule(new SeatRule(Set.of(UserStatus.ACTIVE), true, Set.of("public")))
                .invitationExpiry(null).maxBatchInvites(50).build());

        @Test
        void seatsFlagsNeverExpiringLinksRestoreAndGroups() {
            f.roster.users().create(f.adminActor, CreateUserCommand.of("embed@bi.example", ProfileFields.EMPTY, "public", null));
            var batch = f.roster.invitations().inviteAll(f.adminActor, new BatchInviteCommand(List.of("v@bi.example", "w@bi.example"),
                    Set.of(RoleId.of("viewer")), null, Map.of(export, Effect.DENY, api, Effect.GRANT), "Dashboards await", false));
            assertThat(f.roster.directory().seatUsage(f.adminActor).used()).isEqualTo(3); // admin + 2 pending; public takes none

            f.clock.advance(Duration.ofDays(3650));
            User v = f.roster.invitees().accept(f.tenant, batch.invited().get(0).token().reveal(), AcceptCommand.of(ProfileFields.EMPTY));
            assertThat(f.roster.permissions().check(f.tenant, v.id(), export)).isFalse();
            assertThat(f.roster.permissions().check(f.tenant, v.id(), api)).isTrue();
            assertThat(codeOf(() -> f.roster.invitations().invite(f.adminActor, new InviteCommand("x@bi.example", Set.of(RoleId.of("analyst")),
                    null, Map.of(export, Effect.DENY), null, null)))).isEqualTo(ErrorCode.VALIDATION_FAILED); // analysts always export

            f.roster.lifecycle().delete(f.adminActor, v.id());
            assertThat(f.roster.lifecycle().restore(f.adminActor, v.id()).status()).isEqualTo(UserStatus.ACTIVE); // no re-invite

            var group = f.roster.groups().create(f.adminActor, "Finance", Set.of(explore));
            User now = f.roster.users().get(f.adminActor, v.id());
            f.roster.users().setGroups(f.adminActor, new dev.roster.core.user.SetGroupsCommand(now.id(), now.version(), Set.of(group.id())));
            assertThat(f.roster.permissions().check(f.tenant, v.id(), explore)).isTrue();
        }
    }

    @Test
    void actorsStayInsideTheirTenant() {
        Fixture f = new Fixture();
        assertThat(codeOf(() -> f.roster.directory().statCards(Actor.user(dev.roster.spi.model.TenantId.of("other"), f.admin.id()))))
                .isIn(ErrorCode.NOT_FOUND, ErrorCode.PERMISSION_DENIED);
    }
}
