package dev.roster.core.security.access;

import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.credential.SignInResult.Outcome;
import dev.roster.spi.error.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * An open reset link dies with a password change, an admin's temporary password and a suspension,
 * so whoever got the link (from a compromised mailbox, say) cannot take the account back after the
 * owner or an admin recovered it.
 */
class VoidedResetLinkTest extends AccessFixture {
    @Test
    void aPasswordChangeInvalidatesAnOpenResetLink() {
        String stolen = linkFor("grace@acme.example");
        roster.credentials().changePassword(f.actor(grace), PASSWORD, NEW);

        ErrorCode code = codeOf(() -> roster.credentials().completePasswordReset(f.tenant, stolen, "attacker owns this now"));

        assertThat(code).isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(signIn(NEW)).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void anAdminsTemporaryPasswordInvalidatesAnOpenResetLink() {
        String stolen = linkFor("grace@acme.example");
        roster.credentials().issueTemporaryPassword(f.adminActor, grace.id());

        assertThat(codeOf(() -> roster.credentials().completePasswordReset(f.tenant, stolen, "attacker owns this now")))
                .isEqualTo(ErrorCode.TOKEN_INVALID);
    }

    @Test
    void aSuspensionInvalidatesAnOpenResetLink() {
        String stolen = linkFor("grace@acme.example");
        f.roster.lifecycle().suspend(f.adminActor, grace.id());
        f.roster.lifecycle().reactivate(f.adminActor, grace.id());

        assertThat(codeOf(() -> roster.credentials().completePasswordReset(f.tenant, stolen, "attacker owns this now")))
                .isEqualTo(ErrorCode.TOKEN_INVALID);
    }
}
