package dev.roster.core.credential;

import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.inmemory.RecordingMailTransport;
import dev.roster.core.Roster;
import dev.roster.core.credential.SignInResult.Outcome;
import dev.roster.core.mail.DispatchReport;
import dev.roster.core.session.SessionSettings;
import dev.roster.core.support.FastHasher;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.store.Capability;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.tck.Race;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Self-service reset: the same reply and work whoever asks, a link mailed only to an active user,
 * working once, until it expires, and ending the user's sessions.
 */
class PasswordResetTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW = "a new and longer passphrase";
    private static final SignInContext FROM = new SignInContext("203.0.113.7", "Mozilla/5.0");

    private final Fixture f = new Fixture(TestPolicies.standard().build());
    private final RecordingMailTransport transport = new RecordingMailTransport();
    private final FastHasher hasher = new FastHasher();
    private final AtomicInteger units = new AtomicInteger();
    private final RosterStore counting = new RosterStore() {
        @Override
        public <T> T inTransaction(Function<? super StoreTransaction, ? extends T> work) {
            units.incrementAndGet();
            return f.store.inTransaction(work);
        }

        @Override
        public <T> T read(Function<? super StoreTransaction, ? extends T> work) {
            units.incrementAndGet();
            return f.store.read(work);
        }

        @Override
        public Set<Capability<?>> capabilities() {
            return f.store.capabilities();
        }
    };
    private final Roster roster = Roster.builder().store(counting).policy(f.roster.policy()).clock(f.clock)
            .mail(Fixture.mailSettings(transport)).invitationLink(Fixture.LINK).passwordResetLink("https://app.example/t/{tenant}/reset?token={token}")
            .passwords(PasswordSettings.builder().hasher(hasher).requiredAtAcceptance(false).build()).sessions(SessionSettings.defaults())
            .build();
    private final User grace = withPassword(f.member("grace@acme.example", MEMBER));

    private User withPassword(User user) {
        String temporary = roster.credentials().issueTemporaryPassword(f.adminActor, user.id()).reveal();
        roster.credentials().changePassword(f.actor(user), temporary, PASSWORD);
        return user;
    }

    private List<OutgoingMail> sent() {
        roster.outbox().dispatch();
        return transport.sent();
    }

    private String linkFor(String email) {
        roster.credentials().requestPasswordReset(f.tenant, email);
        List<OutgoingMail> sent = sent();
        return Fixture.tokenIn(sent.get(sent.size() - 1));
    }

    private Outcome signIn(String password) {
        return roster.credentials().authenticate(f.tenant, "grace@acme.example", password, FROM).outcome();
    }

    @Test
    void askingForAnyoneOrNobodyIsOneUnitAndOneQueuedMessageAndOnlyTheActiveUserIsMailed() {
        User hank = withPassword(f.member("hank@acme.example", MEMBER));
        f.roster.lifecycle().suspend(f.adminActor, hank.id());
        int hashes = hasher.hashes.get() + hasher.verifications.get();
        int[] cost = new int[4];
        String[] asked = {"Grace@ACME.example", "nobody@acme.example", "hank@acme.example", "not an address"};
        for (int i = 0; i < asked.length; i++) {
            int before = units.get();
            roster.credentials().requestPasswordReset(f.tenant, asked[i]);
            cost[i] = units.get() - before;
        }
        assertThat(cost).containsOnly(1);
        assertThat(hasher.hashes.get() + hasher.verifications.get()).as("no hash on the request's path").isEqualTo(hashes);

        DispatchReport report = roster.outbox().dispatch();

        assertThat(report.sent() + report.cancelled()).as("one message queued per request").isEqualTo(4);
        assertThat(transport.sent()).hasSize(1);
        OutgoingMail mail = transport.sent().get(0);
        assertThat(mail.to().value()).isEqualTo("grace@acme.example");
        assertThat(mail.text()).contains("https://app.example/t/acme/reset?token=");
        assertThat(f.store.read((StoreTransaction tx) -> CredentialStore.CAPABILITY.in(tx).findReset(f.tenant, hank.id()))).isEmpty();
    }

    @Test
    void theLinkSetsANewPasswordOnceEndsTheSessionsAndLiftsALockout() {
        String session = roster.sessions().signIn(f.tenant, "grace@acme.example", PASSWORD, FROM).session().orElseThrow().token();
        for (int i = 0; i < 5; i++) {
            signIn("guess");
        }
        String token = linkFor("grace@acme.example");

        roster.credentials().completePasswordReset(f.tenant, token, NEW);

        assertThat(signIn(NEW)).isEqualTo(Outcome.SIGNED_IN);
        assertThat(signIn(PASSWORD)).isEqualTo(Outcome.REFUSED);
        assertThat(roster.sessions().validate(f.tenant, session)).isEmpty();
        assertThat(codeOf(() -> roster.credentials().completePasswordReset(f.tenant, token, "yet another passphrase")))
                .isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(signIn(NEW)).as("a reused link changes nothing").isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void anExpiredLinkOfAnotherTenantOrReplacedByANewerOneChangesNothing() {
        String first = linkFor("grace@acme.example");
        f.clock.advance(Duration.ofSeconds(1));
        String second = linkFor("grace@acme.example");
        assertThat(second).isNotEqualTo(first);
        assertThat(codeOf(() -> roster.credentials().completePasswordReset(f.tenant, first, NEW))).isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(codeOf(() -> roster.credentials().completePasswordReset(TenantId.of("globex"), second, NEW)))
                .isEqualTo(ErrorCode.TOKEN_INVALID);
        f.clock.advance(Duration.ofMinutes(30));
        assertThat(codeOf(() -> roster.credentials().completePasswordReset(f.tenant, second, NEW))).isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(signIn(PASSWORD)).isEqualTo(Outcome.SIGNED_IN);
        assertThat(codeOf(() -> roster.credentials().completePasswordReset(f.tenant, null, NEW))).isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(codeOf(() -> roster.credentials().completePasswordReset(f.tenant, "x".repeat(10_000), NEW)))
                .isEqualTo(ErrorCode.TOKEN_INVALID);
    }

    @Test
    void aLinkMailedTooLateIsNotSentAndAWeakPasswordLeavesTheLinkUsable() {
        roster.credentials().requestPasswordReset(f.tenant, "grace@acme.example");
        f.clock.advance(Duration.ofMinutes(31));
        assertThat(sent()).isEmpty();

        String token = linkFor("grace@acme.example");
        assertThat(codeOf(() -> roster.credentials().completePasswordReset(f.tenant, token, "password"))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        roster.credentials().completePasswordReset(f.tenant, token, NEW);
        assertThat(signIn(NEW)).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void fiftyParallelUsesOfOneLinkGiveOneSuccess() throws Exception {
        String token = linkFor("grace@acme.example");

        List<ErrorCode> codes = Race.run(8, 50, i -> () -> {
            roster.credentials().completePasswordReset(f.tenant, token, NEW + " " + i);
            return null;
        });

        assertThat(codes.stream().filter(c -> c == null).count()).isEqualTo(1);
        assertThat(codes).filteredOn(c -> c != null).containsOnly(ErrorCode.TOKEN_INVALID);
        int winner = codes.indexOf(null);
        assertThat(signIn(NEW + " " + winner)).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void withoutAResetLinkThereIsNoResetByMail() {
        Roster plain = Roster.builder().store(f.store).policy(f.roster.policy()).withoutMail()
                .passwords(PasswordSettings.builder().hasher(hasher).build()).build();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> plain.credentials().requestPasswordReset(f.tenant, "grace@acme.example")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("passwordResetLink");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Roster.builder().store(f.store).policy(f.roster.policy())
                .withoutMail().passwordResetLink("https://app.example/reset?token={token}").passwords(PasswordSettings.builder().hasher(hasher)
                        .build()).build())).isInstanceOf(IllegalStateException.class).hasMessageContaining(".mail(");
    }
}
