package dev.roster.core.security.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roster.core.Roster;
import dev.roster.core.credential.SignInContext;
import dev.roster.core.credential.SignInResult.Outcome;
import dev.roster.core.session.SessionSettings;
import dev.roster.core.support.Fixture;
import dev.roster.core.user.EditProfileCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.access.LockoutState;
import dev.roster.spi.access.SignInReason;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.User;
import dev.roster.spi.store.StoreTransaction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Races and edges around sign-in and reset links: a sign-in judged again after its hash, links that
 * die with an address change, a suspension or a lock (queued ones too), wrong current passwords that
 * count as guesses, and client addresses that cannot escape the budget by their spelling.
 */
class AccessRacesTest extends AccessFixture {
    LockoutState lockout() {
        return f.store.read((StoreTransaction tx) -> SignInStore.CAPABILITY.in(tx).lockout(f.tenant, grace.id()));
    }


    @Test
    void aPlainSignInIsRefusedForAUserSuspendedWhileItsPasswordWasBeingVerified() {
        hasher.onNextVerify = () -> f.roster.lifecycle().suspend(f.adminActor, grace.id());

        Outcome outcome = roster.credentials().authenticate(f.tenant, "grace@acme.example", PASSWORD, FROM).outcome();

        assertThat(f.roster.users().get(f.adminActor, grace.id()).status().name()).isEqualTo("SUSPENDED");
        assertThat(outcome).as("a user suspended during the hash must not be told SIGNED_IN").isEqualTo(Outcome.REFUSED);
    }

    @Test
    void aPlainSignInIsRefusedForAnOldPasswordReplacedWhileItWasBeingVerified() {
        // The admin resets the password (e.g. because it leaked) while the attacker's guess with the old one is hashed.
        hasher.onNextVerify = () -> roster.credentials().issueTemporaryPassword(f.adminActor, grace.id());

        Outcome outcome = roster.credentials().authenticate(f.tenant, "grace@acme.example", PASSWORD, FROM).outcome();

        assertThat(outcome).as("the old password no longer holds once the admin's reset committed").isEqualTo(Outcome.REFUSED);
    }

    @Test
    void aSessionSignInIsRefusedInTheSameRace() { // control: the session path re-checks under the tenant lock
        hasher.onNextVerify = () -> f.roster.lifecycle().suspend(f.adminActor, grace.id());
        assertThat(roster.sessions().signIn(f.tenant, "grace@acme.example", PASSWORD, FROM).session()).isEmpty();
    }


    @Test
    void aResetLinkMailedToTheOldAddressDiesWithTheAddressChange() {
        roster.credentials().requestPasswordReset(f.tenant, "grace@acme.example");
        List<OutgoingMail> mails = sent();
        assertThat(mails.get(mails.size() - 1).to().value()).isEqualTo("grace@acme.example");
        String token = Fixture.tokenIn(mails.get(mails.size() - 1)); // held by whoever reads the old mailbox

        // The admin moves Grace to a new address (the old mailbox was lost, or is no longer hers).
        User current = f.roster.users().get(f.adminActor, grace.id());
        f.roster.users().editProfile(f.adminActor, new EditProfileCommand(grace.id(), current.version(), "grace.new@acme.example",
                ProfileFields.named("Grace", "Hopper"), null));

        Throwable t = catchThrowable(() -> roster.credentials().completePasswordReset(f.tenant, token, NEW));

        assertThat(t).as("a link mailed to an address the account no longer has should be void").isNotNull();
    }


    @Test
    void aResetRequestedBeforeASuspensionIsNotSentAfterTheReactivation() {
        roster.credentials().requestPasswordReset(f.tenant, "grace@acme.example"); // queued, not yet dispatched
        f.roster.lifecycle().suspend(f.adminActor, grace.id());
        f.roster.lifecycle().reactivate(f.adminActor, grace.id());

        List<OutgoingMail> mails = sent();
        Throwable t = mails.isEmpty() ? new IllegalStateException("not mailed")
                : catchThrowable(() -> roster.credentials().completePasswordReset(f.tenant, Fixture.tokenIn(mails.get(0)), NEW));

        assertThat(t).as("README: a suspension voids the reset link").isNotNull();
    }

    @Test
    void aResetRequestedBeforeAnAdminLockIsNotSentAfterTheUnlock() {
        roster.credentials().requestPasswordReset(f.tenant, "grace@acme.example"); // queued, not yet dispatched
        roster.credentials().lock(f.adminActor, grace.id());
        roster.credentials().unlock(f.adminActor, grace.id());

        List<OutgoingMail> mails = sent();
        Throwable t = mails.isEmpty() ? new IllegalStateException("not mailed")
                : catchThrowable(() -> roster.credentials().completePasswordReset(f.tenant, Fixture.tokenIn(mails.get(0)), NEW));

        assertThat(t).as("README: an admin's lock voids the reset link").isNotNull();
    }


    @Test
    void wrongCurrentPasswordsAreRecordedAndLockTheAccountAsWrongSignInsDo() {
        int before = f.store.read((StoreTransaction tx) -> SignInStore.CAPABILITY.in(tx)
                .attempts(dev.roster.spi.access.SignInQuery.latest(f.tenant, 500))).items().size();
        for (int i = 0; i < 50; i++) {
            String guess = "guess number " + i + " xyz";
            catchThrowable(() -> roster.credentials().changePassword(f.actor(grace), guess, NEW));
        }
        int after = f.store.read((StoreTransaction tx) -> SignInStore.CAPABILITY.in(tx)
                .attempts(dev.roster.spi.access.SignInQuery.latest(f.tenant, 500))).items().size();

        Throwable right = catchThrowable(() -> roster.credentials().changePassword(f.actor(grace), PASSWORD, NEW));
        assertThat(right == null && !lockout().lockedAt(f.clock.instant()))
                .as("50 wrong current passwords should lock or throttle, as 5 wrong sign-ins do").isFalse();
    }


    @Test
    void spellingsOfOneAddressAndUnreadableOnesShareABudgetInsteadOfEscapingIt() {
        Roster budgeted = build(p -> p.addressBudget(3, Duration.ofMinutes(15)), SessionSettings.defaults());
        List<String> spellings = List.of("010.1.1.1", " 203.0.113.7", "203.0.113.7 ", "fe80::1%eth0", "203.0.113.7, 10.0.0.1");
        StringBuilder report = new StringBuilder();
        int n = 0;
        for (String ip : spellings) {
            int throttledBefore = throttled();
            for (int i = 0; i < 10; i++) {
                budgeted.credentials().authenticate(f.tenant, "nobody" + (n++) + "@acme.example", "Summer2026!", new SignInContext(ip, "x"));
            }
            report.append('[').append(ip).append("] throttled ").append(throttled() - throttledBefore).append("/10; ");
        }
        assertThat(throttled()).as("10 guesses from each spelling with a budget of 3: " + report).isGreaterThanOrEqualTo(7 * spellings.size());
    }

    private int throttled() {
        return (int) f.store.read((StoreTransaction tx) -> SignInStore.CAPABILITY.in(tx)
                .attempts(dev.roster.spi.access.SignInQuery.latest(f.tenant, 500))).items().stream()
                .filter(a -> a.reason() == SignInReason.ADDRESS_THROTTLED).count();
    }
}
