package dev.roster.core.security.access;

import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.credential.SignInResult.Outcome;
import org.junit.jupiter.api.Test;

/**
 * An admin's lock holds "until an admin unlocks it": whoever holds the mailbox gets no reset link
 * for a locked account, and a link asked for before the lock no longer works.
 */
class AdminLockAndResetTest {
    static class Case extends AccessFixture {
    }

    @Test
    void noResetLinkIsMailedForAnAccountAnAdminLocked() {
        Case c = new Case();
        c.roster.credentials().lock(c.f.adminActor, c.grace.id());
        assertThat(c.signIn(AccessFixture.PASSWORD)).isEqualTo(Outcome.REFUSED);

        c.roster.credentials().requestPasswordReset(c.f.tenant, "grace@acme.example");
        assertThat(c.sent()).as("no link for an account an admin locked").isEmpty();

        assertThat(c.signIn(AccessFixture.PASSWORD)).as("locked 'until an admin unlocks it'").isEqualTo(Outcome.REFUSED);
    }

    @Test
    void completingAResetDoesNotLiftAnAdminLock() {
        Case c = new Case();
        String token = c.linkFor("grace@acme.example"); // e.g. held by whoever took over the mailbox
        c.roster.credentials().lock(c.f.adminActor, c.grace.id()); // admin reacts to a suspected takeover

        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> c.roster.credentials().completePasswordReset(c.f.tenant, token, AccessFixture.NEW));

        assertThat(c.signIn(AccessFixture.NEW)).as("locked 'until an admin unlocks it'").isEqualTo(Outcome.REFUSED);
        assertThat(t).as("the reset should be refused for a locked account").isNotNull();
    }
}
