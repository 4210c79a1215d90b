package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.access.LockoutState;
import dev.roster.spi.access.SignInAttempt;
import dev.roster.spi.access.SignInQuery;
import dev.roster.spi.access.SignInReason;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.error.InvalidValueException;
import dev.roster.spi.model.User;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Sign-in bookkeeping ({@link SignInStore}), for stores that offer it: lockout states updated
 * atomically, last sign-ins, attempts paged newest first and pruned, all gone with their user.
 */
public abstract class SignInStoreContract extends StoreContract {
    private static final Instant NOW = Records.T0;

    private static SignInStore signIns(StoreTransaction tx) {
        return SignInStore.CAPABILITY.in(tx);
    }

    private User user(String email) {
        User user = Records.user(T1, email);
        write(tx -> tx.users().insert(user));
        return user;
    }

    private static LockoutState oneMoreFailure(LockoutState s) {
        return new LockoutState(s.failures() + 1, NOW, s.lockedUntil(), s.lockedForGood(), s.temporaryLockouts());
    }

    private LockoutState lockout(User user) {
        return read((StoreTransaction tx) -> signIns(tx).lockout(user.tenantId(), user.id()));
    }

    private static SignInAttempt attempt(User user, int second, SignInReason reason) {
        return new SignInAttempt(UUID.randomUUID(), user == null ? T1 : user.tenantId(), user == null ? null : user.id(),
                NOW.plusSeconds(second), "203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)", reason);
    }

    @Test
    void aLockoutStateIsClearUntilUpdatedAndBelongsToOneAccount() {
        User ada = user("ada@example.com");
        User bob = user("bob@example.com");
        assertThat(lockout(ada)).isEqualTo(LockoutState.CLEAR);

        LockoutState after = tx((StoreTransaction tx) -> signIns(tx).updateLockout(T1, ada.id(), SignInStoreContract::oneMoreFailure));
        tx((StoreTransaction tx) -> signIns(tx).updateLockout(T1, ada.id(), SignInStoreContract::oneMoreFailure));

        assertThat(after.failures()).isEqualTo(1);
        assertThat(lockout(ada)).isEqualTo(new LockoutState(2, NOW, null, false, 0));
        assertThat(lockout(bob)).isEqualTo(LockoutState.CLEAR);
        assertThat(read((StoreTransaction tx) -> signIns(tx).lockout(T2, ada.id()))).isEqualTo(LockoutState.CLEAR);
    }

    @Test
    void fiftyParallelFailuresRaiseTheCounterByExactlyFifty() throws Exception {
        User ada = user("ada@example.com");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                done.add(pool.submit(() -> tx((StoreTransaction tx) -> signIns(tx).updateLockout(T1, ada.id(),
                        SignInStoreContract::oneMoreFailure))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(lockout(ada).failures()).isEqualTo(50);
    }

    @Test
    void aSignInIsStampedApartFromTheLockoutAndAFailedUnitChangesNeither() {
        User ada = user("ada@example.com");
        long version = read((StoreTransaction tx) -> tx.users().find(T1, ada.id())).orElseThrow().version();
        write(tx -> signIns(tx).signedIn(T1, ada.id(), NOW));
        tx((StoreTransaction tx) -> signIns(tx).updateLockout(T1, ada.id(), SignInStoreContract::oneMoreFailure));

        assertThat(read((StoreTransaction tx) -> signIns(tx).lastSignIn(T1, ada.id()))).contains(NOW);
        assertThat(lockout(ada).failures()).isEqualTo(1);
        User stamped = read((StoreTransaction tx) -> tx.users().find(T1, ada.id())).orElseThrow();
        assertThat(stamped.lastLoginAt()).as("the user record shows it").isEqualTo(NOW);
        assertThat(stamped.version()).as("without a new version").isEqualTo(version);
        try {
            write(tx -> {
                signIns(tx).updateLockout(T1, ada.id(), SignInStoreContract::oneMoreFailure);
                signIns(tx).signedIn(T1, ada.id(), NOW.plusSeconds(9));
                throw new IllegalStateException("the unit fails");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(lockout(ada).failures()).isEqualTo(1);
        assertThat(read((StoreTransaction tx) -> signIns(tx).lastSignIn(T1, ada.id()))).contains(NOW);
        assertThat(read((StoreTransaction tx) -> signIns(tx).lastSignIn(T2, ada.id()))).isEmpty();
    }

    @Test
    void anEditLoadedBeforeASignInKeepsTheSignInsStamp() {
        User ada = user("ada@example.com");
        User loaded = read((StoreTransaction tx) -> tx.users().find(T1, ada.id())).orElseThrow();
        write(tx -> signIns(tx).signedIn(T1, ada.id(), NOW));

        write(tx -> tx.users().update(Records.ofType(loaded, "staff")));

        User after = read((StoreTransaction tx) -> tx.users().find(T1, ada.id())).orElseThrow();
        assertThat(after.userType()).isEqualTo("staff");
        assertThat(after.lastLoginAt()).isEqualTo(NOW);
    }

    @Test
    void attemptsArePagedNewestFirstWithFiltersAndStayInTheirTenant() {
        User ada = user("ada@example.com");
        User bob = user("bob@example.com");
        List<SignInAttempt> all = List.of(attempt(ada, 1, SignInReason.WRONG_PASSWORD), attempt(ada, 2, SignInReason.SUCCESS),
                attempt(bob, 3, SignInReason.LOCKED), attempt(null, 4, SignInReason.UNKNOWN_ACCOUNT), attempt(ada, 5, SignInReason.WRONG_PASSWORD));
        write(tx -> all.forEach(a -> signIns(tx).record(a)));

        Page<SignInAttempt> first = read((StoreTransaction tx) -> signIns(tx).attempts(SignInQuery.latest(T1, 2)));
        assertThat(first.items()).containsExactly(all.get(4), all.get(3));
        assertThat(first.hasMore()).isTrue();
        SignInAttempt last = first.items().get(1);
        Page<SignInAttempt> second = read((StoreTransaction tx) -> signIns(tx).attempts(new SignInQuery(T1, null, null, null, null,
                last.at(), last.id(), 10)));
        assertThat(second.items()).containsExactly(all.get(2), all.get(1), all.get(0));
        assertThat(second.hasMore()).isFalse();

        assertThat(read((StoreTransaction tx) -> signIns(tx).attempts(new SignInQuery(T1, ada.id(), false, null, null, null, null, 10)))
                .items()).containsExactly(all.get(4), all.get(0));
        assertThat(read((StoreTransaction tx) -> signIns(tx).attempts(new SignInQuery(T1, null, true, null, null, null, null, 10)))
                .items()).containsExactly(all.get(1));
        assertThat(read((StoreTransaction tx) -> signIns(tx).attempts(new SignInQuery(T1, null, null, NOW.plusSeconds(2), NOW.plusSeconds(4),
                null, null, 10))).items()).containsExactly(all.get(2), all.get(1));
        assertThat(read((StoreTransaction tx) -> signIns(tx).attempts(SignInQuery.latest(T2, 10))).items()).isEmpty();
        assertThat(all.get(3).userId()).isNull();
    }

    @Test
    void oldAttemptsArePrunedUpToTheLimitAndAUsersBookkeepingGoesWithIt() {
        User ada = user("ada@example.com");
        write(tx -> {
            for (int i = 0; i < 5; i++) {
                signIns(tx).record(attempt(ada, i, SignInReason.WRONG_PASSWORD));
            }
            signIns(tx).signedIn(T1, ada.id(), NOW);
            signIns(tx).updateLockout(T1, ada.id(), SignInStoreContract::oneMoreFailure);
        });

        assertThat(tx((StoreTransaction tx) -> signIns(tx).pruneAttempts(NOW.plusSeconds(3), 2))).isEqualTo(2);
        assertThat(tx((StoreTransaction tx) -> signIns(tx).pruneAttempts(NOW.plusSeconds(3), 10))).isEqualTo(1);
        assertThat(read((StoreTransaction tx) -> signIns(tx).attempts(SignInQuery.latest(T1, 10))).items()).hasSize(2);

        User bob = user("bob@example.com");
        write(tx -> signIns(tx).record(attempt(bob, 9, SignInReason.SUCCESS)));
        assertThat(tx((StoreTransaction tx) -> signIns(tx).forgetAttempts(T1, ada.id()))).isEqualTo(2);
        assertThat(read((StoreTransaction tx) -> signIns(tx).attempts(SignInQuery.latest(T1, 10))).items())
                .extracting(SignInAttempt::userId).containsExactly(bob.id());

        write(tx -> tx.users().delete(T1, ada.id()));
        assertThat(lockout(ada)).isEqualTo(LockoutState.CLEAR);
        assertThat(read((StoreTransaction tx) -> signIns(tx).lastSignIn(T1, ada.id()))).isEmpty();
    }

    @Test
    void valuesNoStoreCanHoldAreRefusedNamingTheField() {
        User ada = user("ada@example.com");
        SignInAttempt good = attempt(ada, 1, SignInReason.SUCCESS);
        assertThat(failure(tx -> signIns(tx).record(new SignInAttempt(UUID.randomUUID(), T1, ada.id(), NOW, "10.0.0.1\nX-Forged: 1",
                null, SignInReason.SUCCESS)))).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("ip"));
        assertThat(failure(tx -> signIns(tx).record(new SignInAttempt(UUID.randomUUID(), T1, ada.id(), NOW, null, "x".repeat(513),
                SignInReason.SUCCESS)))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("userAgent"));
        write(tx -> signIns(tx).record(good));
        assertThat(read((StoreTransaction tx) -> signIns(tx).attempts(SignInQuery.latest(T1, 10))).items()).containsExactly(good);
    }

    @Test
    void failedGuessesFromOneAddressOrNetworkAreCountedAcrossAccountsAndTenantsWithinTheWindow() {
        User ada = user("ada@example.com");
        write(tx -> {
            signIns(tx).record(attempt(ada, 0, SignInReason.WRONG_PASSWORD));
            signIns(tx).record(attempt(null, 10, SignInReason.UNKNOWN_ACCOUNT));
            signIns(tx).record(new SignInAttempt(UUID.randomUUID(), T2, null, NOW.plusSeconds(20), "203.0.113.7", null,
                    SignInReason.UNKNOWN_ACCOUNT));
            signIns(tx).record(attempt(ada, 30, SignInReason.SUCCESS));
            signIns(tx).record(new SignInAttempt(UUID.randomUUID(), T1, null, NOW.plusSeconds(40), "198.51.100.1", null,
                    SignInReason.UNKNOWN_ACCOUNT));
            signIns(tx).record(new SignInAttempt(UUID.randomUUID(), T1, null, NOW.plusSeconds(50), "203.0.113.7", null,
                    SignInReason.ADDRESS_THROTTLED));
            for (String ip : List.of("2001:db8:1:2:0:0:0:1", "2001:db8:1:2:0:0:0:a", "2001:db8:1:3:0:0:0:1")) {
                signIns(tx).record(new SignInAttempt(UUID.randomUUID(), T1, null, NOW.plusSeconds(60), ip, null, SignInReason.UNKNOWN_ACCOUNT));
            }
        });

        assertThat(read((StoreTransaction tx) -> signIns(tx).failuresFrom("203.0.113.7", NOW))).isEqualTo(3);
        assertThat(read((StoreTransaction tx) -> signIns(tx).failuresFrom("203.0.113.7", NOW.plusSeconds(10)))).isEqualTo(2);
        assertThat(read((StoreTransaction tx) -> signIns(tx).failuresFrom("198.51.100.1", NOW))).isEqualTo(1);
        assertThat(read((StoreTransaction tx) -> signIns(tx).failuresFrom("192.0.2.1", NOW))).isZero();
        assertThat(read((StoreTransaction tx) -> signIns(tx).failuresFrom("198.51.100.", NOW))).as("an IPv4 start is no network").isZero();
        assertThat(read((StoreTransaction tx) -> signIns(tx).failuresFrom("2001:db8:1:2:", NOW))).as("one /64").isEqualTo(2);
        assertThat(read((StoreTransaction tx) -> signIns(tx).failuresFrom("2001:db8:1:2:0:0:0:a", NOW))).isEqualTo(1);
    }
}
