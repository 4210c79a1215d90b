package dev.roster.core.presets;

import static dev.roster.core.presets.FlaggedPlatform.ADMINISTRATOR;
import static dev.roster.core.presets.FlaggedPlatform.CREATE_AGENTS;
import static dev.roster.core.presets.FlaggedPlatform.DEEP_THINKING;
import static dev.roster.core.presets.FlaggedPlatform.VIRTUAL_SPACES;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.export.ExportRequest;
import dev.roster.core.export.UsageFigures;
import dev.roster.core.export.UserField;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.invitation.InviteeFields;
import dev.roster.core.query.ReferralCount;
import dev.roster.core.query.TrendGranularity;
import dev.roster.core.query.TrendRequest;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestStoreFactory;
import dev.roster.core.user.ProfileFields;
import dev.roster.core.user.RegistrationFields;
import dev.roster.core.user.SetOverridesCommand;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.sheet.SheetSink;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PaaS admin panel's user management (seeds/001), section by section, on {@link FlaggedPlatform}. */
class FlaggedPlatformScenarios {
    private static final LocalDate ADULT = LocalDate.of(1990, 5, 1);
    private final List<String> removedContent = new ArrayList<>();
    private final Fixture f = new Fixture(FlaggedPlatform.policy(), TestStoreFactory.freshStore(), new LifecycleHooks() {
        @Override
        public void onDeleted(User user, boolean permanently) {
            removedContent.add((permanently ? "all content of " : "kept content of ") + user.profile().username());
        }
    });

    private InvitationReceipt invite(String username, Map<Permission, Effect> flags) {
        return f.roster.invitations().invite(f.adminActor, new InviteCommand(username + "@paas.example", null, null, flags, null,
                new InviteeFields(null, null, username, ADULT)));
    }

    private User registered(String username, String referrer, String promo) {
        InvitationReceipt receipt = invite(username, null);
        return f.roster.invitees().accept(f.tenant, receipt.token().reveal(),
                new AcceptCommand(ProfileFields.EMPTY, new RegistrationFields(referrer, promo)));
    }

    private List<String> usernames(UserListRequest request) {
        return f.roster.directory().listUsers(f.adminActor, request).items().stream().map(u -> u.profile().username()).toList();
    }

    @Test
    void createNewUserSendsAMagicLinkToTheAddressWithUsernameAndDateOfBirthOfLegalAge() {
        InvitationReceipt receipt = invite("neo", null);
        OutgoingMail mail = f.dispatched().stream().filter(m -> m.to().value().equals("neo@paas.example")).findFirst().orElseThrow();
        assertThat(Fixture.tokenIn(mail)).isEqualTo(receipt.token().reveal());

        User neo = f.roster.invitees().accept(f.tenant, Fixture.tokenIn(mail), AcceptCommand.of(ProfileFields.EMPTY));
        assertThat(neo.profile().username()).isEqualTo("neo");
        assertThat(neo.profile().dateOfBirth()).isEqualTo(ADULT);

        assertThat(codeOf(() -> f.roster.invitations().invite(f.adminActor, new InviteCommand("kid@paas.example", null, null, null, null,
                new InviteeFields(null, null, "kid", LocalDate.of(2015, 1, 1)))))).as("under age").isEqualTo(ErrorCode.VALIDATION_FAILED);
        InvitationReceipt noBirthday = f.roster.invitations().invite(f.adminActor, InviteCommand.of("anon@paas.example", null));
        assertThat(codeOf(() -> f.roster.invitees().accept(f.tenant, noBirthday.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY))))
                .as("a date of birth is required").isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void permissionFlagsSetOnAUserOverrideTheGlobalLimits() {
        f.roster.tenants().setDefaults(f.adminActor, Map.of(DEEP_THINKING, Effect.DENY, CREATE_AGENTS, Effect.DENY));
        User neo = f.roster.invitees().accept(f.tenant, invite("neo", Map.of(DEEP_THINKING, Effect.GRANT)).token().reveal(),
                AcceptCommand.of(ProfileFields.EMPTY));
        User trinity = registered("trinity", null, null);

        assertThat(f.roster.permissions().check(f.tenant, neo.id(), DEEP_THINKING)).as("the flag beats the limit").isTrue();
        assertThat(f.roster.permissions().check(f.tenant, neo.id(), CREATE_AGENTS)).as("the limit holds without a flag").isFalse();
        assertThat(f.roster.permissions().check(f.tenant, trinity.id(), DEEP_THINKING)).isFalse();
        assertThat(f.roster.permissions().check(f.tenant, f.admin.id(), DEEP_THINKING)).as("administrators are beyond limits").isTrue();

        User edited = f.roster.users().setOverrides(f.adminActor, new SetOverridesCommand(trinity.id(), trinity.version(),
                Map.of(VIRTUAL_SPACES, Effect.GRANT, CREATE_AGENTS, Effect.GRANT)));
        assertThat(edited.overrides()).containsOnlyKeys(VIRTUAL_SPACES, CREATE_AGENTS);
        assertThat(f.roster.permissions().check(f.tenant, trinity.id(), CREATE_AGENTS)).isTrue();
        User smith = f.roster.invitees().accept(f.tenant, f.roster.invitations().invite(f.adminActor, new InviteCommand("smith@paas.example",
                java.util.Set.of(ADMINISTRATOR), null, null, null, new InviteeFields(null, null, "smith", ADULT))).token().reveal(),
                AcceptCommand.of(ProfileFields.EMPTY));
        assertThat(codeOf(() -> f.roster.users().setOverrides(f.adminActor, new SetOverridesCommand(smith.id(), smith.version(),
                Map.of(DEEP_THINKING, Effect.DENY))))).as("an administrator's access is not a flag").isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(f.roster.permissions().check(f.tenant, smith.id(), DEEP_THINKING)).isTrue();
    }

    @Test
    void theListFiltersByRegistrationPeriodNameOrEmailAndPromoCode() {
        registered("morpheus", "https://blog.example/post", "LAUNCH");
        f.clock.advance(Duration.ofDays(10));
        java.time.Instant later = f.clock.instant();
        registered("niobe", null, "LAUNCH");
        registered("tank", null, null);

        assertThat(usernames(UserListRequest.members(10).withRegistration(null, null, "LAUNCH"))).containsExactlyInAnyOrder("morpheus", "niobe");
        assertThat(usernames(UserListRequest.members(10).withRegistration(later, null, "LAUNCH"))).containsExactly("niobe");
        assertThat(usernames(UserListRequest.members(10).withText("tank@paas"))).containsExactly("tank");
    }

    @Test
    void theCsvExportCarriesTheHostsUsageColumnsPerUser() {
        User neo = registered("neo", null, null);
        UsageFigures usage = new UsageFigures() {
            @Override
            public List<String> columns() {
                return List.of("Agents", "Chats", "AI", "Import", "Paying");
            }

            @Override
            public Map<UserId, List<?>> figures(TenantId tenant, List<UserId> users) {
                Map<UserId, List<?>> figures = new HashMap<>();
                figures.put(neo.id(), List.of(3, 120, 4_500, 12, true));
                return figures;
            }
        };
        List<List<Object>> rows = new ArrayList<>();
        long written = f.roster.exports().exportUsers(f.adminActor, ExportRequest.of(UserListRequest.members(10)
                .withSort(dev.roster.spi.store.UserSort.EMAIL, false), UserField.EMAIL, UserField.USERNAME, UserField.CREATED_AT)
                .withUsage(usage), new SheetSink() {
                    @Override
                    public void header(List<String> names) {
                        rows.add(List.copyOf(names));
                    }

                    @Override
                    public void row(List<?> values) {
                        rows.add(new ArrayList<>(values));
                    }
                });

        assertThat(written).isEqualTo(2);
        assertThat(rows.get(0)).containsExactly("Email", "Username", "Created", "Agents", "Chats", "AI", "Import", "Paying");
        assertThat(rows.get(2)).containsExactly("neo@paas.example", "neo", neo.createdAt(), 3, 120, 4_500, 12, true);
    }

    @Test
    void deleteIsIrreversibleAndTakesTheUsersContentWithIt() {
        User neo = registered("neo", null, null);
        f.roster.lifecycle().delete(f.adminActor, neo.id());

        assertThat(removedContent).containsExactly("all content of neo");
        assertThat(codeOf(() -> f.roster.lifecycle().restore(f.adminActor, neo.id()))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(f.roster.directory().tabCounts(f.adminActor).recentlyDeleted()).isZero();
        assertThat(f.roster.users().findByEmail(f.adminActor, "neo@paas.example")).isEmpty();
        assertThat(registered("neo", null, null).id()).as("the address is free again").isNotEqualTo(neo.id());
    }

    @Test
    void registrationTrendsCountNewUsersPerPeriodAndByReferralSource() {
        registered("a", "https://blog.example/post", null);
        registered("b", "https://blog.example/other", null);
        f.clock.advance(Duration.ofDays(1));
        registered("c", "https://news.example/", null);

        var trend = f.roster.directory().registrations(f.adminActor, TrendRequest.lastDays(30, LocalDate.of(2026, 3, 3), ZoneOffset.UTC,
                TrendGranularity.DAY));
        assertThat(trend.total()).as("the bootstrapped admin counts too").isEqualTo(4);
        assertThat(f.roster.directory().referralSources(f.adminActor, Fixture.START, f.clock.instant().plusSeconds(1)))
                .contains(new ReferralCount("https://blog.example", 2), new ReferralCount("https://news.example", 1));
    }

    @Test
    void everyUserHasAReferralLinkOfItsOwnAndSignUpsThroughItAreCreditedListedAndCounted() {
        User morpheus = registered("morpheus", null, null);
        String code = morpheus.registration().referralCode();
        assertThat(code).isNotBlank().isNotEqualTo(registered("tank", null, null).registration().referralCode());

        User neo = f.roster.invitees().accept(f.tenant, invite("neo", null).token().reveal(),
                new AcceptCommand(ProfileFields.EMPTY, new RegistrationFields("https://blog.example/", null, code)));
        User trinity = f.roster.invitees().accept(f.tenant, invite("trinity", null).token().reveal(),
                new AcceptCommand(ProfileFields.EMPTY, new RegistrationFields(null, null, " " + code.toLowerCase(java.util.Locale.ROOT) + " ")));
        User smith = f.roster.users().create(f.adminActor, new dev.roster.core.user.CreateUserCommand("smith@paas.example",
                ProfileFields.EMPTY.withDateOfBirth(ADULT), null, null, null, null, null, new RegistrationFields(null, null, code)));

        assertThat(neo.registration().referredBy()).isEqualTo(morpheus.id());
        assertThat(trinity.registration().referredBy()).as("codes are read in any case").isEqualTo(morpheus.id());
        assertThat(usernames(UserListRequest.members(10).withReferredBy(morpheus.id()).withSort(dev.roster.spi.store.UserSort.CREATED, false)))
                .containsExactly("neo", "trinity", null);
        assertThat(f.roster.directory().referralCount(f.adminActor, morpheus.id())).isEqualTo(3);
        assertThat(smith.registration().referredBy()).isEqualTo(morpheus.id());

        f.roster.lifecycle().delete(f.adminActor, morpheus.id());
        InvitationReceipt late = invite("niobe", null);
        assertThat(codeOf(() -> f.roster.invitees().accept(f.tenant, late.token().reveal(), new AcceptCommand(ProfileFields.EMPTY,
                new RegistrationFields(null, null, code))))).as("a removed member's code credits nobody").isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> f.roster.invitees().accept(f.tenant, late.token().reveal(), new AcceptCommand(ProfileFields.EMPTY,
                new RegistrationFields(null, null, "%' OR 1=1 --"))))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(f.roster.invitees().accept(f.tenant, late.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY)).registration()
                .referredBy()).isNull();
    }

    @Test
    void onlyAnAdminSeesWhoReferredWhom() {
        User morpheus = registered("morpheus", null, null);
        assertThat(codeOf(() -> f.roster.directory().referralCount(f.actor(morpheus), morpheus.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.directory().referralCount(f.adminActor, null))).isEqualTo(ErrorCode.VALIDATION_FAILED);
    }
}
