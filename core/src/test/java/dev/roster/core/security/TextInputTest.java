package dev.roster.core.security;

import static dev.roster.core.support.TestPolicies.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.core.audit.AuditListRequest;
import dev.roster.core.error.ValidationException;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.query.Directory;
import dev.roster.core.query.InvitationListRequest;
import dev.roster.core.query.TrendGranularity;
import dev.roster.core.query.TrendRequest;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.store.UserSort;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every text that enters goes through one set of rules in core, with a typed error naming the field. */
class TextInputTest {
    private final Fixture f = new Fixture();

    private static ValidationException refused(Runnable call) {
        return catchThrowableOfType(ValidationException.class, call::run);
    }

    private static String paths(ValidationException e) {
        return e.violations().stream().map(ValidationException.Violation::path).sorted().toList().toString();
    }

    private CreateUserCommand create(String email, ProfileFields profile) {
        return CreateUserCommand.of(email, profile, null, null);
    }

    @Test
    void controlCharactersSurrogatesAndOverridesInUserFieldsAreRefusedByFieldAndNothingIsCreated() {
        ValidationException e = refused(() -> f.roster.users().create(f.adminActor, create("ann@acme.example",
                new ProfileFields("Ann\u0000", "Lee\uD800", "evil\u202Etxt", null, null, null, "crm\u200B1", null))));

        assertThat(paths(e)).isEqualTo("[profile.displayName, profile.externalId, profile.firstName, profile.lastName]");
        assertThat(e.violations()).extracting(ValidationException.Violation::message)
                .anyMatch(m -> m.contains("control character")).anyMatch(m -> m.contains("lone surrogate"))
                .anyMatch(m -> m.contains("bidirectional override")).anyMatch(m -> m.contains("invisible"));
        assertThat(f.roster.directory().statCards(f.adminActor).total()).isEqualTo(1);
    }

    @Test
    void attributeKeysAreIdentifiersAndValuesParagraphs() {
        ValidationException e = refused(() -> f.roster.users().create(f.adminActor, new CreateUserCommand("ann@acme.example",
                ProfileFields.EMPTY, null, null, null, null, Map.of("team\u200B", "ok", "notes", "line\u0000"), null)));
        assertThat(e.violations()).hasSize(2);

        User ann = f.roster.users().create(f.adminActor, new CreateUserCommand("ann@acme.example", ProfileFields.EMPTY, null, null,
                null, null, Map.of("notes", "line one\r\nline two\ttabbed"), null));
        assertThat(ann.attributes()).containsEntry("notes", "line one\nline two\ttabbed");
    }

    @Test
    void namesAreStoredInNfcAndTheirComposedFormIsFound() {
        User amelie = f.roster.users().create(f.adminActor, create("amelie@acme.example", ProfileFields.named("Ame\u0301lie", "Poulain")));

        assertThat(amelie.profile().firstName()).isEqualTo("Am\u00E9lie");
        assertThat(amelie.profile().displayName()).isEqualTo("Am\u00E9lie Poulain");
        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.members(10).withText("ame\u0301lie")).items())
                .extracting(User::id).containsExactly(amelie.id());
    }

    @Test
    void aPersonalMessageKeepsItsLineBreaksButNoOtherControlCharacter() {
        InvitationReceipt sent = f.roster.invitations().invite(f.adminActor, new InviteCommand("new@acme.example", null, null, null,
                "Hi!\r\nWelcome aboard.", null));
        assertThat(sent.invitation().message()).isEqualTo("Hi!\nWelcome aboard.");

        assertThat(paths(refused(() -> f.roster.invitations().invite(f.adminActor, new InviteCommand("x@acme.example", null, null, null,
                "Hi\u0000", null))))).isEqualTo("[message]");
    }

    @Test
    void aTenantNameThatCouldReachAMailHeaderIsOneLine() {
        assertThat(paths(refused(() -> f.roster.tenants().bootstrap(new TenantBootstrap(TenantId.of("evil"), "Evil\r\nBcc: all@x.example",
                "boss@evil.example", ProfileFields.EMPTY, null, null))))).isEqualTo("[name]");
        assertThat(paths(refused(() -> f.roster.groups().create(f.adminActor, "group\nname", java.util.Set.of())))).isEqualTo("[name]");
    }

    @Test
    void searchTextIsOneLineSoItNeverSpansTwoFields() {
        f.created("lovelace@acme.example", "Ada", "King", MEMBER);

        assertThat(paths(refused(() -> f.roster.directory().listUsers(f.adminActor, UserListRequest.members(10).withText("king\nlovelace")))))
                .isEqualTo("[text]");
        assertThat(paths(refused(() -> f.roster.directory().listInvitations(f.adminActor,
                new InvitationListRequest(null, "a\u0000", null, 10))))).isEqualTo("[text]");
        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.members(10).withText("kinglovelace")).items()).isEmpty();
    }

    @Test
    void datesAndInstantsOutsideWhatEveryStoreHoldsAreRefusedByField() {
        assertThat(paths(refused(() -> f.roster.users().create(f.adminActor, create("old@acme.example",
                ProfileFields.EMPTY.withDateOfBirth(LocalDate.of(-5000, 1, 1))))))).isEqualTo("[profile.dateOfBirth]");
        assertThat(paths(refused(() -> f.roster.directory().listUsers(f.adminActor,
                UserListRequest.members(10).withRegistration(Instant.MIN, null, null))))).isEqualTo("[registeredFrom]");
        assertThat(paths(refused(() -> f.roster.audit().list(f.adminActor,
                new AuditListRequest(null, Instant.MAX, null, null, null, null, 10))))).isEqualTo("[to]");
        assertThat(paths(refused(() -> f.roster.directory().referralSources(f.adminActor, Instant.MIN, Instant.now()))))
                .isEqualTo("[from]");
    }

    @Test
    void trendRequestsOutOfRangeAreValidationErrors() {
        assertThat(paths(refused(() -> f.roster.directory().registrations(f.adminActor,
                new TrendRequest(LocalDate.MIN, LocalDate.of(2026, 1, 1), ZoneOffset.UTC, TrendGranularity.DAY))))).isEqualTo("[from]");
        assertThat(paths(refused(() -> f.roster.directory().registrations(f.adminActor,
                new TrendRequest(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), ZoneOffset.UTC, TrendGranularity.WEEK)))))
                .isEqualTo("[to]");
        assertThat(f.roster.directory().registrations(f.adminActor, new TrendRequest(LocalDate.of(2016, 1, 1),
                LocalDate.of(2016, 1, 1).plusDays(Directory.MAX_TREND_DAYS - 1), ZoneOffset.UTC, TrendGranularity.WEEK)).points())
                .isNotEmpty();
    }

    @Test
    void forgedCursorsAreValidationErrorsWhateverTheyHold() {
        for (String forged : new String[] {
                "c1|CREATED|d|" + f.admin.id() + "|t99999999999999999:0",
                "c1|CREATED|d|" + f.admin.id() + "|t" + Long.MAX_VALUE + ":0",
                "c1|CREATED|d|" + f.admin.id() + "|t-999999999999:0",
                "c1|CREATED|d|" + f.admin.id() + "|t1:99999999999",
                "c1|NAME|d|" + f.admin.id() + "|sada\u0000",
                "c1|NAME|d|" + f.admin.id() + "|s" + "x".repeat(dev.roster.spi.model.Limits.EMAIL_KEY + 1),
                "c1|CREATED|d|not-a-uuid|t1:0",
                "c1|CREATED|d|" + f.admin.id() + "|x1"}) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
            UserSort sort = forged.contains("|NAME|") ? UserSort.NAME : UserSort.CREATED;
            ValidationException e = refused(() -> f.roster.directory().listUsers(f.adminActor,
                    UserListRequest.members(10).withSort(sort, true).withCursor(cursor)));
            assertThat(e).as(forged).isNotNull();
            assertThat(paths(e)).as(forged).isEqualTo("[cursor]");
        }
        Supplier<String> invitationCursor = () -> Base64.getUrlEncoder().encodeToString("c1|inv|x|t99999999999999:0".getBytes(StandardCharsets.UTF_8));
        assertThat(paths(refused(() -> f.roster.directory().listInvitations(f.adminActor,
                InvitationListRequest.pending(10).withCursor(invitationCursor.get()))))).isEqualTo("[cursor]");
        assertThat(paths(refused(() -> f.roster.audit().list(f.adminActor, AuditListRequest.latest(10)
                .withCursor(Base64.getUrlEncoder().encodeToString("c1|audit|x|t-99999999999999:0".getBytes(StandardCharsets.UTF_8)))))))
                .isEqualTo("[cursor]");
    }
}
