package dev.roster.core.presets;

import static dev.roster.core.presets.ExpiringInvitationsOrganization.ADMIN;
import static dev.roster.core.presets.ExpiringInvitationsOrganization.EDIT;
import static dev.roster.core.presets.ExpiringInvitationsOrganization.EDITOR;
import static dev.roster.core.presets.ExpiringInvitationsOrganization.INVITATION_EXPIRY;
import static dev.roster.core.presets.ExpiringInvitationsOrganization.MEMBER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.credential.SignInContext;
import dev.roster.core.credential.SignInResult.Outcome;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.query.InvitationListRequest;
import dev.roster.core.query.PeopleListRequest;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.session.SessionSignIn;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestStoreFactory;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.access.Session;
import dev.roster.spi.access.SignInAttempt;
import dev.roster.spi.access.SignInQuery;
import dev.roster.spi.access.SignInReason;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.UserSort;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The organization console's users, invitations, sessions and login attempts (seeds/003) on {@link ExpiringInvitationsOrganization}. */
class ExpiringInvitationsOrganizationScenarios {
    private static final String PASSWORD = "a password of one's own";
    private static final SignInContext LAPTOP = new SignInContext("203.0.113.9",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15");
    private final Fixture f = new Fixture(ExpiringInvitationsOrganization.policy(), TestStoreFactory.freshStore(), LifecycleHooks.NONE, true);

    private User member(String email) {
        InvitationReceipt receipt = f.invite(email);
        return f.roster.credentials().acceptWithPassword(f.tenant, receipt.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY), PASSWORD);
    }

    private InvitationStatus statusOf(InvitationReceipt receipt) {
        return f.roster.invitations().get(f.adminActor, receipt.invitation().id()).statusAt(f.clock.instant());
    }

    @Test
    void anInvitationCarriesEmailRoleMessageAndExpiryAndMailsThemToTheInvitee() {
        InvitationReceipt receipt = f.roster.invitations().invite(f.adminActor, new InviteCommand("new@org.example", Set.of(EDITOR), null,
                null, "Welcome to the docs team!", null));

        assertThat(receipt.invitation().roles()).containsExactly(EDITOR);
        assertThat(receipt.invitation().expiresAt()).isEqualTo(f.clock.instant().plus(INVITATION_EXPIRY));
        OutgoingMail mail = f.dispatched().stream().filter(m -> m.to().value().equals("new@org.example")).findFirst().orElseThrow();
        assertThat(mail.text()).contains("Welcome to the docs team!");
        User joined = f.roster.credentials().acceptWithPassword(f.tenant, Fixture.tokenIn(mail), AcceptCommand.of(ProfileFields.EMPTY), PASSWORD);
        assertThat(joined.roles()).containsExactly(EDITOR);
    }

    @Test
    void everyInvitationStatusPendingAcceptedDeclinedExpiredCancelledIsShownAndFiltered() {
        InvitationReceipt pending = f.invite("p@org.example");
        InvitationReceipt accepted = f.invite("a@org.example");
        InvitationReceipt declined = f.invite("d@org.example");
        InvitationReceipt cancelled = f.invite("c@org.example");
        f.roster.credentials().acceptWithPassword(f.tenant, accepted.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY), PASSWORD);
        f.roster.invitees().decline(f.tenant, declined.token().reveal());
        f.roster.invitations().revoke(f.adminActor, cancelled.invitation().id());
        f.clock.advance(Duration.ofDays(3));
        InvitationReceipt fresh = f.invite("f@org.example");
        f.clock.advance(INVITATION_EXPIRY.minus(Duration.ofDays(1)));

        assertThat(List.of(pending, accepted, declined, cancelled, fresh)).extracting(this::statusOf).containsExactly(InvitationStatus.EXPIRED,
                InvitationStatus.ACCEPTED, InvitationStatus.DECLINED, InvitationStatus.REVOKED, InvitationStatus.PENDING);
        assertThat(f.roster.directory().listInvitations(f.adminActor, InvitationListRequest.pending(10)).items())
                .extracting(i -> i.email().value()).containsExactly("f@org.example");
        assertThat(codeOf(() -> f.roster.credentials().acceptWithPassword(f.tenant, pending.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY),
                PASSWORD)))
                .as("an expired link says no more than any unusable one").isEqualTo(ErrorCode.TOKEN_INVALID);
    }

    @Test
    void resendingAPendingInvitationStartsTheWeekOverWithTheSameRoleAndMessage() {
        InvitationReceipt first = f.roster.invitations().invite(f.adminActor, new InviteCommand("late@org.example", Set.of(EDITOR), null, null,
                "See you Monday", null));
        f.clock.advance(Duration.ofDays(6));
        InvitationReceipt again = f.roster.invitations().resend(f.adminActor, first.invitation().id());
        f.clock.advance(Duration.ofDays(6));

        assertThat(again.invitation().expiresAt()).isEqualTo(Fixture.START.plus(Duration.ofDays(6)).plus(INVITATION_EXPIRY));
        assertThat(again.invitation().message()).isEqualTo("See you Monday");
        assertThat(f.roster.credentials().acceptWithPassword(f.tenant, again.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY), PASSWORD)
                .roles())
                .containsExactly(EDITOR);
    }

    @Test
    void theUsersListShowsActiveAndInactiveAndFiltersByStatusRoleAndText() {
        User grace = member("grace@org.example");
        User alan = member("alan@org.example");
        f.roster.users().changeRoles(f.adminActor, new ChangeRolesCommand(alan.id(), alan.version(), Set.of(EDITOR, MEMBER)));
        f.roster.lifecycle().suspend(f.adminActor, grace.id());

        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.all(10).withStatuses(Set.of(UserStatus.SUSPENDED))).items())
                .extracting(User::id).containsExactly(grace.id());
        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.all(10).withRoles(Set.of(EDITOR))).items())
                .extracting(User::id).containsExactly(alan.id());
        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.all(10).withText("alan")).items().get(0).roles())
                .containsExactlyInAnyOrder(EDITOR, MEMBER);
        assertThat(f.roster.permissions().check(f.tenant, alan.id(), EDIT)).as("a role change takes effect once saved").isTrue();
    }

    /** "Status: Active, Inactive, or Pending", one filter over all three; "User shows as Pending? They haven't accepted yet." */
    @Test
    void theUsersListShowsPendingInviteesBesideMembersUnderOneStatusFilter() {
        User grace = member("grace@org.example");
        f.roster.lifecycle().suspend(f.adminActor, grace.id());
        f.roster.invitations().invite(f.adminActor, new InviteCommand("alan@org.example", Set.of(EDITOR), null, null, null, null));
        InvitationReceipt late = f.invite("late@org.example");
        f.clock.advance(INVITATION_EXPIRY.plusMinutes(1));
        f.invite("new@org.example");

        PeopleListRequest byEmail = PeopleListRequest.everyone(20).withSort(UserSort.EMAIL, false);
        assertThat(f.roster.directory().listPeople(f.adminActor, byEmail).items()).extracting(p -> p.email().canonical() + " " + p.status())
                .as("an expired invitation is no longer pending").doesNotContain("late@org.example PENDING")
                .contains("grace@org.example SUSPENDED", "new@org.example PENDING");
        assertThat(f.roster.directory().listPeople(f.adminActor, byEmail.withStatuses(Set.of(PersonStatus.PENDING))).items())
                .extracting(p -> p.email().canonical()).containsExactly("new@org.example");
        assertThat(f.roster.directory().listPeople(f.adminActor, byEmail.withStatuses(Set.of(PersonStatus.SUSPENDED))).items())
                .extracting(p -> p.email().canonical()).containsExactly("grace@org.example");
        assertThat(statusOf(late)).isEqualTo(InvitationStatus.EXPIRED);
        InvitationReceipt again = f.roster.invitations().invite(f.adminActor, new InviteCommand("editor@org.example", Set.of(EDITOR), null, null,
                null, null));
        assertThat(f.roster.directory().listPeople(f.adminActor, byEmail.withRoles(Set.of(EDITOR))).items())
                .extracting(p -> p.email().canonical() + " " + p.status()).containsExactly("editor@org.example PENDING");
        assertThat(f.roster.directory().peopleCounts(f.adminActor).of(PersonStatus.PENDING)).isEqualTo(2);
        assertThat(again.invitation().roles()).containsExactly(EDITOR);
    }

    @Test
    void deactivatingAUserEndsItsSessionsAndRefusesItsSignIns() {
        User grace = member("grace@org.example");
        SessionSignIn signedIn = f.roster.sessions().signIn(f.tenant, "grace@org.example", PASSWORD, LAPTOP);
        f.roster.lifecycle().suspend(f.adminActor, grace.id());

        assertThat(f.roster.sessions().validate(f.tenant, signedIn.session().orElseThrow().token())).isEmpty();
        assertThat(f.roster.sessions().signIn(f.tenant, "grace@org.example", PASSWORD, LAPTOP).outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void sessionsShowDeviceAddressStartAndLastActivityAndARevokedOneEndsAtTheNextRequest() {
        User grace = member("grace@org.example");
        String phone = f.roster.sessions().signIn(f.tenant, "grace@org.example", PASSWORD, new SignInContext("198.51.100.20",
                "Mozilla/5.0 (Linux; Android 14) Chrome/126.0 Mobile")).session().orElseThrow().token();
        f.clock.advance(Duration.ofMinutes(5));
        String laptop = f.roster.sessions().signIn(f.tenant, "grace@org.example", PASSWORD, LAPTOP).session().orElseThrow().token();
        f.clock.advance(Duration.ofMinutes(5));
        f.roster.sessions().validate(f.tenant, laptop);

        List<Session> sessions = f.roster.sessions().sessionsOf(f.adminActor, grace.id());
        assertThat(sessions).hasSize(2);
        Session onLaptop = sessions.stream().filter(s -> s.ip().equals("203.0.113.9")).findFirst().orElseThrow();
        assertThat(onLaptop.browser()).isEqualTo("Safari");
        assertThat(onLaptop.os()).isEqualTo("macOS");
        assertThat(onLaptop.startedAt()).isEqualTo(Fixture.START.plus(Duration.ofMinutes(5)));
        assertThat(onLaptop.lastActiveAt()).isAfterOrEqualTo(onLaptop.startedAt());

        f.roster.sessions().end(f.adminActor, onLaptop.id());
        assertThat(f.roster.sessions().validate(f.tenant, laptop)).isEmpty();
        assertThat(f.roster.sessions().validate(f.tenant, phone)).isPresent();
    }

    @Test
    void loginAttemptsShowTimeAddressSuccessOrFailureAndTheReason() {
        member("grace@org.example");
        f.roster.sessions().signIn(f.tenant, "grace@org.example", "not it", LAPTOP);
        f.clock.advance(Duration.ofSeconds(30));
        f.roster.sessions().signIn(f.tenant, "grace@org.example", PASSWORD, LAPTOP);
        f.clock.advance(Duration.ofSeconds(30));
        f.roster.sessions().signIn(f.tenant, "nobody@org.example", PASSWORD, LAPTOP);

        List<SignInAttempt> attempts = f.roster.credentials().signInAttempts(f.adminActor, SignInQuery.latest(f.tenant, 10)).items();
        assertThat(attempts).extracting(SignInAttempt::reason).containsExactly(SignInReason.UNKNOWN_ACCOUNT, SignInReason.SUCCESS,
                SignInReason.WRONG_PASSWORD);
        assertThat(attempts).extracting(SignInAttempt::succeeded).containsExactly(false, true, false);
        assertThat(attempts).extracting(SignInAttempt::ip).containsOnly("203.0.113.9");
        assertThat(attempts.get(2).at()).isEqualTo(Fixture.START);
    }

    @Test
    void onlyAnAdminSeesSessionsAndLoginAttempts() {
        User grace = member("grace@org.example");
        assertThat(codeOf(() -> f.roster.sessions().sessionsOf(f.actor(grace), f.admin.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.credentials().signInAttempts(f.actor(grace), SignInQuery.latest(f.tenant, 10))))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(f.roster.permissions().check(f.tenant, f.admin.id(), ExpiringInvitationsOrganization.MANAGE_USERS)).isTrue();
        assertThat(f.roster.users().get(f.adminActor, f.admin.id()).roles()).contains(ADMIN);
    }
}
