package dev.roster.core.invitation;

import static dev.roster.core.support.TestPolicies.ADMIN;
import static dev.roster.core.support.TestPolicies.API;
import static dev.roster.core.support.TestPolicies.EXPORT;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.core.support.TestPolicies.VIEWER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.adapters.inmemory.RecordingMailTransport;
import dev.roster.core.error.ValidationException;
import dev.roster.core.mail.MailDelivery;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.core.user.SetOverridesCommand;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvitationFlowTest {
    private final Fixture f = new Fixture();

    @Test
    void inviteStoresOnlyTheTokenHashAndMailsTheRawTokenInTheLink() {
        InvitationReceipt receipt = f.roster.invitations().invite(f.adminActor,
                new InviteCommand("Grace@Acme.Example", Set.of(VIEWER), null, Map.of(API, Effect.GRANT), "Welcome!", null));

        Invitation stored = receipt.invitation();
        String raw = receipt.token().reveal();
        assertThat(raw).matches("[A-Za-z0-9_-]{43}");
        assertThat(stored.tokenHash()).doesNotContain(raw).hasSize(64);
        assertThat(stored.toString()).doesNotContain(stored.tokenHash()).doesNotContain(raw);
        assertThat(receipt.token().toString()).doesNotContain(raw);
        assertThat(receipt.toString()).doesNotContain(raw).doesNotContain(stored.tokenHash());
        assertThat(stored.status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(stored.expiresAt()).isEqualTo(Fixture.START.plus(Duration.ofDays(7)));
        assertThat(stored.invitedBy()).isEqualTo(f.admin.id());
        assertThat(receipt.mail()).isEqualTo(MailDelivery.QUEUED);
        assertThat(f.mail.sent()).as("nothing goes out before the outbox sends it").isEmpty();
        f.dispatched();
        var mail = f.mail.lastTo("grace@acme.example").orElseThrow();
        assertThat(mail.text()).contains("token=" + raw).contains("Welcome!");
        assertThat(mail.html()).contains("token&#61;" + raw);
        assertThat(mail.toString()).doesNotContain(raw);
    }

    @Test
    void previewOnlyReadsAndAcceptIsTheExplicitStepThatCreatesTheUser() {
        InvitationReceipt receipt = f.roster.invitations().invite(f.adminActor,
                new InviteCommand("grace@acme.example", Set.of(VIEWER), "bot_admin", Map.of(API, Effect.GRANT), null, null));
        String token = receipt.token().reveal();

        InvitationPreview preview = f.roster.invitees().preview(f.tenant, token);
        f.roster.invitees().preview(f.tenant, token);
        assertThat(preview.status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(preview.details().orElseThrow().inviterName()).isEqualTo("Ada Lovelace");
        assertThat(f.roster.directory().tabCounts(f.adminActor).members()).isEqualTo(1);

        User grace = f.roster.invitees().accept(f.tenant, token, AcceptCommand.of(ProfileFields.named("Grace", "Hopper")));

        assertThat(grace.roles()).containsExactly(VIEWER);
        assertThat(grace.userType()).isEqualTo("bot_admin");
        assertThat(grace.overrides()).containsEntry(API, Effect.GRANT);
        assertThat(grace.profile().displayName()).isEqualTo("Grace Hopper");
        assertThat(f.roster.permissions().check(f.tenant, grace.id(), API)).isTrue();
        Invitation closed = f.roster.invitations().get(f.adminActor, receipt.invitation().id());
        assertThat(closed.status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(closed.resolvedAt()).isEqualTo(Fixture.START);
        assertThat(closed.acceptedUserId()).isEqualTo(grace.id());
    }

    @Test
    void aTokenIsAcceptedOnlyOnce() {
        String token = f.invite("grace@acme.example").token().reveal();
        f.roster.invitees().accept(f.tenant, token, AcceptCommand.of(ProfileFields.EMPTY));

        assertThat(codeOf(() -> f.roster.invitees().accept(f.tenant, token, AcceptCommand.of(ProfileFields.EMPTY))))
                .isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(f.roster.directory().tabCounts(f.adminActor).members()).isEqualTo(2);
    }

    @Test
    void aTokenIsBoundToItsTenant() {
        f.roster.tenants().bootstrap(new TenantBootstrap(TenantId.of("other"), "Other", "o@other.example", ProfileFields.EMPTY, null, null));
        String token = f.invite("grace@acme.example").token().reveal();

        assertThat(codeOf(() -> f.roster.invitees().preview(TenantId.of("other"), token))).isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(codeOf(() -> f.roster.invitees().accept(TenantId.of("other"), token, AcceptCommand.of(ProfileFields.EMPTY))))
                .isEqualTo(ErrorCode.TOKEN_INVALID);
    }

    @Test
    void unknownOrMalformedTokensAreInvalid() {
        assertThat(codeOf(() -> f.roster.invitees().preview(f.tenant, "nope"))).isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(codeOf(() -> f.roster.invitees().preview(f.tenant, "x".repeat(500)))).isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(codeOf(() -> f.roster.invitees().decline(f.tenant, ""))).isEqualTo(ErrorCode.TOKEN_INVALID);
    }

    @Test
    void acceptWhenTokenExpiredThenInvitationExpiredAndNoUserCreated() {
        InvitationReceipt receipt = f.invite("grace@acme.example");
        f.clock.advance(Duration.ofDays(7));

        assertThat(codeOf(() -> f.roster.invitees().accept(f.tenant, receipt.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY))))
                .isEqualTo(ErrorCode.TOKEN_INVALID);
        Invitation stored = f.roster.invitations().get(f.adminActor, receipt.invitation().id());
        assertThat(stored.status()).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(stored.resolvedAt()).isEqualTo(f.clock.instant());
        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.members(10)).items()).hasSize(1);
    }

    @Test
    void invitationsNeverExpireWhenThePolicyHasNoExpiry() {
        Fixture never = new Fixture(TestPolicies.standard().invitationExpiry(null).build());
        InvitationReceipt receipt = never.invite("grace@acme.example");
        assertThat(receipt.invitation().expiresAt()).isNull();
        never.clock.advance(Duration.ofDays(3650));

        User grace = never.roster.invitees().accept(never.tenant, receipt.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY));
        assertThat(grace.status()).isEqualTo(dev.roster.spi.model.UserStatus.ACTIVE);
    }

    @Test
    void resendRotatesTheTokenRenewsTheExpiryAndCountsResends() {
        InvitationReceipt first = f.invite("grace@acme.example");
        f.clock.advance(Duration.ofDays(5));

        InvitationReceipt second = f.roster.invitations().resend(f.adminActor, first.invitation().id());

        assertThat(second.token().reveal()).isNotEqualTo(first.token().reveal());
        assertThat(second.invitation().resendCount()).isEqualTo(1);
        assertThat(second.invitation().expiresAt()).isEqualTo(f.clock.instant().plus(Duration.ofDays(7)));
        assertThat(second.invitation().lastSentAt()).isEqualTo(f.clock.instant());
        assertThat(codeOf(() -> f.roster.invitees().preview(f.tenant, first.token().reveal()))).isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(f.roster.invitees().preview(f.tenant, second.token().reveal()).status()).isEqualTo(InvitationStatus.PENDING);
    }

    @Test
    void resendKeepsTheExpiryWhenThePolicySaysSo() {
        Fixture keep = new Fixture(TestPolicies.standard().renewExpiryOnResend(false).build());
        InvitationReceipt first = keep.invite("grace@acme.example");
        keep.clock.advance(Duration.ofDays(2));

        assertThat(keep.roster.invitations().resend(keep.adminActor, first.invitation().id()).invitation().expiresAt())
                .isEqualTo(first.invitation().expiresAt());
    }

    @Test
    void declineAndRevokeCloseTheInvitationAndItsLink() {
        InvitationReceipt declined = f.invite("grace@acme.example");
        InvitationReceipt revoked = f.invite("alan@acme.example");

        f.roster.invitees().decline(f.tenant, declined.token().reveal());
        f.roster.invitations().revoke(f.adminActor, revoked.invitation().id());

        assertThat(f.roster.invitations().get(f.adminActor, declined.invitation().id()).status()).isEqualTo(InvitationStatus.DECLINED);
        assertThat(f.roster.invitations().get(f.adminActor, revoked.invitation().id()).status()).isEqualTo(InvitationStatus.REVOKED);
        assertThat(codeOf(() -> f.roster.invitees().accept(f.tenant, revoked.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY))))
                .isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(codeOf(() -> f.roster.invitations().resend(f.adminActor, declined.invitation().id())))
                .isEqualTo(ErrorCode.INVALID_TRANSITION);
    }

    @Test
    void onePendingInvitationPerCanonicalEmail() {
        f.invite("grace@acme.example");

        assertThat(codeOf(() -> f.invite("  GRACE@ACME.EXAMPLE "))).isEqualTo(ErrorCode.DUPLICATE_PENDING_INVITATION);
        assertThat(f.roster.directory().tabCounts(f.adminActor).pendingInvitations()).isEqualTo(1);
    }

    @Test
    void anOverdueInvitationIsExpiredAndReplacedByANewOne() {
        InvitationReceipt old = f.invite("grace@acme.example");
        f.clock.advance(Duration.ofDays(8));

        InvitationReceipt fresh = f.invite("grace@acme.example");

        assertThat(f.roster.invitations().get(f.adminActor, old.invitation().id()).status()).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(fresh.invitation().status()).isEqualTo(InvitationStatus.PENDING);
    }

    @Test
    void invitingACurrentMemberFails() {
        assertThat(codeOf(() -> f.invite("ADA@acme.example"))).isEqualTo(ErrorCode.ALREADY_MEMBER);
    }

    @Test
    void permissionFlagsMustBeOverridableForTheInvitedRole() {
        ErrorCode code = codeOf(() -> f.roster.invitations().invite(f.adminActor,
                new InviteCommand("g@acme.example", Set.of(ADMIN), null, Map.of(EXPORT, Effect.DENY), null, null)));
        assertThat(code).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(f.roster.directory().tabCounts(f.adminActor).pendingInvitations()).isZero();
    }

    @Test
    void anActorCannotInviteIntoARoleWithPermissionsItLacks() {
        User manager = f.member("manager@acme.example", MEMBER);
        manager = f.roster.users().setOverrides(f.adminActor,
                new dev.roster.core.user.SetOverridesCommand(manager.id(), manager.version(), Map.of(TestPolicies.MANAGE, Effect.GRANT)));

        var asManager = f.actor(manager);
        assertThat(codeOf(() -> f.roster.invitations().invite(asManager, InviteCommand.of("x@acme.example", ADMIN))))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(f.roster.invitations().invite(asManager, InviteCommand.of("y@acme.example", MEMBER)).invitation().roles())
                .containsExactly(MEMBER);
    }

    @Test
    void minimumAgeIsCheckedAtAcceptance() {
        Fixture adults = new Fixture(TestPolicies.standard().minimumAge(18, true).build());
        String token = adults.invite("kid@acme.example").token().reveal();
        LocalDate today = LocalDate.of(2026, 3, 2);

        RosterException missing = (RosterException) org.assertj.core.api.Assertions.catchThrowable(() ->
                adults.roster.invitees().accept(adults.tenant, token, AcceptCommand.of(ProfileFields.EMPTY)));
        assertThat(missing.getMessage()).contains("profile.dateOfBirth");
        assertThat(codeOf(() -> adults.roster.invitees().accept(adults.tenant, token,
                AcceptCommand.of(ProfileFields.EMPTY.withDateOfBirth(today.minusYears(18).plusDays(1))))))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);

        User adult = adults.roster.invitees().accept(adults.tenant, token,
                AcceptCommand.of(ProfileFields.EMPTY.withDateOfBirth(today.minusYears(18))));
        assertThat(adult.profile().dateOfBirth()).isEqualTo(today.minusYears(18));
    }

    @Test
    void inviteeDetailsFilledByTheInviterAreUsedAtAcceptance() {
        InvitationReceipt receipt = f.roster.invitations().invite(f.adminActor, new InviteCommand("grace@acme.example", null, null, null,
                null, new InviteeFields("Grace", "Hopper", "ghopper", LocalDate.of(1990, 1, 1))));

        User grace = f.roster.invitees().accept(f.tenant, receipt.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY));

        assertThat(grace.profile().username()).isEqualTo("ghopper");
        assertThat(grace.profile().displayName()).isEqualTo("Grace Hopper");
        assertThat(grace.profile().dateOfBirth()).isEqualTo(LocalDate.of(1990, 1, 1));
    }

    @Test
    void anInviteeCannotChooseTheHostsExternalIdAndSoTakeOverAnotherPersonsLogin() {
        f.roster.users().create(f.adminActor, dev.roster.core.user.CreateUserCommand.of("ceo@acme.example", ProfileFields.EMPTY, null, null));
        String token = f.invite("eve@acme.example").token().reveal();
        ProfileFields chosen = new ProfileFields(null, null, null, null, null, null, "okta|00u-ceo", null);

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> f.roster.invitees().accept(f.tenant, token, AcceptCommand.of(chosen)));

        assertThat(refused.violations()).extracting(ValidationException.Violation::path).containsExactly("profile.externalId");
        assertThat(f.roster.users().findByExternalId(f.adminActor, "okta|00u-ceo")).isEmpty();
        assertThat(f.roster.invitees().accept(f.tenant, token, AcceptCommand.of(ProfileFields.EMPTY)).profile().externalId()).isNull();
    }

    @Test
    void whenTheMailServerIsDownTheInvitationStaysAndItsMailGoesOutOnceItIsBack() {
        f.mail.behave(RecordingMailTransport.Behaviour.DOWN);
        InvitationReceipt receipt = f.invite("grace@acme.example");
        assertThat(f.roster.outbox().dispatch().retried()).isEqualTo(1);
        assertThat(f.roster.directory().tabCounts(f.adminActor).pendingInvitations()).isEqualTo(1);

        f.mail.behave(RecordingMailTransport.Behaviour.ACCEPT);
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(f.dispatched()).hasSize(1);
        assertThat(f.dispatched()).hasSize(1);
        assertThat(Fixture.tokenIn(f.mail.sent().get(0))).isEqualTo(receipt.token().reveal());
    }

    @Test
    void expireOverdueMarksOnlyOverdueInvitationsAndIsIdempotent() {
        f.invite("a@acme.example");
        f.clock.advance(Duration.ofDays(3));
        f.invite("b@acme.example");
        f.clock.advance(Duration.ofDays(5));

        assertThat(f.roster.invitations().expireOverdue(f.tenant, 1)).isEqualTo(1);
        assertThat(f.roster.invitations().expireOverdue(f.tenant, 1)).isZero();
        assertThat(f.roster.directory().tabCounts(f.adminActor).pendingInvitations()).isEqualTo(1);
    }
}
