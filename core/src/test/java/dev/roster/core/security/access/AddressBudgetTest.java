package dev.roster.core.security.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.Roster;
import dev.roster.core.credential.SignInContext;
import dev.roster.core.credential.SignInResult.Outcome;
import dev.roster.core.session.SessionSettings;
import dev.roster.spi.access.SignInReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-address budget counts one address however it is spelt (case, zeros, a port) and one IPv6
 * /64 as one sprayer; attempts it refused do not count, so an address gets out once its guesses age
 * out, even if the real user behind it kept trying.
 */
class AddressBudgetTest extends AccessFixture {
    private final Roster budgeted = build(p -> p.addressBudget(3, Duration.ofMinutes(15)), SessionSettings.defaults());

    private int sprayed;

    /** A spray guess against an account nobody has (so no account's lockout interferes). */
    private void spray(String ip) {
        budgeted.credentials().authenticate(f.tenant, "user" + (sprayed++) + "@acme.example", "Summer2026!", new SignInContext(ip, "spray/1.0"));
    }

    private long judged() {
        return attempts(200).stream().filter(a -> a.reason() != SignInReason.ADDRESS_THROTTLED).count();
    }

    private Outcome from(String ip, String password) {
        return budgeted.credentials().authenticate(f.tenant, "grace@acme.example", password, new SignInContext(ip, "spray/1.0")).outcome();
    }

    @Test
    void spellingsOfOneAddressShareOneBudget() {
        List<String> oneAddress = List.of("2001:db8::1", "2001:DB8::1", "2001:db8:0:0:0:0:0:1", "2001:0db8::0001", "2001:db8::0:1",
                "2001:0DB8:0000:0000:0000:0000:0000:0001");
        for (String ip : oneAddress) {
            for (int i = 0; i < 3; i++) {
                spray(ip);
            }
        }
        assertThat(judged()).as("guesses judged from one address with a budget of 3").isLessThanOrEqualTo(3);
    }

    @Test
    void anIpv4AddressWithAnyPortIsOneBudget() {
        for (int port = 40000; port < 40010; port++) {
            spray("198.51.100.9:" + port);
        }
        System.out.println("10 ports: " + judged() + " judged; recorded ip " + attempts(1).get(0).ip());
        assertThat(judged()).isLessThanOrEqualTo(3);
    }

    @Test
    void oneIpv6SlashSixtyFourIsOneSprayer() {
        for (int host = 1; host <= 10; host++) {
            spray("2001:db8:1:2::" + Integer.toHexString(host));
        }
        assertThat(judged()).as("ten guesses from one /64").isLessThanOrEqualTo(3);
    }

    @Test
    void aThrottledAddressGetsOutOnceItsFailuresAgeOutEvenIfItKeptTrying() {
        for (int i = 0; i < 3; i++) {
            spray("198.51.100.9");
        }
        // The real user behind the address retries every 5 minutes with the right password.
        for (int i = 0; i < 6; i++) {
            f.clock.advance(Duration.ofMinutes(5));
            from("198.51.100.9", PASSWORD);
        }
        f.clock.advance(Duration.ofMinutes(1));
        // 31 minutes after the last real failure, twice the window:
        assertThat(from("198.51.100.9", PASSWORD)).isEqualTo(Outcome.SIGNED_IN);
    }
}
