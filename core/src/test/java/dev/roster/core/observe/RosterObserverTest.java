package dev.roster.core.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.inmemory.RecordingMailTransport;
import dev.roster.core.Roster;
import dev.roster.core.credential.PasswordSettings;
import dev.roster.core.credential.SignInContext;
import dev.roster.core.invitation.BatchInviteCommand;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.mail.DispatchReport;
import dev.roster.core.support.FastHasher;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.access.SignInReason;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** What a host's observer hears: each thing once, after it is committed, and a failing observer changes nothing. */
class RosterObserverTest {
    private static final SignInContext FROM = new SignInContext("203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)");
    private static final String PASSWORD = "a long enough password";
    private final Fixture f = new Fixture(TestPolicies.standard().build());
    private final List<String> heard = new ArrayList<>();
    private final List<Runnable> waiting = new ArrayList<>();
    private final RecordingMailTransport transport = new RecordingMailTransport();

    private final RosterObserver recorder = new RosterObserver() {
        @Override
        public void invitationsIssued(TenantId tenant, int count) {
            heard.add("issued " + tenant.value() + " " + count);
        }

        @Override
        public void signInAttempted(TenantId tenant, SignInReason reason) {
            heard.add("sign-in " + reason);
        }

        @Override
        public void lockedOut(TenantId tenant) {
            heard.add("locked out " + tenant.value());
        }

        @Override
        public void mailDispatched(DispatchReport report) {
            heard.add("dispatched " + report.sent());
        }
    };

    private Roster observed(RosterObserver observer, Executor afterHostCommit) {
        return Roster.builder().store(f.store).policy(f.roster.policy()).clock(f.clock).mail(Fixture.mailSettings(transport))
                .invitationLink(Fixture.LINK).passwords(PasswordSettings.builder().hasher(new FastHasher()).requiredAtAcceptance(false).build())
                .observer(observer).afterHostCommit(afterHostCommit).build();
    }

    private User withPassword(Roster roster, User user) {
        String temporary = roster.credentials().issueTemporaryPassword(f.adminActor, user.id()).reveal();
        roster.credentials().changePassword(f.actor(user), temporary, PASSWORD);
        return user;
    }

    @Test
    void itHearsInvitationsSignInsTheLockoutAndTheMailEachOnce() {
        Roster roster = observed(recorder, Runnable::run);
        var one = roster.invitations().invite(f.adminActor, InviteCommand.of("grace@acme.example", null));
        roster.invitations().inviteAll(f.adminActor, BatchInviteCommand.of(List.of("a@acme.example", "b@acme.example", "c@acme.example")));
        roster.invitations().resend(f.adminActor, one.invitation().id());
        assertThat(heard).containsExactly("issued acme 1", "issued acme 3", "issued acme 1");

        heard.clear();
        roster.outbox().dispatch();
        assertThat(heard).containsExactly("dispatched 4"); // the first invitation to grace was cancelled by the resend
        heard.clear();
        roster.outbox().dispatch();
        assertThat(heard).as("a run that handled nothing is not reported").isEmpty();

        User ivy = withPassword(roster, f.member("ivy@acme.example"));
        roster.credentials().authenticate(f.tenant, "ivy@acme.example", PASSWORD, FROM);
        for (int i = 0; i < 6; i++) {
            roster.credentials().authenticate(f.tenant, ivy.email().value(), "not her password", FROM);
        }
        assertThat(heard).containsExactly("sign-in SUCCESS", "sign-in WRONG_PASSWORD", "sign-in WRONG_PASSWORD", "sign-in WRONG_PASSWORD",
                "sign-in WRONG_PASSWORD", "sign-in WRONG_PASSWORD", "locked out acme", "sign-in LOCKED");
    }

    @Test
    void insideAHostTransactionItHearsOnlyOnceThatTransactionCommits() {
        Roster roster = observed(recorder, waiting::add);
        roster.invitations().invite(f.adminActor, InviteCommand.of("grace@acme.example", null));
        assertThat(heard).as("the host has not committed yet").isEmpty();
        waiting.forEach(Runnable::run); // what the host's commit does
        assertThat(heard).containsExactly("issued acme 1");
    }

    @Test
    void anObserverThatFailsChangesNothingOfRostersWork() {
        Roster roster = observed(new RosterObserver() {
            @Override
            public void invitationsIssued(TenantId tenant, int count) {
                throw new IllegalStateException("the metrics backend is down");
            }
        }, Runnable::run);
        var receipt = roster.invitations().invite(f.adminActor, InviteCommand.of("grace@acme.example", null));
        assertThat(roster.invitations().get(f.adminActor, receipt.invitation().id()).email().value()).isEqualTo("grace@acme.example");
    }
}
