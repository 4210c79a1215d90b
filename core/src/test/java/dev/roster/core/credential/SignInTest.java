package dev.roster.core.credential;

import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.Roster;
import dev.roster.core.credential.SignInResult.Outcome;
import dev.roster.core.support.FastHasher;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.access.Credential;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.access.SignInAttempt;
import dev.roster.spi.access.SignInQuery;
import dev.roster.spi.access.SignInReason;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.store.StoreTransaction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sign-in: one refusal for every reason, the real reason recorded, lockout, temporary passwords, last sign-in. */
class SignInTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final SignInContext FROM = new SignInContext("203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)");

    private final Fixture f = new Fixture(TestPolicies.standard().build());
    private final FastHasher hasher = new FastHasher();
    private final Roster roster = Roster.builder().store(f.store).policy(f.roster.policy()).clock(f.clock).withoutMail()
            .passwords(PasswordSettings.builder().hasher(hasher).requiredAtAcceptance(false).build()).build();
    private final User grace = withPassword(f.member("grace@acme.example", MEMBER));

    private User withPassword(User user) {
        String temporary = roster.credentials().issueTemporaryPassword(f.adminActor, user.id()).reveal();
        roster.credentials().changePassword(f.actor(user), temporary, PASSWORD);
        return user;
    }

    private SignInResult signIn(String identifier, String password) {
        return roster.credentials().authenticate(f.tenant, identifier, password, FROM);
    }

    private List<SignInReason> reasons() {
        return f.store.read((StoreTransaction tx) -> SignInStore.CAPABILITY.in(tx).attempts(SignInQuery.latest(f.tenant, 100))).items()
                .stream().map(SignInAttempt::reason).toList();
    }

    @Test
    void theRightPasswordSignsInAndStampsTheLastSignInWithoutTouchingTheUsersVersion() {
        long version = f.roster.users().get(f.adminActor, grace.id()).version();

        SignInResult result = signIn("Grace@ACME.example", PASSWORD);

        assertThat(result.outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(result.user()).hasValueSatisfying(u -> assertThat(u.id()).isEqualTo(grace.id()));
        assertThat(f.store.read((StoreTransaction tx) -> SignInStore.CAPABILITY.in(tx).lastSignIn(f.tenant, grace.id()))).contains(f.clock.instant());
        User after = f.roster.users().get(f.adminActor, grace.id());
        assertThat(after.version()).as("an admin's open edit stays valid").isEqualTo(version);
        assertThat(after.lastLoginAt()).as("the user list shows it").isEqualTo(f.clock.instant());
        SignInAttempt attempt = f.store.read((StoreTransaction tx) -> SignInStore.CAPABILITY.in(tx).attempts(SignInQuery.latest(f.tenant, 1)))
                .items().get(0);
        assertThat(attempt.ip()).isEqualTo("203.0.113.7");
        assertThat(attempt.userAgent()).startsWith("Mozilla/5.0");
    }

    @Test
    void everyRefusalLooksTheSameWhileTheRecordKeepsTheRealReason() {
        User hank = withPassword(f.member("hank@acme.example", MEMBER));
        f.roster.lifecycle().suspend(f.adminActor, hank.id());
        User ivy = withPassword(f.member("ivy@acme.example", MEMBER));
        for (int i = 0; i < 5; i++) {
            signIn("ivy@acme.example", "not her password");
        }
        int verifications = hasher.verifications.get();
        int hashes = hasher.hashes.get();

        List<SignInResult> refusals = List.of(signIn("nobody@acme.example", PASSWORD), signIn("grace@acme.example", "wrong password!"),
                signIn("hank@acme.example", PASSWORD), signIn("ivy@acme.example", PASSWORD));

        assertThat(refusals).containsOnly(SignInResult.refused());
        assertThat(hasher.verifications.get() - verifications).as("one hash each, the unknown account too").isEqualTo(4);
        assertThat(hasher.hashes.get() - hashes).as("and no hash is made for an unknown account, even the first").isZero();
        assertThat(reasons().subList(0, 4)).containsExactly(SignInReason.LOCKED, SignInReason.SUSPENDED, SignInReason.WRONG_PASSWORD,
                SignInReason.UNKNOWN_ACCOUNT);
        assertThat(roster.credentials().authenticate(TenantId.of("nowhere"), "grace@acme.example", PASSWORD, FROM))
                .isEqualTo(SignInResult.refused());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForThirtySecondsWhateverTheSpellingOfTheAddress() {
        for (String spelling : new String[] {"grace@acme.example", "GRACE@acme.example", "Grace@Acme.Example", "grace@ACME.EXAMPLE",
                "grace@acme.example"}) {
            assertThat(signIn(spelling, "guess").outcome()).isEqualTo(Outcome.REFUSED);
        }
        assertThat(signIn("grace@acme.example", PASSWORD).outcome()).as("locked").isEqualTo(Outcome.REFUSED);
        f.clock.advance(Duration.ofSeconds(30));
        assertThat(signIn("grace@acme.example", PASSWORD).outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(reasons().subList(0, 2)).containsExactly(SignInReason.SUCCESS, SignInReason.LOCKED);
    }

    @Test
    void aTemporaryPasswordOnlyLetsItsHolderSetANewOneAndAnExpiredOneNothing() {
        User hank = f.member("hank@acme.example", MEMBER);
        String temporary = roster.credentials().issueTemporaryPassword(f.adminActor, hank.id()).reveal();

        assertThat(signIn("hank@acme.example", temporary).outcome()).isEqualTo(Outcome.MUST_CHANGE_PASSWORD);
        f.clock.advance(Duration.ofDays(3));
        assertThat(signIn("hank@acme.example", temporary).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(reasons().get(0)).isEqualTo(SignInReason.PASSWORD_EXPIRED);
    }

    @Test
    void aHashMadeWithOlderParametersIsReplacedAtTheNextSignIn() {
        String before = f.store.read((StoreTransaction tx) -> CredentialStore.CAPABILITY.in(tx).find(f.tenant, grace.id())).orElseThrow()
                .passwordHash();
        hasher.rehashEverything = true;

        assertThat(signIn("grace@acme.example", PASSWORD).outcome()).isEqualTo(Outcome.SIGNED_IN);

        Credential after = f.store.read((StoreTransaction tx) -> CredentialStore.CAPABILITY.in(tx).find(f.tenant, grace.id())).orElseThrow();
        assertThat(after.passwordHash()).isNotEqualTo(before);
        assertThat(hasher.verify(PASSWORD, after.passwordHash())).isTrue();
    }

    @Test
    void anAdminSeesTheAttemptsAndUnlocksAnAccountWhichAMemberCannot() {
        for (int i = 0; i < 5; i++) {
            signIn("grace@acme.example", "guess");
        }
        assertThat(signIn("grace@acme.example", PASSWORD).outcome()).isEqualTo(Outcome.REFUSED);
        User hank = f.member("hank@acme.example", MEMBER);

        assertThat(codeOf(() -> roster.credentials().unlock(f.actor(hank), grace.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> roster.credentials().signInAttempts(f.actor(hank), SignInQuery.latest(f.tenant, 10))))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> roster.credentials().signInAttempts(f.adminActor, SignInQuery.latest(TenantId.of("globex"), 10))))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        roster.credentials().unlock(f.adminActor, grace.id());

        assertThat(signIn("grace@acme.example", PASSWORD).outcome()).isEqualTo(Outcome.SIGNED_IN);
        List<SignInAttempt> failures = roster.credentials().signInAttempts(f.adminActor,
                new SignInQuery(f.tenant, grace.id(), false, null, null, null, null, 10)).items();
        assertThat(failures).extracting(SignInAttempt::reason).containsExactly(SignInReason.LOCKED, SignInReason.WRONG_PASSWORD,
                SignInReason.WRONG_PASSWORD, SignInReason.WRONG_PASSWORD, SignInReason.WRONG_PASSWORD, SignInReason.WRONG_PASSWORD);
        assertThat(f.roster.audit().list(f.adminActor, dev.roster.core.audit.AuditListRequest.forTarget("user", grace.id().toString(), 1))
                .items().get(0).action()).isEqualTo(dev.roster.core.audit.AuditActions.USER_UNLOCKED);
    }

    @Test
    void attemptsPastTheirRetentionArePruned() {
        signIn("grace@acme.example", "guess");
        f.clock.advance(Duration.ofDays(89));
        signIn("grace@acme.example", PASSWORD);
        f.clock.advance(Duration.ofDays(2));

        assertThat(roster.credentials().pruneSignInAttempts()).isEqualTo(1);

        assertThat(reasons()).containsExactly(SignInReason.SUCCESS);
        assertThat(roster.credentials().pruneSignInAttempts()).isZero();
    }

    @Test
    void hostileClientDetailsAreKeptAsUnreadableAndNeverBreakASignIn() {
        SignInResult result = roster.credentials().authenticate(f.tenant, "grace@acme.example", PASSWORD,
                new SignInContext("1.2.3.4\r\nX-Injected: yes", "A".repeat(25_000) + "\u0000"));

        assertThat(result.outcome()).isEqualTo(Outcome.SIGNED_IN);
        SignInAttempt attempt = f.store.read((StoreTransaction tx) -> SignInStore.CAPABILITY.in(tx).attempts(SignInQuery.latest(f.tenant, 1)))
                .items().get(0);
        assertThat(attempt.ip()).as("no header line gets through; the record says the address could not be read").isEqualTo("unreadable");
        assertThat(attempt.userAgent()).hasSizeLessThanOrEqualTo(512);
    }

    @Test
    void anAddressOverItsFailureBudgetIsRefusedWithoutAHashUntilTheWindowHasRoom() {
        Roster budgeted = Roster.builder().store(f.store).policy(f.roster.policy()).clock(f.clock).withoutMail()
                .passwords(PasswordSettings.builder().hasher(hasher).addressBudget(3, Duration.ofMinutes(15)).build()).build();
        SignInContext sprayer = new SignInContext("198.51.100.9", "spray/1.0");
        for (String account : List.of("grace@acme.example", "nobody@acme.example", "admin@acme.example")) {
            budgeted.credentials().authenticate(f.tenant, account, "Summer2026!", sprayer);
        }
        int verifications = hasher.verifications.get();

        assertThat(budgeted.credentials().authenticate(f.tenant, "grace@acme.example", PASSWORD, sprayer).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(hasher.verifications.get()).as("no hash spent on a throttled address").isEqualTo(verifications);
        assertThat(reasons().get(0)).isEqualTo(SignInReason.ADDRESS_THROTTLED);
        assertThat(budgeted.credentials().authenticate(f.tenant, "grace@acme.example", PASSWORD, FROM).outcome())
                .as("another address").isEqualTo(Outcome.SIGNED_IN);
        assertThat(f.store.read((StoreTransaction tx) -> SignInStore.CAPABILITY.in(tx).lockout(f.tenant, grace.id())).failures())
                .as("the account pays nothing for the sprayer").isZero();
        f.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(budgeted.credentials().authenticate(f.tenant, "grace@acme.example", PASSWORD, sprayer).outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(roster.credentials().authenticate(f.tenant, "grace@acme.example", PASSWORD, sprayer).outcome())
                .as("no budget unless set").isEqualTo(Outcome.SIGNED_IN);
    }
}
