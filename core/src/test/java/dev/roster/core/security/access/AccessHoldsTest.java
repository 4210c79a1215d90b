package dev.roster.core.security.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.Roster;
import dev.roster.core.credential.SignInResult.Outcome;
import dev.roster.core.session.SessionSettings;
import dev.roster.spi.access.SessionStore;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.tck.Race;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Attacks on sessions, reset links and the lockout that Roster withstands. */
class AccessHoldsTest extends AccessFixture {
    @Test
    void parallelSignInsAtARefusingBoundStartAtMostTheBound() throws Exception {
        Roster bounded = build(p -> p, SessionSettings.builder().maxPerUser(2, SessionSettings.WhenFull.REFUSE).build());
        Race.run(8, 40, i -> () -> bounded.sessions().signIn(f.tenant, "grace@acme.example", PASSWORD, FROM));
        assertThat(f.store.read((StoreTransaction tx) -> SessionStore.CAPABILITY.in(tx).ofUser(f.tenant, grace.id()))).hasSize(2);
    }

    @Test
    void sessionEndsAtExactIdleAndLifetimeBoundaries() {
        String token = roster.sessions().signIn(f.tenant, "grace@acme.example", PASSWORD, FROM).session().orElseThrow().token();
        assertThat(roster.sessions().validate(f.tenant, token)).isPresent();
        f.clock.advance(Duration.ofMinutes(30).minusMillis(1));
        assertThat(roster.sessions().validate(f.tenant, token)).isPresent();
        f.clock.advance(Duration.ofMinutes(30));
        assertThat(roster.sessions().validate(f.tenant, token)).isEmpty();
    }

    @Test
    void resetLinkExpiresAtExactlyThirtyMinutesAndCaseVariantsShareTheLockout() {
        String token = linkFor("GRACE@Acme.Example");
        f.clock.advance(Duration.ofMinutes(30));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> roster.credentials().completePasswordReset(f.tenant, token, NEW)))
                .isNotNull();
        for (String spelling : new String[] {"grace@acme.example", "GRACE@ACME.EXAMPLE", "Grace@Acme.Example", "gRaCe@acme.EXAMPLE", "grace@ACME.example"}) {
            roster.credentials().authenticate(f.tenant, spelling, "wrong guess here", FROM);
        }
        assertThat(signIn(PASSWORD)).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void signOutAndSuspensionEndTheCachedSession() {
        String token = roster.sessions().signIn(f.tenant, "grace@acme.example", PASSWORD, FROM).session().orElseThrow().token();
        roster.sessions().validate(f.tenant, token);
        roster.sessions().signOut(f.tenant, token);
        assertThat(roster.sessions().validate(f.tenant, token)).isEmpty();
        String second = roster.sessions().signIn(f.tenant, "grace@acme.example", PASSWORD, FROM).session().orElseThrow().token();
        roster.sessions().validate(f.tenant, second);
        f.roster.lifecycle().suspend(f.adminActor, grace.id());
        f.roster.lifecycle().reactivate(f.adminActor, grace.id());
        assertThat(roster.sessions().validate(f.tenant, second)).isEmpty();
    }
}
