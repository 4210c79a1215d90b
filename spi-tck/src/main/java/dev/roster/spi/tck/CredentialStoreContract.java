package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.access.Credential;
import dev.roster.spi.access.CredentialStore;
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
}
