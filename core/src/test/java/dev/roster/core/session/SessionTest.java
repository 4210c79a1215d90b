package dev.roster.core.session;

import static dev.roster.core.support.TestPolicies.ADMIN;
import static dev.roster.core.support.TestPolicies.CHAT;
import static dev.roster.core.support.TestPolicies.EXPORT;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.core.support.TestPolicies.VIEWER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.Roster;
import dev.roster.core.credential.PasswordSettings;
import dev.roster.core.credential.SignInContext;
import dev.roster.core.credential.SignInResult.Outcome;
import dev.roster.core.support.FastHasher;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.spi.access.DeviceReader;
import dev.roster.spi.access.Session;
import dev.roster.spi.access.SessionQuery;
import dev.roster.spi.access.SessionStore;
import dev.roster.spi.access.SignInQuery;
import dev.roster.spi.access.SignInReason;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.store.StoreTransaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sessions: started at sign-in, validated with the user's current permissions whichever instance
 * changed them, bounded in time and number, and ended by suspension, deletion, lockout and password
 * changes. {@code f.roster} is a second instance on the same store: the admin's changes are made
 * there, the sessions validated here.
 */
class SessionTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final SignInContext FROM = new SignInContext("203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64) Firefox/131.0");

    private final Fixture f = new Fixture(TestPolicies.standard().build());
    private final Roster roster = roster(SessionSettings.builder()
            .devices(ua -> new DeviceReader.Device("Firefox 131\r\nX-Injected: 1", "Linux")).build());
    private final User grace = withPassword(f.member("grace@acme.example", MEMBER));

    private Roster roster(SessionSettings sessions) {
        return Roster.builder().store(f.store).policy(f.roster.policy()).clock(f.clock).withoutMail()
                .passwords(PasswordSettings.builder().hasher(new FastHasher()).requiredAtAcceptance(false).build()).sessions(sessions).build();
    }

    private User withPassword(User user) {
        String temporary = roster.credentials().issueTemporaryPassword(f.adminActor, user.id()).reveal();
        roster.credentials().changePassword(f.actor(user), temporary, PASSWORD);
        return user;
    }

    private String signIn(Roster on, String email) {
        SessionSignIn result = on.sessions().signIn(f.tenant, email, PASSWORD, FROM);
        assertThat(result.outcome()).isEqualTo(Outcome.SIGNED_IN);
        return result.session().orElseThrow().token();
    }

    private String signIn(String email) {
        return signIn(roster, email);
    }

    private Optional<Principal> validate(String token) {
        return roster.sessions().validate(f.tenant, token);
    }

    private User current(User user) {
        return f.roster.users().get(f.adminActor, user.id());
    }

    @Test
    void aSignInStartsASessionWhoseTokenIsShownOnceAndStoredOnlyAsAHash() {
        SessionSignIn result = roster.sessions().signIn(f.tenant, "grace@acme.example", PASSWORD, FROM);
        StartedSession started = result.session().orElseThrow();

        assertThat(started.token()).hasSize(43);
        assertThat(started.toString()).doesNotContain(started.token());
        Session stored = f.store.read((StoreTransaction tx) -> SessionStore.CAPABILITY.in(tx).ofUser(f.tenant, grace.id())).get(0);
        assertThat(stored.tokenHash()).isNotEqualTo(started.token()).doesNotContain(started.token());
        assertThat(stored.toString()).doesNotContain(started.token()).doesNotContain(stored.tokenHash());
        assertThat(stored.ip()).isEqualTo("203.0.113.7");
        assertThat(stored.browser()).as("a device name is one line").startsWith("Firefox 131").endsWith("X-Injected: 1").doesNotContain("\r", "\n");
        assertThat(stored.os()).isEqualTo("Linux");

        Principal principal = validate(started.token()).orElseThrow();
        assertThat(principal.user()).isEqualTo(grace.id());
        assertThat(principal.session()).isEqualTo(stored.id());
        assertThat(principal.has(CHAT)).isTrue();
        assertThat(principal.has(TestPolicies.MANAGE)).isFalse();
        assertThat(validate(started.token())).as("the cached answer").containsSame(principal);
    }

    @Test
    void aTokenOfAnotherTenantOrAnyOtherTextValidatesNothing() {
        String token = signIn("grace@acme.example");

        assertThat(roster.sessions().validate(TenantId.of("globex"), token)).isEmpty();
        assertThat(roster.sessions().validate(null, token)).isEmpty();
        for (String hostile : new String[] {null, "", token + "x", token.substring(1), token.toUpperCase(), "A".repeat(43),
                "é".repeat(43), "A".repeat(100_000), token.substring(0, 42) + "\u0000"}) {
            if (!token.equals(hostile)) {
                assertThat(validate(hostile)).as(String.valueOf(hostile).length() + " characters").isEmpty();
            }
        }
    }

    @Test
    void aRoleTakenAwayOnAnotherInstanceIsDeniedAtTheNextValidation() {
        String token = signIn("grace@acme.example");
        assertThat(validate(token).orElseThrow().has(CHAT)).isTrue();

        f.roster.users().changeRoles(f.adminActor, new ChangeRolesCommand(grace.id(), current(grace).version(), Set.of(VIEWER)));

        Principal after = validate(token).orElseThrow();
        assertThat(after.has(CHAT)).isFalse();
        assertThat(after.has(EXPORT)).isTrue();
    }

    @Test
    void aTenantDefaultChangedOnAnotherInstanceReachesEverySessionAtTheNextValidation() {
        String token = signIn("grace@acme.example");
        assertThat(validate(token).orElseThrow().has(CHAT)).isTrue();

        f.roster.tenants().setDefaults(f.adminActor, Map.of(CHAT, Effect.DENY));

        assertThat(validate(token).orElseThrow().has(CHAT)).isFalse();
    }

    @Test
    void suspendingDeletingOrLockingAUserEndsEveryOneOfItsSessionsAtOnce() {
        User hank = withPassword(f.member("hank@acme.example", MEMBER));
        User ivy = withPassword(f.member("ivy@acme.example", MEMBER));
        List<String> graces = List.of(signIn("grace@acme.example"), signIn("grace@acme.example"));
        String hanks = signIn("hank@acme.example");
        String ivys = signIn("ivy@acme.example");
        graces.forEach(t -> assertThat(validate(t)).isPresent());
        assertThat(validate(hanks)).isPresent();
        assertThat(validate(ivys)).isPresent();

        f.roster.lifecycle().suspend(f.adminActor, grace.id());
        f.roster.lifecycle().delete(f.adminActor, hank.id());
        roster.credentials().lock(f.adminActor, ivy.id());

        graces.forEach(t -> assertThat(validate(t)).isEmpty());
        assertThat(validate(hanks)).isEmpty();
        assertThat(validate(ivys)).isEmpty();
        assertThat(f.store.read((StoreTransaction tx) -> SessionStore.CAPABILITY.in(tx).list(SessionQuery.first(f.tenant, null, 10))).items())
                .isEmpty();
        f.roster.lifecycle().reactivate(f.adminActor, grace.id());
        assertThat(validate(graces.get(0))).as("a reactivation does not bring a session back").isEmpty();
        assertThat(roster.sessions().signIn(f.tenant, "ivy@acme.example", PASSWORD, FROM).outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void aPasswordChangeOrAnAdminResetEndsTheSessionsOfWhoeverHeldTheOldPassword() {
        String first = signIn("grace@acme.example");
        roster.credentials().changePassword(f.actor(grace), PASSWORD, "a new and longer passphrase");
        assertThat(validate(first)).isEmpty();

        String second = roster.sessions().signIn(f.tenant, "grace@acme.example", "a new and longer passphrase", FROM).session().orElseThrow()
                .token();
        roster.credentials().issueTemporaryPassword(f.adminActor, grace.id());
        assertThat(validate(second)).isEmpty();
    }

    @Test
    void aTemporaryPasswordStartsNoSession() {
        User hank = f.member("hank@acme.example", MEMBER);
        String temporary = roster.credentials().issueTemporaryPassword(f.adminActor, hank.id()).reveal();

        SessionSignIn result = roster.sessions().signIn(f.tenant, "hank@acme.example", temporary, FROM);

        assertThat(result.outcome()).isEqualTo(Outcome.MUST_CHANGE_PASSWORD);
        assertThat(result.session()).isEmpty();
    }

    @Test
    void aSessionEndsWhenIdlePastItsTimeoutOrOlderThanItsLifetimeAndUseKeepsItAlive() {
        String token = signIn("grace@acme.example");
        for (int i = 0; i < 4; i++) {
            f.clock.advance(Duration.ofMinutes(25));
            assertThat(validate(token)).as("used every 25 minutes").isPresent();
        }
        f.clock.advance(Duration.ofMinutes(30));
        assertThat(validate(token)).as("idle for 30 minutes").isEmpty();

        String other = signIn("grace@acme.example");
        for (int i = 0; i < 28; i++) {
            f.clock.advance(Duration.ofMinutes(25));
            assertThat(validate(other)).isPresent();
        }
        f.clock.advance(Duration.ofMinutes(25));
        assertThat(validate(other)).as("past 12 hours however used").isEmpty();

        assertThat(roster.sessions().pruneExpired()).isEqualTo(2);
        assertThat(roster.sessions().sessionsOf(f.actor(grace), grace.id())).isEmpty();
    }

    @Test
    void theLastActivityIsWrittenAboutOnceAMinuteNotOnEveryRequest() {
        String token = signIn("grace@acme.example");
        Session started = roster.sessions().sessionsOf(f.actor(grace), grace.id()).get(0);
        f.clock.advance(Duration.ofSeconds(30));
        validate(token);
        assertThat(roster.sessions().sessionsOf(f.actor(grace), grace.id()).get(0).lastActiveAt()).isEqualTo(started.lastActiveAt());
        f.clock.advance(Duration.ofSeconds(31));
        validate(token);
        assertThat(roster.sessions().sessionsOf(f.actor(grace), grace.id()).get(0).lastActiveAt()).isEqualTo(f.clock.instant());
    }

    @Test
    void atTheBoundTheOldestSessionMakesRoomOrTheSignInIsRefusedByPolicy() {
        Roster evicting = roster(SessionSettings.builder().maxPerUser(2, SessionSettings.WhenFull.EVICT_OLDEST).build());
        String first = signIn(evicting, "grace@acme.example");
        f.clock.advance(Duration.ofSeconds(1));
        String second = signIn(evicting, "grace@acme.example");
        f.clock.advance(Duration.ofSeconds(1));
        String third = signIn(evicting, "grace@acme.example");
        assertThat(evicting.sessions().validate(f.tenant, first)).isEmpty();
        assertThat(evicting.sessions().validate(f.tenant, second)).isPresent();
        assertThat(evicting.sessions().validate(f.tenant, third)).isPresent();

        Roster refusing = roster(SessionSettings.builder().maxPerUser(2, SessionSettings.WhenFull.REFUSE).build());
        f.clock.advance(Duration.ofSeconds(1));
        SessionSignIn refused = refusing.sessions().signIn(f.tenant, "grace@acme.example", PASSWORD, FROM);
        assertThat(refused.outcome()).isEqualTo(Outcome.TOO_MANY_SESSIONS);
        assertThat(refused.session()).isEmpty();
        assertThat(codeOf(() -> refusing.sessions().start(f.tenant, grace.id(), FROM))).isEqualTo(ErrorCode.POLICY_FORBIDS);
        assertThat(f.store.read((StoreTransaction tx) -> SignInStore.CAPABILITY.in(tx).attempts(SignInQuery.latest(f.tenant, 1))).items()
                .get(0).reason()).isEqualTo(SignInReason.SESSION_LIMIT);
        refusing.sessions().signOut(f.tenant, second);
        assertThat(refusing.sessions().signIn(f.tenant, "grace@acme.example", PASSWORD, FROM).outcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void aUserSignsOutHereOrEverywhereElse() {
        String laptop = signIn("grace@acme.example");
        String phone = signIn("grace@acme.example");
        String tablet = signIn("grace@acme.example");

        roster.sessions().signOut(f.tenant, laptop);
        roster.sessions().signOut(f.tenant, laptop);
        assertThat(validate(laptop)).isEmpty();
        assertThat(roster.sessions().signOutOthers(f.tenant, phone)).isEqualTo(1);
        assertThat(validate(phone)).isPresent();
        assertThat(validate(tablet)).isEmpty();
        assertThat(roster.sessions().signOutOthers(f.tenant, tablet)).as("an ended token ends nothing").isZero();
    }

    @Test
    void anAdminListsAndEndsSessionsAMemberOnlyItsOwnAndNobodyAnAdminsWithoutCoveringIt() {
        User hank = withPassword(f.member("hank@acme.example", MEMBER));
        String graces = signIn("grace@acme.example");
        signIn("hank@acme.example");
        User boss = withPassword(f.member("boss@acme.example", ADMIN));
        String bosses = signIn("boss@acme.example");

        assertThat(codeOf(() -> roster.sessions().sessionsOf(f.actor(hank), grace.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> roster.sessions().endAll(f.actor(hank), grace.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        Session gracesSession = roster.sessions().sessionsOf(f.adminActor, grace.id()).get(0);
        assertThat(codeOf(() -> roster.sessions().end(f.actor(hank), gracesSession.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> roster.sessions().sessions(f.actor(hank), SessionQuery.first(f.tenant, null, 10))))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> roster.sessions().sessions(f.adminActor, SessionQuery.first(TenantId.of("globex"), null, 10))))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(roster.sessions().sessionsOf(f.actor(hank), hank.id())).hasSize(1);
        assertThat(roster.sessions().sessions(f.adminActor, SessionQuery.first(f.tenant, null, 10)).items()).hasSize(3);
        assertThat(validate(graces)).isPresent();

        roster.sessions().end(f.adminActor, gracesSession.id());
        assertThat(validate(graces)).isEmpty();
        assertThat(roster.sessions().endAll(f.actor(hank), hank.id())).isEqualTo(1);
        assertThat(roster.sessions().endAll(f.adminActor, boss.id())).isEqualTo(1);
        assertThat(roster.sessions().validate(f.tenant, bosses)).isEmpty();
        assertThat(f.roster.audit().list(f.adminActor, dev.roster.core.audit.AuditListRequest.forTarget("user", boss.id().toString(), 1))
                .items().get(0).action()).isEqualTo(dev.roster.core.audit.AuditActions.USER_SESSIONS_ENDED);
    }

    @Test
    void aHostSignsInAnActiveUserItAuthenticatedItselfAndNobodyElse() {
        StartedSession started = roster.sessions().start(f.tenant, grace.id(), FROM);
        assertThat(validate(started.token()).orElseThrow().user()).isEqualTo(grace.id());

        f.roster.lifecycle().suspend(f.adminActor, grace.id());
        assertThat(codeOf(() -> roster.sessions().start(f.tenant, grace.id(), FROM))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(codeOf(() -> roster.sessions().start(TenantId.of("globex"), f.admin.id(), FROM))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void whenTheStoreFailsValidationFailsClosed() {
        String token = signIn("grace@acme.example");
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean();
        dev.roster.spi.store.RosterStore failing = new dev.roster.spi.store.RosterStore() {
            @Override
            public <T> T inTransaction(java.util.function.Function<? super StoreTransaction, ? extends T> work) {
                if (down.get()) {
                    throw new dev.roster.spi.error.StoreException("read session", new java.sql.SQLException("connection refused"));
                }
                return f.store.inTransaction(work);
            }

            @Override
            public <T> T read(java.util.function.Function<? super StoreTransaction, ? extends T> work) {
                return inTransaction(work);
            }

            @Override
            public Set<dev.roster.spi.store.Capability<?>> capabilities() {
                return f.store.capabilities();
            }
        };
        Roster other = Roster.builder().store(failing).policy(f.roster.policy()).clock(f.clock).withoutMail()
                .passwords(PasswordSettings.builder().hasher(new FastHasher()).build()).sessions(SessionSettings.defaults()).build();
        down.set(true);

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> other.sessions().validate(f.tenant, token)))
                .isInstanceOf(dev.roster.spi.error.StoreException.class);
        down.set(false);
        assertThat(other.sessions().validate(f.tenant, token)).isPresent();
    }

    @Test
    void rosterWithoutSessionsSaysHowToAddThem() {
        Roster plain = Roster.builder().store(f.store).policy(f.roster.policy()).withoutMail().build();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(plain::sessions)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sessions(");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Roster.builder().store(f.store).policy(f.roster.policy())
                .withoutMail().sessions(SessionSettings.defaults()).build())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("passwords(");
    }
}
