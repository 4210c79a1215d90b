package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.access.Credential;
import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.access.PasswordReset;
import dev.roster.spi.error.InvalidValueException;
import dev.roster.spi.model.User;
import dev.roster.spi.store.StoreTransaction;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Credentials ({@link CredentialStore}), for stores that offer them: one per user and tenant, kept
 * as given, replaced whole, rehashed only when unchanged, and gone with their user.
 */
public abstract class CredentialStoreContract extends StoreContract {
    private static final Instant NOW = Records.T0;
    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
    private static final String OTHER = "$argon2id$v=19$m=24576,t=2,p=1$b3RoZXJzYWx0MTIz$b3RoZXJoYXNob3RoZXJoYXNob3RoZXJoYXNob3RoZXI";

    private static CredentialStore credentials(StoreTransaction tx) {
        return CredentialStore.CAPABILITY.in(tx);
    }

    private User user(String email) {
        User user = Records.user(T1, email);
        write(tx -> tx.users().insert(user));
        return user;
    }

    private Credential stored(User user) {
        return read((StoreTransaction tx) -> credentials(tx).find(user.tenantId(), user.id())).orElseThrow();
    }

    @Test
    void aCredentialIsKeptAsGivenForItsUserInItsTenantOnlyAndHidesItsHash() {
        User ada = user("ada@example.com");
        User bob = user("bob@example.com");
        Credential temporary = new Credential(T1, ada.id(), HASH, true, NOW.plus(Duration.ofDays(3)), NOW);
        write(tx -> credentials(tx).put(temporary));

        assertThat(stored(ada)).isEqualTo(temporary);
        assertThat(stored(ada).toString()).doesNotContain(HASH).doesNotContain("aGFzaGhh");
        assertThat(read((StoreTransaction tx) -> credentials(tx).find(T2, ada.id()))).isEmpty();
        assertThat(read((StoreTransaction tx) -> credentials(tx).find(T1, bob.id()))).isEmpty();
    }

    @Test
    void putReplacesTheWholeCredential() {
        User ada = user("ada@example.com");
        write(tx -> credentials(tx).put(new Credential(T1, ada.id(), HASH, true, NOW.plusSeconds(60), NOW)));
        Credential lasting = new Credential(T1, ada.id(), OTHER, false, null, NOW.plusSeconds(5));

        write(tx -> credentials(tx).put(lasting));

        assertThat(stored(ada)).isEqualTo(lasting);
    }

    @Test
    void aRehashReplacesOnlyTheHashAndOnlyWhileItIsUnchanged() {
        User ada = user("ada@example.com");
        Credential original = new Credential(T1, ada.id(), HASH, false, null, NOW);
        write(tx -> credentials(tx).put(original));

        assertThat(tx((StoreTransaction tx) -> credentials(tx).replaceHash(T1, ada.id(), OTHER, HASH + "x"))).as("stale").isFalse();
        assertThat(stored(ada)).isEqualTo(original);
        assertThat(tx((StoreTransaction tx) -> credentials(tx).replaceHash(T1, ada.id(), HASH, OTHER))).isTrue();
        assertThat(stored(ada)).isEqualTo(new Credential(T1, ada.id(), OTHER, false, null, NOW));
        assertThat(tx((StoreTransaction tx) -> credentials(tx).replaceHash(T2, ada.id(), OTHER, HASH))).as("another tenant").isFalse();
        assertThat(tx((StoreTransaction tx) -> credentials(tx).replaceHash(T1, user("bob@example.com").id(), OTHER, HASH))).isFalse();
    }

    @Test
    void deleteRemovesItOnceAndRemovingTheUserTakesItAlong() {
        User ada = user("ada@example.com");
        User bob = user("bob@example.com");
        write(tx -> {
            credentials(tx).put(new Credential(T1, ada.id(), HASH, false, null, NOW));
            credentials(tx).put(new Credential(T1, bob.id(), OTHER, false, null, NOW));
        });

        assertThat(tx((StoreTransaction tx) -> credentials(tx).delete(T1, ada.id()))).isTrue();
        assertThat(tx((StoreTransaction tx) -> credentials(tx).delete(T1, ada.id()))).isFalse();
        assertThat(read((StoreTransaction tx) -> credentials(tx).find(T1, ada.id()))).isEmpty();

        write(tx -> tx.users().delete(T1, bob.id()));
        assertThat(read((StoreTransaction tx) -> credentials(tx).find(T1, bob.id()))).isEmpty();
    }

    @Test
    void aUnitThatFailsAfterSettingAPasswordLeavesTheOldOne() {
        User ada = user("ada@example.com");
        Credential original = new Credential(T1, ada.id(), HASH, false, null, NOW);
        write(tx -> credentials(tx).put(original));

        try {
            write(tx -> {
                credentials(tx).put(new Credential(T1, ada.id(), OTHER, false, null, NOW.plusSeconds(1)));
                throw new IllegalStateException("the unit fails after the change");
            });
        } catch (IllegalStateException expected) {
            // the unit rolled back
        }

        assertThat(stored(ada)).isEqualTo(original);
    }

    @Test
    void aHashNoStoreCanHoldIsRefusedNamingTheFieldAndNothingChanges() {
        User ada = user("ada@example.com");
        write(tx -> credentials(tx).put(new Credential(T1, ada.id(), HASH, false, null, NOW)));

        assertThat(failure(tx -> credentials(tx).put(new Credential(T1, ada.id(), "$".repeat(513), false, null, NOW))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("passwordHash"));
        assertThat(failure(tx -> credentials(tx).put(new Credential(T1, ada.id(), "bad\nhash", false, null, NOW))))
                .isInstanceOf(InvalidValueException.class);
        assertThat(failure(tx -> credentials(tx).replaceHash(T1, ada.id(), HASH, "bad\u0000hash"))).isInstanceOf(InvalidValueException.class);
        assertThat(stored(ada).passwordHash()).isEqualTo(HASH);
    }

    private static PasswordReset reset(User user, char c) {
        return new PasswordReset(user.tenantId(), user.id(), String.valueOf(c).repeat(64), NOW.plus(Duration.ofMinutes(30)), NOW);
    }

    @Test
    void aResetLinkIsKeptPerUserReplacedByANewerOneAndTakenOnce() {
        User ada = user("ada@example.com");
        User bob = user("bob@example.com");
        write(tx -> credentials(tx).putReset(reset(ada, 'a')));
        write(tx -> credentials(tx).putReset(reset(ada, 'b')));
        write(tx -> credentials(tx).putReset(reset(bob, 'c')));

        assertThat(read((StoreTransaction tx) -> credentials(tx).findReset(T1, ada.id()))).contains(reset(ada, 'b'));
        assertThat(tx((StoreTransaction tx) -> credentials(tx).takeReset("a".repeat(64)))).as("replaced").isEmpty();
        assertThat(tx((StoreTransaction tx) -> credentials(tx).takeReset("b".repeat(64)))).contains(reset(ada, 'b'));
        assertThat(tx((StoreTransaction tx) -> credentials(tx).takeReset("b".repeat(64)))).as("once").isEmpty();
        assertThat(read((StoreTransaction tx) -> credentials(tx).findReset(T1, ada.id()))).isEmpty();
        assertThat(read((StoreTransaction tx) -> credentials(tx).findReset(T1, bob.id()))).contains(reset(bob, 'c'));
        assertThat(read((StoreTransaction tx) -> credentials(tx).takeReset(null))).isEmpty();
        assertThat(reset(bob, 'c').toString()).doesNotContain("c".repeat(64));
    }

    @Test
    void aDroppedResetIsGoneForItsUserOnly() {
        User ada = user("ada@example.com");
        User bob = user("bob@example.com");
        write(tx -> credentials(tx).putReset(reset(ada, 'a')));
        write(tx -> credentials(tx).putReset(reset(bob, 'b')));

        assertThat(tx((StoreTransaction tx) -> credentials(tx).dropReset(T1, ada.id()))).isTrue();
        assertThat(tx((StoreTransaction tx) -> credentials(tx).dropReset(T1, ada.id()))).isFalse();
        assertThat(tx((StoreTransaction tx) -> credentials(tx).takeReset("a".repeat(64)))).isEmpty();
        assertThat(read((StoreTransaction tx) -> credentials(tx).findReset(T1, bob.id()))).contains(reset(bob, 'b'));
    }

    @Test
    void aResetTakenInAUnitThatRollsBackIsStillThere() {
        User ada = user("ada@example.com");
        write(tx -> credentials(tx).putReset(reset(ada, 'a')));
        failure(tx -> {
            credentials(tx).takeReset("a".repeat(64));
            throw new InvalidValueException("test", "roll back");
        });
        assertThat(read((StoreTransaction tx) -> credentials(tx).findReset(T1, ada.id()))).contains(reset(ada, 'a'));
    }

    @Test
    void fiftyParallelTakesOfOneResetGiveItToExactlyOne() throws Exception {
        User ada = user("ada@example.com");
        write(tx -> credentials(tx).putReset(reset(ada, 'a')));
        java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();

        java.util.List<dev.roster.spi.error.ErrorCode> codes = Race.run(8, 50, i -> () -> tx((StoreTransaction tx) -> credentials(tx)
                .takeReset("a".repeat(64)).map(r -> taken.incrementAndGet())));

        assertThat(codes).containsOnlyNulls();
        assertThat(taken).hasValue(1);
    }

    @Test
    void aResetGoesWithItsUserAndRefusesWhatNoStoreCanHold() {
        User ada = user("ada@example.com");
        write(tx -> credentials(tx).putReset(reset(ada, 'a')));
        write(tx -> tx.users().delete(T1, ada.id()));
        assertThat(tx((StoreTransaction tx) -> credentials(tx).takeReset("a".repeat(64)))).isEmpty();

        User bob = user("bob@example.com");
        PasswordReset bad = new PasswordReset(T1, bob.id(), "x\r\ny", NOW, NOW);
        assertThat(failure(tx -> credentials(tx).putReset(bad))).isInstanceOf(InvalidValueException.class).hasMessageContaining("tokenHash");
    }
}
