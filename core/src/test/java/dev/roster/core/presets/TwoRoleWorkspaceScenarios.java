package dev.roster.core.presets;

import static dev.roster.core.presets.TwoRoleWorkspace.ADMIN;
import static dev.roster.core.presets.TwoRoleWorkspace.ADMIN_PANEL;
import static dev.roster.core.presets.TwoRoleWorkspace.USER;
import static dev.roster.core.presets.TwoRoleWorkspace.WORKSPACE;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.importing.ImportOptions;
import dev.roster.core.importing.ImportReport;
import dev.roster.core.importing.RowStatus;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.query.OnboardingKpis;
import dev.roster.core.query.TabCounts;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.Sheets;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.User;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The workspace admin panel's user management (seeds/000), section by section, on {@link TwoRoleWorkspace}. */
class TwoRoleWorkspaceScenarios {
    private final Fixture f = new Fixture(TwoRoleWorkspace.policy());

    private User accepted(String email) {
        InvitationReceipt receipt = f.invite(email);
        return f.roster.invitees().accept(f.tenant, receipt.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY));
    }

    private java.util.List<String> emails(UserListRequest request) {
        return f.roster.directory().listUsers(f.adminActor, request).items().stream().map(u -> u.email().value()).toList();
    }

    @Test
    void theFourOnboardingKpisShowInvitedCompletedPendingAndTheRate() {
        accepted("grace@acme.example");
        f.invite("alan@acme.example");
        f.invite("edsger@acme.example");
        accepted("barbara@acme.example");

        assertThat(f.roster.directory().onboarding(f.adminActor)).isEqualTo(new OnboardingKpis(4, 2, 2, new BigDecimal("50.0")));
    }

    @Test
    void theThreeTabsCountActiveUsersPendingInvitationsAndRecentlyDeleted() {
        User grace = accepted("grace@acme.example");
        accepted("alan@acme.example");
        f.invite("edsger@acme.example");
        f.roster.lifecycle().delete(f.adminActor, grace.id());

        assertThat(f.roster.directory().tabCounts(f.adminActor)).isEqualTo(new TabCounts(2, 1, 1));
        assertThat(emails(UserListRequest.members(10))).containsExactlyInAnyOrder("ada@acme.example", "alan@acme.example");
        assertThat(emails(UserListRequest.recentlyDeleted(10))).containsExactly("grace@acme.example");
    }

    @Test
    void singleImportInvitesOneAddressAndBulkImportInvitesAnExcelFileOfThem() {
        f.invite("single@acme.example");
        ImportReport report = f.roster.imports().apply(f.adminActor, Sheets.of(Sheets.row("Email", "First name"),
                Sheets.row("one@acme.example", "One"), Sheets.row("two@acme.example", "Two"), Sheets.row("single@acme.example", "Again"),
                Sheets.row("not an address", "Bad")), ImportOptions.defaults());

        assertThat(report.count(RowStatus.INVITED)).isEqualTo(2);
        assertThat(report.count(RowStatus.ALREADY_INVITED)).isEqualTo(1);
        assertThat(report.count(RowStatus.INVALID)).isEqualTo(1);
        assertThat(f.roster.directory().tabCounts(f.adminActor).pendingInvitations()).isEqualTo(3);
        User one = f.roster.invitees().accept(f.tenant, Fixture.tokenIn(f.dispatched().stream()
                .filter(m -> m.to().value().equals("one@acme.example")).findFirst().orElseThrow()), AcceptCommand.of(ProfileFields.EMPTY));
        assertThat(one.roles()).as("new users default to the standard role").containsExactly(USER);
    }

    @Test
    void exactlyTwoRolesAndExactlyOneRolePerUserChangedThroughEdit() {
        User grace = accepted("grace@acme.example");
        assertThat(f.roster.policy().roles().keySet()).containsExactlyInAnyOrder(ADMIN, USER);
        assertThat(f.roster.permissions().check(f.tenant, grace.id(), WORKSPACE)).isTrue();
        assertThat(f.roster.permissions().check(f.tenant, grace.id(), ADMIN_PANEL)).isFalse();

        assertThat(codeOf(() -> f.roster.users().changeRoles(f.adminActor, new ChangeRolesCommand(grace.id(), grace.version(),
                Set.of(USER, ADMIN))))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> f.roster.users().changeRoles(f.adminActor, new ChangeRolesCommand(grace.id(), grace.version(),
                Set.of())))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        User promoted = f.roster.users().changeRoles(f.adminActor, new ChangeRolesCommand(grace.id(), grace.version(), Set.of(ADMIN)));
        assertThat(promoted.roles()).containsExactly(ADMIN);
        assertThat(f.roster.permissions().check(f.tenant, grace.id(), ADMIN_PANEL)).isTrue();
    }

    @Test
    void searchLooksWithinTheVisibleTabAndTheRoleFilterNarrowsIt() {
        accepted("alan@acme.example");
        User alma = accepted("alma@acme.example");
        f.roster.users().changeRoles(f.adminActor, new ChangeRolesCommand(alma.id(), alma.version(), Set.of(ADMIN)));
        User albert = accepted("albert@acme.example");
        f.roster.lifecycle().delete(f.adminActor, albert.id());

        assertThat(emails(UserListRequest.members(10).withText("al"))).containsExactlyInAnyOrder("alan@acme.example", "alma@acme.example");
        assertThat(emails(UserListRequest.members(10).withText("al").withRoles(Set.of(ADMIN)))).containsExactly("alma@acme.example");
        assertThat(emails(UserListRequest.recentlyDeleted(10).withText("al"))).containsExactly("albert@acme.example");
    }

    @Test
    void resendingAPendingInvitationSendsANewLinkAndTheOldOneStopsWorking() {
        InvitationReceipt first = f.invite("grace@acme.example");
        InvitationReceipt again = f.roster.invitations().resend(f.adminActor, first.invitation().id());

        assertThat(again.token().reveal()).isNotEqualTo(first.token().reveal());
        assertThat(codeOf(() -> f.roster.invitees().accept(f.tenant, first.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY))))
                .isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(f.roster.invitees().accept(f.tenant, again.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY)).roles())
                .containsExactly(USER);
    }

    @Test
    void deleteEndsAccessAtOnceRestoreBringsThePreviousRoleBackAndPermanentDeleteIsFinal() {
        User grace = accepted("grace@acme.example");
        grace = f.roster.users().changeRoles(f.adminActor, new ChangeRolesCommand(grace.id(), grace.version(), Set.of(ADMIN)));

        f.roster.lifecycle().delete(f.adminActor, grace.id());
        assertThat(f.roster.permissions().check(f.tenant, grace.id(), WORKSPACE)).isFalse();
        assertThat(f.roster.lifecycle().restore(f.adminActor, grace.id()).roles()).containsExactly(ADMIN);
        assertThat(f.roster.permissions().check(f.tenant, grace.id(), ADMIN_PANEL)).isTrue();

        f.roster.lifecycle().delete(f.adminActor, grace.id());
        f.roster.lifecycle().deletePermanently(f.adminActor, grace.id());
        User gone = grace;
        assertThat(codeOf(() -> f.roster.lifecycle().restore(f.adminActor, gone.id()))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(f.roster.directory().tabCounts(f.adminActor).recentlyDeleted()).isZero();
    }

    @Test
    void aDeletedUserIsRemovedWhenTheRetentionWindowEnds() {
        User grace = accepted("grace@acme.example");
        f.roster.lifecycle().delete(f.adminActor, grace.id());
        f.clock.advance(TwoRoleWorkspace.RETENTION.minus(Duration.ofMinutes(1)));
        assertThat(f.roster.lifecycle().purgeExpired(f.tenant, 100)).isZero();
        assertThat(f.roster.lifecycle().restore(f.adminActor, grace.id()).status()).isEqualTo(dev.roster.spi.model.UserStatus.ACTIVE);

        f.roster.lifecycle().delete(f.adminActor, grace.id());
        f.clock.advance(TwoRoleWorkspace.RETENTION);
        assertThat(f.roster.directory().tabCounts(f.adminActor).recentlyDeleted()).as("gone from the tab before the purge runs").isZero();
        assertThat(f.roster.lifecycle().purgeExpired(f.tenant, 100)).isEqualTo(1);
        assertThat(codeOf(() -> f.roster.lifecycle().restore(f.adminActor, grace.id()))).isEqualTo(ErrorCode.NOT_FOUND);
    }
}
