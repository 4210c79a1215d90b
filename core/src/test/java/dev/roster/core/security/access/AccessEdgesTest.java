package dev.roster.core.security.access;

import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roster.core.Roster;
import dev.roster.core.credential.SignInResult.Outcome;
import dev.roster.core.credential.TemporaryPassword;
import dev.roster.core.session.SessionSettings;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Edges a new user could trip on: a refused call costs no hash, a temporary password never becomes
 * the lasting one, a reset always ends the sessions of whoever held the old password, and a missing
 * tenant is a typed error.
 */
class AccessEdgesTest extends AccessFixture {
    @Test
    void aRefusedCreateWithTemporaryPasswordCostsNoHash() {
        User hank = f.member("hank@acme.example", MEMBER);
        int before = hasher.hashes.get();

        ErrorCode code = codeOf(() -> roster.credentials().createWithTemporaryPassword(f.actor(hank),
                CreateUserCommand.of("ivy@acme.example", ProfileFields.named("Ivy", "I"), null, Set.of(MEMBER))));

        assertThat(code).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(hasher.hashes.get() - before).as("a member's refused call took a hashing slot").isZero();
    }

    @Test
    void theTemporaryPasswordCannotBecomeTheLastingOne() {
        User hank = f.member("hank@acme.example", MEMBER);
        TemporaryPassword temporary = roster.credentials().issueTemporaryPassword(f.adminActor, hank.id());

        Throwable t = catchThrowable(() -> roster.credentials().changePassword(f.actor(hank), temporary.reveal(), temporary.reveal()));

        assertThat(t).as("the admin who read the temporary password would know the lasting one").isNotNull();
    }

    @Test
    void endOnPasswordChangeFalseStillEndsSessionsOnAResetByMail() {
        Roster keeping = build(p -> p, SessionSettings.builder().endOnPasswordChange(false).build());
        String attackers = keeping.sessions().signIn(f.tenant, "grace@acme.example", PASSWORD, FROM).session().orElseThrow().token();
        keeping.credentials().requestPasswordReset(f.tenant, "grace@acme.example");
        keeping.outbox().dispatch();
        String token = dev.roster.core.support.Fixture.tokenIn(transport.sent().get(transport.sent().size() - 1));

        keeping.credentials().completePasswordReset(f.tenant, token, NEW); // the owner recovers the account

        assertThat(keeping.sessions().validate(f.tenant, attackers)).as("the attacker's session after the owner's reset").isEmpty();
    }

    @Test
    void aNullTenantIsATypedErrorNamingItAndAnUnknownTenantAnswersAsAKnownOne() {
        assertThat(codeOf(() -> roster.credentials().authenticate(null, "grace@acme.example", PASSWORD, FROM)))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> roster.credentials().requestPasswordReset(null, "grace@acme.example"))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> roster.sessions().signIn(null, "grace@acme.example", PASSWORD, FROM))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        Throwable v = catchThrowable(() -> roster.credentials().requestPasswordReset(TenantId.of("nope"), "grace@acme.example"));
        assertThat(v).as("unknown tenant").isNull();
    }
}
