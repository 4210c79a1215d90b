package dev.roster.core.security.access;

import static dev.roster.core.support.TestPolicies.MEMBER;

import dev.roster.adapters.inmemory.RecordingMailTransport;
import dev.roster.core.Roster;
import dev.roster.core.credential.PasswordSettings;
import dev.roster.core.credential.SignInContext;
import dev.roster.core.credential.SignInResult.Outcome;
import dev.roster.core.session.SessionSettings;
import dev.roster.core.support.FastHasher;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.access.SignInAttempt;
import dev.roster.spi.access.SignInQuery;
import dev.roster.spi.access.SignInReason;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.User;
import dev.roster.spi.store.StoreTransaction;
import java.util.List;
import java.util.function.UnaryOperator;

/** A Roster with passwords, sessions and reset by mail on the fixture's store. */
abstract class AccessFixture {
    static final String PASSWORD = "correct horse battery staple";
    static final String NEW = "a new and longer passphrase";
    static final SignInContext FROM = new SignInContext("203.0.113.7", "Mozilla/5.0");

    final Fixture f = new Fixture(TestPolicies.standard().build());
    final RecordingMailTransport transport = new RecordingMailTransport();
    final FastHasher hasher = new FastHasher();
    final Roster roster = build(p -> p, SessionSettings.defaults());
    final User grace = withPassword(f.member("grace@acme.example", MEMBER));

    Roster build(UnaryOperator<PasswordSettings.Builder> passwords, SessionSettings sessions) {
        return Roster.builder().store(f.store).policy(f.roster.policy()).clock(f.clock)
                .mail(Fixture.mailSettings(transport)).invitationLink(Fixture.LINK)
                .passwordResetLink("https://app.example/t/{tenant}/reset?token={token}")
                .passwords(passwords.apply(PasswordSettings.builder().hasher(hasher).requiredAtAcceptance(false)).build())
                .sessions(sessions).build();
    }

    User withPassword(User user) {
        String temporary = roster.credentials().issueTemporaryPassword(f.adminActor, user.id()).reveal();
        roster.credentials().changePassword(f.actor(user), temporary, PASSWORD);
        return user;
    }

    List<OutgoingMail> sent() {
        roster.outbox().dispatch();
        return transport.sent();
    }

    String linkFor(String email) {
        roster.credentials().requestPasswordReset(f.tenant, email);
        List<OutgoingMail> sent = sent();
        return Fixture.tokenIn(sent.get(sent.size() - 1));
    }

    Outcome signIn(String password) {
        return roster.credentials().authenticate(f.tenant, "grace@acme.example", password, FROM).outcome();
    }

    List<SignInAttempt> attempts(int n) {
        return f.store.read((StoreTransaction tx) -> SignInStore.CAPABILITY.in(tx).attempts(SignInQuery.latest(f.tenant, n))).items();
    }

    long count(SignInReason reason, int n) {
        return attempts(n).stream().filter(a -> a.reason() == reason).count();
    }
}
